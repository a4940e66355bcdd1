using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Compilations;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>One random operation on a compilation: what, which step or action, by which actor, how many minutes after the last one (negative: earlier).</summary>
/// <param name="Kind">0 perform, 1 record an entry, 2 decide an action, 3 change an action's status.</param>
/// <param name="Step">An index into the process's steps, or an action number (modulo); negative: the first pending step.</param>
/// <param name="Actor">An index into the profile's actors (modulo their count); negative: the step's or action's own actor.</param>
/// <param name="Minutes">Minutes after the previous operation.</param>
public sealed record CompilationOperation(int Kind, int Step, int Actor, int Minutes)
{
    /// <inheritdoc/>
    public override string ToString() => $"op{Kind}(step {Step}, actor {Actor}, +{Minutes} min)";
}

/// <summary>A built-in profile and a random sequence of operations on its compilation of spring 2025.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Operations">The operations.</param>
public sealed record CompilationLifecycleScenario(RegionProfile Profile, IReadOnlyList<CompilationOperation> Operations)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Profile.Id}: {Profile.CompilationProcess} with {string.Join(", ", Operations)}";
}

/// <summary>Generators for the compilation properties.</summary>
public static class CompilationLifecycleArbitraries
{
    /// <summary>Random operation sequences on both built-in compilation processes and on random profiles' processes; the operations favour the right actor so that long walks happen.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CompilationLifecycleScenario> Scenarios()
    {
        var operation =
            from kind in Gen.Frequency((6, Gen.Constant(0)), (2, Gen.Constant(1)), (2, Gen.Constant(2)), (2, Gen.Constant(3)))
            from step in Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(0, 16))) // Negative: the first pending step, so that whole walks happen.
            from actor in Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(0, 16)))
            from minutes in Gen.Frequency((9, Gen.Choose(0, 600)), (1, Gen.Choose(-60, -1)))
            select new CompilationOperation(kind, step, actor, minutes);
        var profile = Gen.Frequency(
            (2, Gen.Elements(BuiltInRegions.Kymenlaakso, BuiltInRegions.EtelaKarjala)),
            (1, DomainArbitraries.Profiles().Generator));
        return (from p in profile
                from count in Gen.Choose(0, 40) // Not FsCheck's size: long walks from the first case on.
                from ops in Gen.ArrayOf(operation, count)
                select new CompilationLifecycleScenario(p, ops)).ToArbitrary();
    }
}

/// <summary>Properties of the compilation lifecycle: no step is ever skipped or done by another actor, the history rebuilds the compilation, and JSON round-trips.</summary>
[Properties(Arbitrary = new[] { typeof(CompilationLifecycleArbitraries) }, MaxTest = 1000)]
public sealed class CompilationLifecycleProperties
{
    [Property(MaxTest = 400)] // Walks of up to 40 operations: slow; the share that gets far is checked below.
    public Property RandomOperations_NeverSkipAStep_AndRebuildAndRoundTrip(CompilationLifecycleScenario scenario)
    {
        var profile = scenario.Profile;
        var (compilation, refused) = Walk(profile, scenario.Operations);

        AssertNoStepSkipped(profile, compilation);
        Assert.Equal(compilation, Compilation.Rebuild(profile, compilation.Content, compilation.History));
        Assert.Equal(compilation, CompilationJson.Deserialize(CompilationJson.Serialize(compilation), profile));
        return Prop.Classify(true, compilation.Status == LifecycleStatus.Completed, "completed")
            .Classify(compilation.Actions.Count > 0, "actions decided")
            .Classify(compilation.Actions.Any(a => a.Status != ActionStatus.Open), "an action closed")
            .Classify(refused > 0, "some operation refused");
    }

    // Liveness: the property above would pass an implementation that refuses everything. On a fixed sample of its
    // scenarios, a share of the walks completes the process, decides actions and closes one.
    [Fact]
    public void RandomWalks_GetFar_CompletingDecidingAndClosingActionsInAShareOfCases()
    {
        var walks = CompilationLifecycleArbitraries.Scenarios().Generator.Sample(150, new Rnd(16), 60)
            .Select(s => Walk(s.Profile, s.Operations).Compilation)
            .ToList();

        var completed = walks.Count(c => c.Status == LifecycleStatus.Completed);
        var decided = walks.Count(c => c.Actions.Count > 0);
        var closed = walks.Count(c => c.Actions.Any(a => a.Status != ActionStatus.Open));
        Assert.True(
            completed >= 60 && decided >= 40 && closed >= 12,
            $"Of 150 walks {completed} completed the process, {decided} decided actions, {closed} closed one.");
    }

