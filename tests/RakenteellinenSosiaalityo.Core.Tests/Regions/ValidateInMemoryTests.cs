using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Plans;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

/// <summary>
/// Issue 15: <see cref="RegionProfile.Validate"/> on a profile built or broken in code (in memory) reports exactly the
/// codes, paths and messages that loading its JSON reports, for every rule that spans sections. Today Validate
/// serializes and reloads; these tests pin the contract an in-memory implementation of those rules must keep.
/// </summary>
public sealed class ValidateInMemoryTests
{
    private static readonly RegionProfile Ek = BuiltInRegions.EtelaKarjala;

    private static readonly ActorId Ghost = new("ghost");

    public static TheoryData<string> Breakages => new(Broken.Keys);

    // Each breakage of the EK profile (K and EK plans: actors, processes, clock, metrics and phenomenon reports as the
    // built-in profile has them) and the one problem it must give.
    private static readonly Dictionary<string, (Func<RegionProfile, RegionProfile> Break, string Path, string Rule)> Broken = new()
    {
        ["duplicate actor"] = (p => p with { Actors = [.. p.Actors, p.Actors[0]] }, $"$.actors[{Ek.Actors.Count}].id", ValidationRules.DuplicateId),
        ["unknown collaborator"] = (p => p with { Actors = [p.Actors[0] with { Collaborators = [PartyReference.ToActor(Ghost)] }, .. p.Actors.Skip(1)] }, "$.actors[0].collaborators[0]", ValidationRules.UnknownActor),
        ["unknown approver"] = (p => p with { Plan = p.Plan with { Approvals = [new PlanApproval(PartyReference.ToActor(Ghost), new NodaTime.LocalDate(2024, 12, 18))] } }, "$.plan.approvals[0].by", ValidationRules.UnknownActor),
        ["unknown maintainer"] = (p => p with { Plan = p.Plan with { Maintenance = p.Plan.Maintenance with { Responsible = [PartyReference.ToActor(Ghost)] } } }, "$.plan.maintenance.responsible[0]", ValidationRules.UnknownActor),
        ["duplicate service"] = (p => p with { Services = [.. p.Services, p.Services[0]] }, $"$.services[{Ek.Services.Count}].id", ValidationRules.DuplicateId),
        ["duplicate theme"] = (p => p with { PhenomenonThemes = [.. p.PhenomenonThemes, p.PhenomenonThemes[0]] }, $"$.phenomenonThemes[{Ek.PhenomenonThemes.Count}].id", ValidationRules.DuplicateId),
        ["unknown performer"] = (p => p with { CompilationProcess = new ProcessDefinition([p.CompilationProcess.Steps[0] with { PerformedBy = Ghost }, .. p.CompilationProcess.Steps.Skip(1)], p.CompilationProcess.CompletesWith) }, "$.compilationProcess.steps[0].performedBy", ValidationRules.UnknownActor),
        ["duplicate clock rule"] = (p => p with { Clock = new ClockDefinition([.. p.Clock!.Rules, p.Clock.Rules[0]]) }, $"$.clock.rules[{Ek.Clock!.Rules.Count}].id", ValidationRules.DuplicateId),
        ["unknown clock participant"] = (p => p with { Clock = new ClockDefinition([p.Clock!.Rules[0] with { Participants = [PartyReference.ToActor(Ghost)] }, .. p.Clock.Rules.Skip(1)]) }, "$.clock.rules[0].participants[0]", ValidationRules.UnknownActor),
        ["duplicate metric"] = (p => p with { Metrics = [.. p.Metrics, p.Metrics[0]] }, $"$.metrics[{Ek.Metrics.Count}].id", ValidationRules.DuplicateId),
        ["goal relabelled"] = (p => p with { Metrics = [.. p.Metrics, Relabelled(p.Metrics[0])] }, $"$.metrics[{Ek.Metrics.Count}].goal.label", ValidationRules.InvalidValue),
        ["unknown metric body"] = (p => p with { Metrics = [.. p.Metrics, EvaluationMetric.DerivedBy(new MetricId("ghost-meetings"), p.Metrics[0].Goal, new LocalizedText("Kokoukset"), new MeetingsHeldRule(Ghost, target: 4))] }, $"$.metrics[{Ek.Metrics.Count}].derived.meetingsHeld.body", ValidationRules.UnknownActor),
        ["unknown planned rule"] = (p => p with { Metrics = [.. p.Metrics, EvaluationMetric.DerivedBy(new MetricId("planned"), p.Metrics[0].Goal, new LocalizedText("Kokoukset"), new MeetingsHeldRule(p.Actors[0].Id, plannedBy: [new ClockRuleId("no-such-rule")]))] }, $"$.metrics[{Ek.Metrics.Count}].derived.meetingsHeld.plannedBy[0]", ValidationRules.UnknownClockRule),
        ["settings without process"] = (p => p with { PhenomenonProcess = null }, "$.phenomenonProcess", ValidationRules.MissingProperty),
        ["unknown write step"] = (p => p with { PhenomenonReports = Settings(p.PhenomenonReports!, writeStep: "no-such-step") }, "$.phenomenonReports.writeStep", ValidationRules.UnknownStep),
        ["chooser twice"] = (p => p with { PhenomenonReports = Settings(p.PhenomenonReports!, chosenBy: [.. p.PhenomenonReports!.ChosenBy, p.PhenomenonReports.ChosenBy[0]]) }, $"$.phenomenonReports.chosenBy[{Ek.PhenomenonReports!.ChosenBy.Count}]", ValidationRules.InvalidValue),
        ["workshop misnumbered"] = (p => p with { PhenomenonReports = Settings(p.PhenomenonReports!, workshops: [Renumbered(p.PhenomenonReports!.Workshops[0], 7), .. p.PhenomenonReports.Workshops.Skip(1)]) }, "$.phenomenonReports.workshops[0].number", ValidationRules.InvalidValue),
        ["area grouping without areas"] = (p => p with { CompilationRules = new CompilationRules(groupBy: [GroupingDimension.Theme, GroupingDimension.Area]) }, "$.compilationRules.groupBy[1]", ValidationRules.DimensionWithoutData),
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public void ProfileBrokenInCode_Validate_ReportsTheProblemLoadingItsJsonReports(string breakage)
    {
        var (@break, path, rule) = Broken[breakage];
        var broken = @break(Ek);

        var inMemory = broken.Validate();
        var loaded = RegionProfileJson.Validate(RegionProfileJson.Serialize(broken));

        Assert.Equal((path, rule), (Assert.Single(inMemory).Path, inMemory[0].Rule));
        Assert.Equal(inMemory.Select(p => (p.Path, p.Rule, p.Message)), loaded.Select(p => (p.Path, p.Rule, p.Message)));
    }

    [Fact]
    public void AllBreakagesAtOnce_Validate_AndLoading_ReportTheSameProblems()
    {
        var broken = Broken.Values.Where(b => b.Path != "$.phenomenonProcess").Aggregate(Ek, (profile, b) => b.Break(profile));

        var inMemory = broken.Validate();
        var loaded = RegionProfileJson.Validate(RegionProfileJson.Serialize(broken));

        Assert.Equal(Broken.Count - 1, inMemory.Count);
        Assert.Equal(inMemory.Select(p => (p.Path, p.Rule)), loaded.Select(p => (p.Path, p.Rule)));
    }

    private static EvaluationMetric Relabelled(EvaluationMetric metric) =>
        new(new MetricId("relabelled"), new MetricGoal(metric.Goal.Number, new LocalizedText(metric.Goal.Label.Fi + " (toinen)")), metric.Label, metric.Source, metric.Derived, metric.Manual);

    private static WorkshopDefinition Renumbered(WorkshopDefinition w, int number) => new(number, w.Step, w.Purpose, w.Collects, w.Method, w.Source);

    private static PhenomenonReportSettings Settings(PhenomenonReportSettings s, string? writeStep = null, IReadOnlyList<ActorId>? chosenBy = null, IReadOnlyList<WorkshopDefinition>? workshops = null) =>
        new(s.Cadence, chosenBy ?? s.ChosenBy, s.SelectionSources, workshops ?? s.Workshops, writeStep is null ? s.WriteStep : new StepId(writeStep), s.Sections, s.Recipients, s.Source);
}
