using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Phenomena;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>One random operation on a phenomenon report.</summary>
/// <param name="Kind">0 record a workshop session, 1 write the text (the draft), 2 perform a step, 3 record a comment under a step.</param>
/// <param name="Step">An index into the process's steps (modulo); negative: the first pending step.</param>
/// <param name="Actor">An index into the profile's actors (modulo); negative: the right actor.</param>
/// <param name="Minutes">Minutes after the previous operation (negative: earlier).</param>
/// <param name="Inputs">The texts of a session's inputs.</param>
public sealed record PhenomenonOperation(int Kind, int Step, int Actor, int Minutes, IReadOnlyList<string> Inputs)
{
    /// <inheritdoc/>
    public override string ToString() => $"op{Kind}(step {Step}, actor {Actor}, +{Minutes} min, {Inputs.Count} inputs)";
}

/// <summary>A profile with a phenomenon process (random, or built in) and random operations on its phenomenon report.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Operations">The operations.</param>
public sealed record PhenomenonScenario(RegionProfile Profile, IReadOnlyList<PhenomenonOperation> Operations)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Profile.Id}: {Profile.PhenomenonProcess} with {string.Join(", ", Operations)}";
}

/// <summary>Generators for the phenomenon report properties.</summary>
public static class PhenomenonArbitraries
{
    /// <summary>Random operation sequences on random profiles given a four-step phenomenon process with random actors, and on the built-in profiles.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PhenomenonScenario> Scenarios()
    {
        var operation =
            from kind in Gen.Frequency((3, Gen.Constant(0)), (2, Gen.Constant(1)), (5, Gen.Constant(2)), (1, Gen.Constant(3)))
            from step in Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(0, 10)))
            from actor in Gen.Frequency((4, Gen.Constant(-1)), (2, Gen.Choose(0, 10)))
            from minutes in Gen.Frequency((9, Gen.Choose(0, 600)), (1, Gen.Choose(-60, -1)))
            from inputs in Gen.ListOf(DomainArbitraries.TextGen)
            select new PhenomenonOperation(kind, step, actor, minutes, inputs.Take(4).ToList());
        var profile = Gen.Frequency(
            (1, Gen.Elements(BuiltInRegions.Kymenlaakso, BuiltInRegions.EtelaKarjala)),
            (2, from p in DomainArbitraries.Profiles().Generator
                from actors in Gen.ArrayOf(Gen.Choose(0, 5), 4)
                select WithPhenomenonProcess(p, actors)));
        return (from p in profile
                from ops in Gen.ListOf(operation)
                select new PhenomenonScenario(p, ops.Take(30).ToList())).ToArbitrary();
    }

    // Choose, workshop, write, decide: each by a random actor of the profile.
    private static RegionProfile WithPhenomenonProcess(RegionProfile profile, int[] actors)
    {
        ActorId Actor(int i) => profile.Actors[actors[i] % profile.Actors.Count].Id;
        ProcessStep Step(string id, int actor, string? after, params RecordKind[] records) =>
            new() { Id = new StepId(id), Name = new LocalizedText(id), PerformedBy = Actor(actor), After = after is null ? null : new StepId(after), Records = records, MayRecord = [RecordKind.Comment] };
        return profile with
        {
            PhenomenonProcess = new ProcessDefinition([Step("choose", 0, null), Step("workshop", 1, "choose"), Step("write", 2, "workshop"), Step("decide", 3, "write", RecordKind.Decision)]),
            PhenomenonReports = new PhenomenonReportSettings(
                PhenomenonCadence.Yearly,
                [Actor(0)],
                [CandidateSource.Compilations],
                [new WorkshopDefinition(1, new StepId("workshop"), new LocalizedText("Työpaja"), [WorkshopInputKind.HowItShows, WorkshopInputKind.Proposals], WorkshopMethod.Workshop)],
                new StepId("write"),
                [PhenomenonReportSection.SituationalPicture, PhenomenonReportSection.Prevalence, PhenomenonReportSection.ActionProposals],
                []),
        };
    }
}

/// <summary>
/// Properties of the phenomenon report on random profiles: a step is never performed by another actor or before the
/// step it follows; the history rebuilds an equal report; JSON round-trips; nothing a workshop recorded is lost in the draft.
/// </summary>
[Properties(Arbitrary = new[] { typeof(PhenomenonArbitraries) })]
public sealed class PhenomenonProperties
{
    private static readonly Instant Start = Instant.FromUtc(2025, 3, 3, 8, 0);

    [Property(MaxTest = 300)]
    public void RandomOperations_RefuseWrongActorsAndSkippedSteps_AndRebuildAndRoundTrip(PhenomenonScenario scenario)
    {
        var profile = scenario.Profile;
        var report = Walk(profile, scenario.Operations);

        Assert.Equal(report, PhenomenonReport.Rebuild(profile, report.Id, report.History));
        Assert.Equal(report, PhenomenonReportJson.Deserialize(PhenomenonReportJson.Serialize(report), profile));
        var draft = report.ComposeDraft(profile, []);
        var all = string.Join("\n", new[] { draft.SituationalPicture, draft.EffectsOnClients }.Concat(draft.ActionProposals.Select(p => p.Text)).Concat(draft.Sources));
        Assert.All(report.Sessions.SelectMany(s => s.Inputs), input => Assert.Contains(input.Text, all, StringComparison.Ordinal));
    }

