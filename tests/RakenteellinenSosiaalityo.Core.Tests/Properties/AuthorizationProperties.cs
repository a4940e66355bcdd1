using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Compilations;
using RakenteellinenSosiaalityo.Core.Tests.Reports;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>A profile, how many steps of a straight walk through its process are done, and who the actions' responsible actors are.</summary>
/// <param name="Profile">The profile: built in or random.</param>
/// <param name="Position">How many steps of the walk to perform (capped at the process's length).</param>
/// <param name="Responsible">An index into the profile's actors for the responsible actor of each decided action.</param>
public sealed record AuthorizationCase(RegionProfile Profile, int Position, int Responsible)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Profile.Id} after {Position} steps (reports: {Profile.ReportProcess}; compilations: {Profile.CompilationProcess})";
}

/// <summary>Generators for the authorization properties.</summary>
public static class AuthorizationArbitraries
{
    /// <summary>Built-in and random profiles at every position of their processes.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<AuthorizationCase> Cases() =>
        (from profile in Gen.Frequency((1, Gen.Elements(BuiltInRegions.Kymenlaakso, BuiltInRegions.EtelaKarjala)), (2, DomainArbitraries.Profiles().Generator))
         from position in Gen.Choose(0, 8)
         from responsible in Gen.Choose(0, profile.Actors.Count - 1)
         select new AuthorizationCase(profile, position, responsible)).ToArbitrary();
}

/// <summary>
/// Who may do what (K 4.2–4.3, EK 4.1, EK 5.1: each step has one named performer): every operation of a report and of a
/// compilation, at every stage of its process, is refused for every actor but the one the profile names, with the rule
/// code <c>wrong-actor</c> and a message naming the step, the actor refused and the actor expected; the named actor is
/// never refused as the wrong one.
/// </summary>
[Properties(Arbitrary = new[] { typeof(AuthorizationArbitraries) }, MaxTest = 200)]
public sealed class AuthorizationProperties
{
    private static readonly ActorId Stranger = new("no-such-actor");

    [Property]
    public void ReportOperations_AreRefusedForEveryActorButTheNamedOne(AuthorizationCase c)
    {
        var profile = c.Profile;
        var process = profile.ReportProcess;
        var report = WalkReport(profile, c.Position);
        var at = report.History[^1].At + Duration.FromMinutes(1);
        var candidates = profile.Actors.Select(a => a.Id).Append(Stranger).ToList();

        foreach (var actor in candidates)
        {
            var by = new Performer(actor);
            if (report.History.Count == 1)
            {
                ExpectActorRule(
                    process.First.PerformedBy == actor,
                    () => SocialReport.Create(profile, new ReportId("R-2"), report.Content, by, at),
                    actor,
                    process.First);
            }

            foreach (var step in process.Steps)
            {
                var entries = Required(step);
                ExpectActorRule(step.PerformedBy == actor, report.CanPerform(profile, step.Id, by, at, entries), () => report.Perform(profile, step.Id, by, at, entries), actor, step);
                var entry = new RecordEntry(step.Records.Concat(step.MayRecord).FirstOrDefault(), "Huomio.");
                ExpectActorRule(step.PerformedBy == actor, report.CanRecord(profile, step.Id, by, at, entry), () => report.Record(profile, step.Id, by, at, entry), actor, step);
            }

            ExpectActorRule(process.First.PerformedBy == actor, report.CanSubmit(profile, by, at), () => report.Submit(profile, by, at), actor, process.First);
            var revised = report.Content with { Title = "Uusi otsikko" };
            ExpectActorRule(process.First.PerformedBy == actor, report.CanRevise(profile, revised, by, at), () => report.Revise(profile, revised, by, at), actor, process.First);
            ExpectActorRule(process.First.PerformedBy == actor, report.CanWithdraw(profile, by, at), () => report.Withdraw(profile, by, at), actor, process.First);

            if (report.Status is LifecycleStatus.InProcess or LifecycleStatus.Completed)
            {
                var pending = report.PendingSteps(profile);
                var check = report.CanReturnForCompletion(profile, by, at, "Täydennä.");
                if (pending.Any(s => s.PerformedBy == actor))
                {
                    Assert.NotEqual(LifecycleRules.WrongActor, check.Code);
                }
                else
                {
                    var e = AssertRefused(check, () => report.ReturnForCompletion(profile, by, at, "Täydennä."), actor);
                    Assert.All(pending, s => Assert.Contains($"step '{s.Id}'", e.Message, StringComparison.Ordinal));
                    Assert.All(pending, s => Assert.Contains($"({s.PerformedBy})", e.Message, StringComparison.Ordinal));
                }
            }
        }
    }

