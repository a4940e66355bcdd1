using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Privacy;
using RakenteellinenSosiaalityo.Core.Tests.Reports;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>One random operation on a report: what, which step, by which actor, how many minutes after the last one (negative: earlier).</summary>
/// <param name="Kind">0 perform, 1 record, 2 return, 3 withdraw, 4 revise.</param>
/// <param name="Step">An index into the process's steps (modulo their count); negative: the first pending step.</param>
/// <param name="Actor">An index into the profile's actors (modulo their count).</param>
/// <param name="Minutes">Minutes after the previous operation.</param>
public sealed record ReportOperation(int Kind, int Step, int Actor, int Minutes)
{
    /// <inheritdoc/>
    public override string ToString() => $"op{Kind}(step {Step}, actor {Actor}, +{Minutes} min)";
}

/// <summary>A profile (random, or built in) and a random sequence of operations on one of its reports.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="Operations">The operations.</param>
public sealed record ReportScenario(RegionProfile Profile, IReadOnlyList<ReportOperation> Operations)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Profile.Id}: {Profile.ReportProcess} with {string.Join(", ", Operations)}";
}

/// <summary>Generators for the report properties.</summary>
public static class ReportArbitraries
{
    /// <summary>Random operation sequences on built-in and random profiles; the operations favour the right actor so that long walks happen.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ReportScenario> Scenarios()
    {
        var profile = Gen.OneOf(
            Gen.Elements(BuiltInRegions.Kymenlaakso, BuiltInRegions.EtelaKarjala),
            DomainArbitraries.Profiles().Generator);
        var operation =
            from kind in Gen.Frequency((12, Gen.Constant(0)), (4, Gen.Constant(1)), (3, Gen.Constant(2)), (1, Gen.Constant(3)), (2, Gen.Constant(4))) // Withdrawal ends a walk: rarely.
            from step in Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(0, 16))) // Negative: the first pending step, so that whole walks happen.
            from actor in Gen.Frequency((3, Gen.Constant(-1)), (2, Gen.Choose(0, 16))) // Negative: the step's own actor.
            from minutes in Gen.Frequency((9, Gen.Choose(0, 600)), (1, Gen.Choose(-60, -1)))
            select new ReportOperation(kind, step, actor, minutes);
        return (from p in profile
                from count in Gen.Choose(0, 40) // Not FsCheck's size: long walks from the first case on.
                from ops in Gen.ArrayOf(operation, count)
                select new ReportScenario(p, ops)).ToArbitrary();
    }
}

/// <summary>Properties of the report lifecycle: no step is ever skipped, the history rebuilds the report, JSON round-trips, and personal data never passes.</summary>
[Properties(Arbitrary = new[] { typeof(ReportArbitraries), typeof(PrivacyArbitraries) }, MaxTest = 1000)]
public sealed class ReportProperties
{
    [Property(MaxTest = 400)] // Walks of up to 40 operations: slow; the share that gets far is checked below.
    public Property RandomOperations_NeverSkipARequiredStep_AndRebuildAndRoundTrip(ReportScenario scenario)
    {
        var profile = scenario.Profile;
        var walk = Walk(profile, scenario.Operations);
        var report = walk.Report;

        AssertNoStepSkipped(profile, report);
        Assert.Equal(report, SocialReport.Rebuild(profile, report.Id, report.History));
        Assert.Equal(report, SocialReportJson.Deserialize(SocialReportJson.Serialize(report), profile));
        return Prop.Classify(true, walk.EverReady, "reached completion")
            .Classify(report.Status == LifecycleStatus.Withdrawn, "withdrawn")
            .Classify(report.History.Any(e => e.Action == LifecycleAction.ReturnedForCompletion), "returned")
            .Classify(walk.Refused > 0, "some operation refused");
    }

    // Liveness: the property above would pass an implementation that refuses everything (an empty history skips no
    // step). On a fixed sample of its scenarios, the walks must get far: many operations allowed, and a share of the
    // walks reaching completion, returned for completion and withdrawn.
    [Fact]
    public void RandomWalks_GetFar_ReachingCompletionReturnAndWithdrawalInAShareOfCases()
    {
        var walks = ReportArbitraries.Scenarios().Generator.Sample(150, new Rnd(16), 60)
            .Select(s => Walk(s.Profile, s.Operations))
            .ToList();

        var completed = walks.Count(w => w.EverReady);
        var returned = walks.Count(w => w.Report.History.Any(e => e.Action == LifecycleAction.ReturnedForCompletion));
        var withdrawn = walks.Count(w => w.Report.Status == LifecycleStatus.Withdrawn);
        var allowed = walks.Sum(w => w.Report.History.Count - 1);
        var refused = walks.Sum(w => w.Refused);
        Assert.True(
            completed >= 60 && returned >= 20 && withdrawn >= 20 && allowed * 6 >= refused,
            $"Of 150 walks {completed} reached completion, {returned} were returned, {withdrawn} withdrawn; {allowed} operations allowed, {refused} refused.");
    }

    [Property]
    public void ValidIdentityCode_InAnyFreeTextField_BlocksSubmitWithoutEchoingIt(EmbeddedSample sample, int fieldChoice)
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var content = ReportFixtures.Content();
        content = ((fieldChoice & 0x7fffffff) % 4) switch
        {
            0 => content with { Description = sample.Text },
            1 => content with { Title = sample.Text },
            2 => content with { ClientGroups = [sample.Text] },
            _ => content with { ActionProposals = ["ok", sample.Text] },
        };
        var draft = ReportFixtures.Draft(profile, content: content);