    private static PhenomenonReport Walk(RegionProfile profile, IReadOnlyList<PhenomenonOperation> operations)
    {
        var process = profile.PhenomenonProcess!;
        var settings = profile.PhenomenonReports!;
        var selection = new PhenomenonSelection(2025, "Ilmiö", [profile.PhenomenonThemes[0].Id], [new SelectionReason(settings.SelectionSources[0], "Peruste.")], "Perustelu.");
        var report = PhenomenonReport.Choose(profile, new PhenomenonReportId("P-1"), selection, new Performer(process.First.PerformedBy), Start);
        var at = Start;
        foreach (var op in operations)
        {
            var kind = op.Kind == 0 && op.Inputs.Count == 0 ? 2 : op.Kind;
            at += Duration.FromMinutes(op.Minutes);
            var pending = report.PendingSteps(profile);
            var step = op.Step < 0 && pending.Count > 0 ? pending[0] : process.Steps[Math.Abs(op.Step) % process.Steps.Count];
            var workshop = settings.Workshops[Math.Abs(op.Step) % settings.Workshops.Count];
            var stepOfOp = kind switch { 0 => process.GetStep(workshop.Step), 1 => process.GetStep(settings.WriteStep), _ => step };
            var actor = op.Actor < 0 ? stepOfOp.PerformedBy : profile.Actors[op.Actor % profile.Actors.Count].Id;
            var by = new Performer(actor);
            var service = profile.Services[0].Id;
            (LifecycleCheck Check, Func<PhenomenonReport> Run) attempt = kind switch
            {
                0 => Session(profile, report, workshop, op, service, by, at),
                1 => (report.CanWrite(profile, report.ComposeDraft(profile, []), by, at), () => report.Write(profile, report.ComposeDraft(profile, []), [], by, at)),
                3 => (report.CanRecord(profile, step.Id, by, at, new RecordEntry(RecordKind.Comment, "Kommentti.")), () => report.Record(profile, step.Id, by, at, new RecordEntry(RecordKind.Comment, "Kommentti."))),
                _ => Perform(profile, report, step, by, at),
            };

            if (attempt.Check.IsAllowed)
            {
                Assert.Equal(stepOfOp.PerformedBy, actor);
                if (kind == 2)
                {
                    Assert.True(process.Predecessor(step) is not { } before || report.PerformedSteps.Contains(before.Id));
                }

                report = attempt.Run();
            }
            else
            {
                var code = attempt.Check.Code;
                var thrown = Record.Exception(() => attempt.Run());
                Assert.Equal(code, thrown switch { DomainException d => d.Code, _ => "none" });
                if (actor != stepOfOp.PerformedBy)
                {
                    Assert.NotEqual(LifecycleCheck.Allowed, attempt.Check);
                }

                at = report.History[^1].At;
            }
        }

        return report;
    }

    private static (LifecycleCheck, Func<PhenomenonReport>) Session(RegionProfile profile, PhenomenonReport report, WorkshopDefinition workshop, PhenomenonOperation op, ServiceId service, Performer by, Instant at)
    {
        var inputs = op.Inputs.Select((text, i) => new WorkshopInput(workshop.Collects[i % workshop.Collects.Count], text, service)).ToList();
        var session = new WorkshopSession(workshop.Number, FinnishTime.DateOf(at), workshop.Method, new WorkshopParticipants([by.Actor], [service], 1 + op.Inputs.Count), inputs);
        return (report.CanRecordWorkshop(profile, session, by, at), () => report.RecordWorkshop(profile, session, by, at));
    }

    private static (LifecycleCheck, Func<PhenomenonReport>) Perform(RegionProfile profile, PhenomenonReport report, ProcessStep step, Performer by, Instant at)
    {
        var entries = step.Records.Where(k => k != RecordKind.Decision).Select(k => new RecordEntry(k, $"Kirjaus: {k}.")).ToList();
        var decisions = step.Records.Contains(RecordKind.Decision)
            ? [new ActionDecision("Toimenpide.", ActionResponsible.OfActor(profile.Actors[0].Id.Value), new LocalDate(2026, 1, 31))]
            : new List<ActionDecision>();
        return (report.CanPerform(profile, step.Id, by, at, entries, decisions), () => report.Perform(profile, step.Id, by, at, entries, decisions));
    }
}

/// <summary>Ranking candidates does not depend on the order the compilations are given in.</summary>
public sealed class PhenomenonCandidateProperties
{
    private static readonly IReadOnlyList<Compilation> Compilations = PhenomenonCandidatesTests.FixedCompilations();

    [Property(MaxTest = 100)]
    public void Ranking_IsIndependentOfInputOrder(int seed)
    {
        var shuffled = Compilations.OrderBy(c => HashCode.Combine(seed, c.Id.Value)).ToList();

        Assert.Equal(PhenomenonCandidates.Rank(BuiltInRegions.EtelaKarjala, Compilations), PhenomenonCandidates.Rank(BuiltInRegions.EtelaKarjala, shuffled), new CandidateComparer());
    }

    private sealed class CandidateComparer : IEqualityComparer<PhenomenonCandidate>
    {
        public bool Equals(PhenomenonCandidate? x, PhenomenonCandidate? y) =>
            x is not null && y is not null && x with { Reasons = [] } == y with { Reasons = [] } && x.Reasons.SequenceEqual(y.Reasons);

        public int GetHashCode(PhenomenonCandidate obj) => obj.ThemeId.GetHashCode();
    }
}