    [Property]
    public void CompilationOperations_AreRefusedForEveryActorButTheNamedOne(AuthorizationCase c)
    {
        var profile = c.Profile;
        var process = profile.CompilationProcess;
        var compilation = WalkCompilation(profile, c.Position, c.Responsible);
        var at = compilation.History[^1].At + Duration.FromMinutes(1);
        var decision = new ActionDecision("Toimenpide.", new ActionResponsible(profile.Actors[0].Id), new LocalDate(2026, 1, 1));

        foreach (var actor in profile.Actors.Select(a => a.Id).Append(Stranger))
        {
            var by = new Performer(actor);
            var content = compilation.Content;
            var firstEntries = Required(process.First);
            ExpectActorRule(process.First.PerformedBy == actor, Compilation.CanCreate(profile, content, by, at, firstEntries), () => Compilation.Create(profile, content, by, at, firstEntries), actor, process.First);

            foreach (var step in process.Steps)
            {
                var entries = Required(step);
                ExpectActorRule(step.PerformedBy == actor, compilation.CanPerform(profile, step.Id, by, at, entries), () => compilation.Perform(profile, step.Id, by, at, entries), actor, step);
                var entry = new RecordEntry(step.Records.Concat(step.MayRecord).FirstOrDefault(), "Kirjaus.");
                ExpectActorRule(step.PerformedBy == actor, compilation.CanRecord(profile, step.Id, by, at, entry), () => compilation.Record(profile, step.Id, by, at, entry), actor, step);
                ExpectActorRule(step.PerformedBy == actor, compilation.CanRecord(profile, step.Id, by, at, decision), () => compilation.Record(profile, step.Id, by, at, decision), actor, step);
            }

            foreach (var action in compilation.Actions)
            {
                var check = compilation.CanChangeActionStatus(profile, action.Number, ActionStatus.Done, by, at);
                if (actor == action.DecidedBy.Actor || actor == action.Responsible.Actor)
                {
                    Assert.True(check.IsAllowed, check.ToString());
                }
                else
                {
                    var e = AssertRefused(check, () => compilation.ChangeActionStatus(profile, action.Number, ActionStatus.Done, by, at), actor);
                    Assert.Contains($"Action {action.Number} ", e.Message, StringComparison.Ordinal);
                    Assert.Contains($"({action.DecidedBy.Actor})", e.Message, StringComparison.Ordinal);
                }
            }
        }
    }

    // The walks must get somewhere for the properties above to mean anything: both built-in processes run to their end.
    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void StraightWalks_OfTheBuiltInProcesses_ReachCompletion(string region)
    {
        var profile = BuiltInRegions.Get(new RegionId(region));

        Assert.True(WalkReport(profile, profile.ReportProcess.Steps.Count).IsReadyForCompilation);
        var compilation = WalkCompilation(profile, profile.CompilationProcess.Steps.Count, 0);
        Assert.Equal(LifecycleStatus.Completed, compilation.Status);
        Assert.NotEmpty(compilation.Actions);
    }

    private static List<RecordEntry> Required(ProcessStep step) => CompilationFixtures.Required(step);

    // The named actor passes the actor check (any other refusal is some other rule's business); anyone else is refused
    // as the wrong actor, and both the check and the operation say so.
    private static void ExpectActorRule(bool named, LifecycleCheck check, Action operation, ActorId actor, ProcessStep step)
    {
        if (named)
        {
            Assert.NotEqual(LifecycleRules.WrongActor, check.Code);
            return;
        }

        var e = AssertRefused(check, operation, actor);
        Assert.Contains($"'{step.Id}'", e.Message, StringComparison.Ordinal);
        Assert.Contains($"({step.PerformedBy})", e.Message, StringComparison.Ordinal);
    }

    // Creating a report has no check to ask first (the id and content are the caller's to choose): only the operation.
    private static void ExpectActorRule(bool named, Func<SocialReport> create, ActorId actor, ProcessStep first)
    {
        if (named)
        {
            Assert.NotNull(create());
            return;
        }

        var e = Assert.Throws<LifecycleException>(create);
        Assert.Equal(LifecycleRules.WrongActor, e.Code);
        Assert.Contains($"'{first.Id}'", e.Message, StringComparison.Ordinal);
        Assert.Contains($"({first.PerformedBy})", e.Message, StringComparison.Ordinal);
        Assert.Contains($"({actor})", e.Message, StringComparison.Ordinal);
    }

    private static LifecycleException AssertRefused(LifecycleCheck check, Action operation, ActorId actor)
    {
        Assert.Equal(LifecycleRules.WrongActor, check.Code);
        Assert.Contains($"({actor})", check.Message, StringComparison.Ordinal);
        var e = Assert.Throws<LifecycleException>(operation);
        Assert.Equal(LifecycleRules.WrongActor, e.Code);
        Assert.Equal(check.Message, e.Message);
        Assert.Equal(actor, e.Actor);
        return e;
    }

    // A report after the first `position` steps of a straight walk: each time the first pending step, by its actor,
    // recording what it must.
    private static SocialReport WalkReport(RegionProfile profile, int position)
    {
        var process = profile.ReportProcess;
        var content = ReportFixtures.Content(serviceId: profile.Services[0].Id);
        var report = SocialReport.Create(profile, new ReportId("R-1"), content, new Performer(process.First.PerformedBy), ReportFixtures.Start);
        for (var i = 0; i < position && report.PendingSteps(profile) is [var step, ..]; i++)
        {
            report = report.Perform(profile, step.Id, new Performer(step.PerformedBy), ReportFixtures.At(i + 1), Required(step));
        }

        return report;
    }

    // A compilation after the first `position` steps (at least the first) of a straight walk; every step that records
    // decisions decides one action, whose responsible actor is the profile's actor number `responsible`.
    private static Compilation WalkCompilation(RegionProfile profile, int position, int responsible)
    {
        var process = profile.CompilationProcess;
        var compilation = CompilationFixtures.CreatedFor(profile);
        var at = compilation.History[^1].At;
        var decision = new ActionDecision("Selvitetään asumisneuvonnan saatavuus.", new ActionResponsible(profile.Actors[responsible].Id), new LocalDate(2026, 1, 1));
        for (var i = 1; i < position && compilation.PendingSteps(profile) is [var step, ..]; i++)
        {
            at += Duration.FromHours(1);
            var decisions = step.Accepts(RecordKind.Decision) ? new[] { decision } : [];
            var entries = Required(step).Where(e => e.Kind != RecordKind.Decision).ToList();
            compilation = compilation.Perform(profile, step.Id, new Performer(step.PerformedBy), at, entries, decisions);
        }

        return compilation;
    }
}