        var e = Assert.Throws<PersonalDataException>(() => draft.Submit(profile, ReportFixtures.By("professionals"), ReportFixtures.At(1)));

        Assert.Equal(PersonalDataKind.PersonalIdentityCode, Assert.Single(e.Findings).Kind);
        Assert.DoesNotContain(sample.Value, e.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(content.Redacted().FindPersonalData());
        Assert.Equal(LifecycleStatus.InProcess, draft.Revise(profile, content.Redacted(), ReportFixtures.By("professionals"), ReportFixtures.At(1)).Submit(profile, ReportFixtures.By("professionals"), ReportFixtures.At(2)).Status);
    }

    [Property]
    public void InvalidIdentityCode_NeverBlocksSubmit(InvalidIdentityCodeSample invalid)
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var draft = ReportFixtures.Draft(profile, content: ReportFixtures.Content(description: invalid.Sample.Text));

        Assert.True(draft.CanSubmit(profile, ReportFixtures.By("professionals"), ReportFixtures.At(1)).IsAllowed);
    }

    [Property]
    public void Redacted_MixedText_LeavesNoFindingInAnyField(MixedSample sample)
    {
        var content = ReportFixtures.Content() with { Description = sample.Text, ActionProposals = [sample.Text], Supervisor = sample.Text };

        Assert.Empty(content.Redacted().FindPersonalData());
        Assert.Equal(content.Redacted(), content.Redacted().Redacted());
    }

    private static (SocialReport Report, bool EverReady, int Refused) Walk(RegionProfile profile, IReadOnlyList<ReportOperation> operations)
    {
        var everReady = false;
        var refused = 0;
        var service = profile.Services[0].Id;
        var content = ReportFixtures.Content(serviceId: service);
        var first = profile.ReportProcess.First;
        var report = SocialReport.Create(profile, new ReportId("R-1"), content, new Performer(first.PerformedBy), ReportFixtures.Start);
        var at = ReportFixtures.Start;
        foreach (var op in operations)
        {
            var pending = report.PendingSteps(profile);
            var step = op.Step < 0 && pending.Count > 0 ? pending[0] : profile.ReportProcess.Steps[Math.Abs(op.Step) % profile.ReportProcess.Steps.Count];
            var actor = op.Actor < 0 ? step.PerformedBy : profile.Actors[op.Actor % profile.Actors.Count].Id;
            var by = new Performer(actor);
            at += Duration.FromMinutes(op.Minutes);
            var entries = step.Records.Select(k => new RecordEntry(k, "Kirjaus.")).ToList();
            var entry = new RecordEntry(step.Records.Concat(step.MayRecord).FirstOrDefault(), "Huomio.");
            var (check, apply) = op.Kind switch
            {
                0 => (report.CanPerform(profile, step.Id, by, at, entries), (Func<SocialReport>)(() => report.Perform(profile, step.Id, by, at, entries))),
                1 => (report.CanRecord(profile, step.Id, by, at, entry), () => report.Record(profile, step.Id, by, at, entry)),
                2 => (report.CanReturnForCompletion(profile, by, at, "Täydennä."), () => report.ReturnForCompletion(profile, by, at, "Täydennä.")),
                3 => (report.CanWithdraw(profile, by, at), () => report.Withdraw(profile, by, at)),
                _ => (report.CanRevise(profile, content with { Title = $"Versio {at.ToUnixTimeSeconds()}" }, by, at), () => report.Revise(profile, content with { Title = $"Versio {at.ToUnixTimeSeconds()}" }, by, at)),
            };

            if (check.IsAllowed)
            {
                report = apply();
                everReady |= report.IsReadyForCompilation;
            }
            else
            {
                var e = Assert.Throws<LifecycleException>(() => apply());
                Assert.Equal(check.Code, e.Code);
                Assert.Equal(check.Message, e.Message);
                at = report.History[^1].At;
                refused++;

            }
        }

        return (report, everReady, refused);
    }

    // Every step performed follows, in the same round, the step its process puts before it; every step is performed
    // by the actor the profile names; a round starts with the first step.
    private static void AssertNoStepSkipped(RegionProfile profile, SocialReport report)
    {
        var process = profile.ReportProcess;
        var round = new List<StepId>();
        var status = LifecycleStatus.Draft;
        foreach (var e in report.History)
        {
            Assert.NotEqual(LifecycleStatus.Withdrawn, status);
            switch (e.Action)
            {
                case LifecycleAction.StepPerformed:
                    var step = process.GetStep(e.StepId!.Value);
                    Assert.Equal(step.PerformedBy, e.By.Actor);
                    Assert.DoesNotContain(step.Id, round);
                    if (process.Predecessor(step) is { } before)
                    {
                        Assert.Contains(before.Id, round);
                    }
                    else
                    {
                        Assert.Empty(round);
                    }

                    round.Add(step.Id);
                    status = LifecycleStatus.InProcess;
                    break;
                case LifecycleAction.ReturnedForCompletion:
                    round.Clear();
                    status = LifecycleStatus.Returned;
                    break;
                case LifecycleAction.Withdrawn:
                    status = LifecycleStatus.Withdrawn;
                    break;
            }
        }

        Assert.Equal(round, report.PerformedSteps);
        Assert.Equal(status != LifecycleStatus.Withdrawn && round.Contains(process.CompletionStep.Id), report.IsReadyForCompilation);
    }
}
