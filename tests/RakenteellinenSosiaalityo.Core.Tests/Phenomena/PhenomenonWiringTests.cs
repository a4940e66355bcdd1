using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using static RakenteellinenSosiaalityo.Core.Tests.Phenomena.PhenomenonFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>
/// The phenomenon report wired into the rest as compilations are: its overdue actions, the annual clock's progress and
/// the checking evaluation (issue 10's leftovers).
/// </summary>
public sealed class PhenomenonWiringTests
{
    private static readonly RegionProfile EK = BuiltInRegions.EtelaKarjala;
    private static readonly RegionProfile K = BuiltInRegions.Kymenlaakso;

    // The EK 2024 report's one decided action (ArTu's handling, EK 4.1) is followed up on 2025-03-31.
    private static readonly LocalDate FollowUp = new(2025, 3, 31);

    [Fact]
    public void OpenActionsPastFollowUp_ListsTheOpenActionOnlyAfterItsFollowUpDay_AndNotOnceDone()
    {
        var report = Ek2024();

        Assert.Empty(report.OpenActionsPastFollowUp(FollowUp));
        var overdue = Assert.Single(report.OpenActionsPastFollowUp(FollowUp.PlusDays(1)));
        Assert.Equal(report.Id, overdue.PhenomenonReport);

        var done = report.ChangeActionStatus(EK, 1, ActionStatus.Done, By("profession-director"), On(2025, 4, 2), "Konsultaatiomalli käytössä.");
        Assert.Empty(done.OpenActionsPastFollowUp(FollowUp.PlusDays(1)));
    }

    [Fact]
    public void OpenActionsPastFollowUp_AcrossPhenomenonReports_OrdersByFollowUpThenReportIdThenNumber_InAnyInputOrder()
    {
        var report = Ek2024();
        var copy = PhenomenonReport.Rebuild(EK, new PhenomenonReportId("ek-copy"), report.History);

        var forward = PhenomenonReport.OpenActionsPastFollowUp([report, copy], new LocalDate(2025, 6, 1));
        var backward = PhenomenonReport.OpenActionsPastFollowUp([copy, report], new LocalDate(2025, 6, 1));

        Assert.Equal(["ek-copy", "etela-karjala-phenomenon-2024"], forward.Select(a => a.PhenomenonReport!.Value.Value));
        Assert.Equal(forward, backward);
        Assert.Throws<ArgumentNullException>(() => PhenomenonReport.OpenActionsPastFollowUp([report, null!], FollowUp));
    }

    // EK 5.3 (annual clock): theme chosen in Q1, workshops in Q2, approval in Q3, feedback in Q4, all done by the
    // report's own events, without a hand-made activity record.
    [Fact]
    public void ClockProgress_WithPhenomenonReports_EK53_MarksTheirActivitiesDone_AsTheirCompletionsWould()
    {
        var report = Ek2024();
        var clock = AnnualClock.For(EK, 2024);
        var asOf = new LocalDate(2024, 12, 31);

        var without = clock.Progress([], [], asOf);
        var with = clock.Progress([], [report], asOf);

        Assert.DoesNotContain(without.Done, a => a.Rule.Id.Value == "phenomenon-report-approval");
        foreach (var rule in new[] { "phenomenon-theme-selection", "phenomenon-report-approval", "phenomenon-report-feedback" })
        {
            Assert.Contains(with.Done, a => a.Rule.Id.Value == rule);
        }

        Assert.Equal(clock.Progress(report.ClockCompletions(EK), asOf), with);
    }

    [Fact]
    public void ClockProgress_WithAPhenomenonReportOfAnotherRegion_IsRegionMismatch_AndCanProgressSaysSoFirst()
    {
        var clock = AnnualClock.For(K, 2024);

        var check = clock.CanProgress([Ek2024()]);
        var e = Assert.Throws<LifecycleException>(() => clock.Progress([], [Ek2024()], new LocalDate(2024, 12, 31)));

        Assert.Equal(LifecycleRules.RegionMismatch, check.Code);
        Assert.Equal(check.Code, e.Code);
        Assert.True(AnnualClock.For(EK, 2024).CanProgress([Ek2024()]).IsAllowed);
    }

    [Fact]
    public void TryEvaluate_WithPhenomenonReports_GivesWhatEvaluateGives()
    {
        var report = Ek2024();
        var year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

        Assert.True(Evaluator.TryEvaluate(EK, year, [], [], [report], [], [], out var evaluation, out var error));

        Assert.Null(error);
        Assert.Equal(MetricStatus.Realized, evaluation.Results.Single(r => r.Metric.Id.Value == "phenomenon-report").Status);
        Assert.Equal(Evaluator.Evaluate(EK, 2024, [], [], [report], [], []).Results, evaluation.Results);
    }

    [Fact]
    public void TryEvaluate_WithAPhenomenonReportOfAnotherRegion_AnswersRegionMismatch_WithoutThrowing()
    {
        var year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

        Assert.False(Evaluator.TryEvaluate(K, year, [], [], [Ek2024()], [], [], out var evaluation, out var error));

        Assert.Null(evaluation);
        Assert.Equal(EvaluationException.RegionMismatchCode, error.Code);
        Assert.Contains("etela-karjala-phenomenon-2024", error.Message, StringComparison.Ordinal);
    }
}