    internal static (Compilation Compilation, int Refused) Walk(RegionProfile profile, IReadOnlyList<CompilationOperation> operations)
    {
        var refused = 0;
        var compilation = CompilationFixtures.CreatedFor(profile);
        var steps = profile.CompilationProcess.Steps;
        var at = compilation.History[^1].At;
        foreach (var op in operations)
        {
            var pending = compilation.PendingSteps(profile);
            var step = op.Step < 0 && pending.Count > 0 ? pending[0] : steps[Math.Abs(op.Step) % steps.Count];
            var actor = op.Actor < 0 ? step.PerformedBy : profile.Actors[op.Actor % profile.Actors.Count].Id;
            at += Duration.FromMinutes(op.Minutes);
            var when = at;
            var entries = CompilationFixtures.Required(step);
            var entry = new RecordEntry(step.Records.Concat(step.MayRecord).FirstOrDefault(), "Kirjaus.");
            var decision = new ActionDecision("Toimenpide.", new ActionResponsible(profile.Actors[Math.Abs(op.Minutes) % profile.Actors.Count].Id), new LocalDate(2026, 1, 1).PlusDays(op.Minutes));
            var number = compilation.Actions.Count == 0 ? 1 : (Math.Abs(op.Step) % (compilation.Actions.Count + 1)) + 1;
            var closer = op.Actor < 0 && number <= compilation.Actions.Count ? compilation.Actions[number - 1].DecidedBy.Actor : actor;
            var status = op.Minutes % 2 == 0 ? ActionStatus.Done : ActionStatus.Cancelled;
            var (check, apply) = op.Kind switch
            {
                0 => (compilation.CanPerform(profile, step.Id, new Performer(actor), when, entries), (Func<Compilation>)(() => compilation.Perform(profile, step.Id, new Performer(actor), when, entries))),
                1 => (compilation.CanRecord(profile, step.Id, new Performer(actor), when, entry), () => compilation.Record(profile, step.Id, new Performer(actor), when, entry)),
                2 => (compilation.CanRecord(profile, step.Id, new Performer(actor), when, decision), () => compilation.Record(profile, step.Id, new Performer(actor), when, decision)),
                _ => (compilation.CanChangeActionStatus(profile, number, status, new Performer(closer), when), () => compilation.ChangeActionStatus(profile, number, status, new Performer(closer), when)),
            };

            if (check.IsAllowed)
            {
                compilation = apply();
            }
            else
            {
                var e = Assert.Throws<LifecycleException>(() => apply());
                Assert.Equal(check.Code, e.Code);
                Assert.Equal(check.Message, e.Message);
                at = compilation.History[^1].At;
                refused++;
            }
        }

        return (compilation, refused);
    }

    // Every step performed follows the step its process puts before it, once, by the actor the profile names; every
    // entry and decision is recorded by its step's actor; every action is closed once, by its decider or responsible actor.
    private static void AssertNoStepSkipped(RegionProfile profile, Compilation compilation)
    {
        var process = profile.CompilationProcess;
        var performed = new List<StepId>();
        var closed = new HashSet<int>();
        var decided = 0;
        Instant? last = null;
        foreach (var e in compilation.History)
        {
            Assert.True(last is null || e.At >= last);
            last = e.At;
            switch (e.Kind)
            {
                case CompilationEventKind.StepPerformed:
                    var step = process.GetStep(e.StepId!.Value);
                    Assert.Equal(step.PerformedBy, e.By.Actor);
                    Assert.DoesNotContain(step.Id, performed);
                    if (process.Predecessor(step) is { } before)
                    {
                        Assert.Contains(before.Id, performed);
                    }
                    else
                    {
                        Assert.Empty(performed);
                    }

                    performed.Add(step.Id);
                    decided += e.Decisions.Count;
                    break;
                case CompilationEventKind.EntryRecorded:
                    Assert.Equal(process.GetStep(e.StepId!.Value).PerformedBy, e.By.Actor);
                    decided += e.Decisions.Count;
                    break;
                default:
                    var action = compilation.Actions[e.ActionNumber!.Value - 1];
                    Assert.True(closed.Add(action.Number));
                    Assert.True(e.By.Actor == action.DecidedBy.Actor || e.By.Actor == action.Responsible.Actor);
                    break;
            }
        }

        Assert.Equal(performed, compilation.PerformedSteps);
        Assert.Equal(decided, compilation.Actions.Count);
        Assert.Equal(closed.Count, compilation.Actions.Count(a => a.Status != ActionStatus.Open));
        Assert.Equal(performed.Contains(process.CompletionStep.Id) ? LifecycleStatus.Completed : LifecycleStatus.InProcess, compilation.Status);
    }
}
