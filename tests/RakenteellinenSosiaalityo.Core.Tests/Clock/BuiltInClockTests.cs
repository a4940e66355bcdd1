using NodaTime;
using NodaTime.Text;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Clock;

/// <summary>Pins the built-in clocks against the plans in ../shared/seeds (K = Kymenlaakso, EK = Etelä-Karjala).</summary>
public sealed class BuiltInClockTests
{
    private static readonly AnnualClock EK2025 = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);
    private static readonly AnnualClock K2025 = AnnualClock.For(BuiltInRegions.Kymenlaakso, 2025);

    // EK 3 goal 1: "Sosiaalityön verkoston tapaamiset toteutuvat suunnitellusti vuonna 2025 (11 x)";
    // EK 5.3: monthly except for the summer break; Q2's meetings are phenomenon workshops instead.
    [Fact]
    public void EK3_And_EK53_NetworkMeetsElevenTimesIn2025_NoneInJuly_Q2AreWorkshops()
    {
        var network = EK2025.Activities
            .Where(a => a.Rule.Responsible.Value == "network" && a.Rule.Activity is ActivityKind.Meeting or ActivityKind.Workshop)
            .ToList();

        Assert.Equal(11, network.Count);
        Assert.DoesNotContain(network, a => a.Start.Month == 7 || a.End.Month == 7);
        Assert.Equal([1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12], network.Select(a => a.Start.Month));
        Assert.All(network, a => Assert.Equal(a.Start.PlusMonths(1).PlusDays(-1), a.End));
        Assert.All(network.Where(a => a.Start.Month is 4 or 5 or 6), a => Assert.Equal(ActivityKind.Workshop, a.Rule.Activity));
        Assert.All(network.Where(a => a.Start.Month is not (4 or 5 or 6)), a => Assert.Equal(ActivityKind.Meeting, a.Rule.Activity));
    }

    // EK 3 and 5.3: compilations in January and August ("tammi- ja elokuussa").
    [Fact]
    public void EK53_CompilationsInJanuaryAndAugust_BySafetyExpert()
    {
        var compilations = EK2025.Activities.Where(a => a.Rule.Activity == ActivityKind.Compilation).ToList();

        Assert.Equal(
            [new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 31)), new DateInterval(new LocalDate(2025, 8, 1), new LocalDate(2025, 8, 31))],
            compilations.Select(a => a.Window));
        Assert.All(compilations, a => Assert.Equal("safety-expert", a.Rule.Responsible.Value));
    }

    // EK 5.3 "Korkeakouluyhteistyö": LAB attends the first spring and the first autumn meeting (January, and August after the July break).
    [Fact]
    public void EK53_LabAttendsTheFirstSpringAndAutumnMeetings()
    {
        var lab = EK2025.Activities.Where(a => a.Rule.Participants.Any(p => p.Actor?.Value == "lab")).ToList();

        Assert.Equal([1, 8], lab.Select(a => a.Start.Month));
        var firstAutumnMeeting = EK2025.Activities.First(a => a.Rule.Id.Value == "network-meeting" && a.Start.Month > 7);
        Assert.Equal(firstAutumnMeeting.Window, lab[1].Window);
    }

    // EK 5.3 and annex 3 by quarter: Q1 contributions to the wellbeing report and, at its end, the theme; Q3 approval
    // and hand-over; Q4 feedback and planning; the plan reviewed in December (EK 2).
    [Theory]
    [InlineData("wellbeing-report-contribution", ActivityKind.ReportContribution, "2025-01-01", "2025-03-31")]
    [InlineData("phenomenon-theme-selection", ActivityKind.PhenomenonSelection, "2025-03-01", "2025-03-31")]
    [InlineData("phenomenon-report-approval", ActivityKind.Approval, "2025-07-01", "2025-09-30")]
    [InlineData("phenomenon-report-feedback", ActivityKind.Feedback, "2025-10-01", "2025-12-31")]
    [InlineData("next-year-planning", ActivityKind.Planning, "2025-12-01", "2025-12-31")]
    [InlineData("plan-review", ActivityKind.PlanReview, "2025-12-01", "2025-12-31")]
    public void EK53_Annex3_QuarterlyTasks(string ruleId, ActivityKind kind, string start, string end)
    {
        var activity = Assert.Single(EK2025.Activities, a => a.Rule.Id.Value == ruleId);

        Assert.Equal(kind, activity.Rule.Activity);
        Assert.Equal(new DateInterval(LocalDatePattern.Iso.Parse(start).Value, LocalDatePattern.Iso.Parse(end).Value), activity.Window);
        Assert.NotNull(activity.Rule.Source);
    }

    // EK 3: "Arjen tuen ja toimintakyvyn johtoryhmässä käsitellään tulleet sosiaaliset raportit kahdesti ... kevään ja syksyn alussa".
    [Fact]
    public void EK3_ArTuProcessesTheReportsTwice_AtTheStartOfSpringAndAutumn()
    {
        var artu = EK2025.Activities.Where(a => a.Rule.Responsible.Value == "artu").ToList();

        Assert.Equal([1, 8], artu.Select(a => a.Start.Month));
        Assert.All(artu, a => Assert.Equal(ActivityKind.Review, a.Rule.Activity));
    }

    // K 4.1: periods 1.12.–31.5. and 1.6.–30.11.; K 6: info sessions twice a year after the periods end.
    [Fact]
    public void K41_And_K6_PeriodsEndOn31MayAnd30November_InfoSessionsFollowEach()
    {
        var ends = K2025.Activities.Where(a => a.Rule.Activity == ActivityKind.PeriodEnd).ToList();
        var sessions = K2025.Activities.Where(a => a.Rule.Id.Value == "reporting-info-session").ToList();

        Assert.Equal([new LocalDate(2025, 5, 31), new LocalDate(2025, 11, 30)], ends.Select(a => a.Start));
        Assert.All(ends, a => Assert.True(a.IsSingleDay));
        Assert.Equal([new LocalDate(2025, 6, 1), new LocalDate(2025, 12, 1)], sessions.Select(a => a.Start));
        Assert.All(sessions, a => Assert.Equal(ActivityKind.InfoSession, a.Rule.Activity));
        Assert.Equal([new LocalDate(2025, 5, 31), new LocalDate(2025, 11, 30)], sessions.Select(a => a.Period!.Value.End));
    }

    // K 4.1: the winter period crosses the turn of the year: 1.12.2024–31.5.2025 is compiled in June 2025.
    [Fact]
    public void K41_YearCrossingPeriod_IsCompiledInTheYearItEnds()
    {
        var compilations = K2025.Activities.Where(a => a.Rule.Activity == ActivityKind.Compilation).ToList();

        Assert.Equal(2, compilations.Count);
        Assert.Equal(new LocalDate(2024, 12, 1), compilations[0].Period!.Value.Start);
        Assert.Equal(new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)), compilations[0].Window);
        Assert.Equal(new LocalDate(2025, 6, 1), compilations[1].Period!.Value.Start);
        Assert.Equal(new LocalDate(2025, 12, 1), compilations[1].Start);
    }

    // K 4.1: the December info session's window runs into the next year; it belongs to the year it starts in only.
    [Fact]
    public void K6_DecemberInfoSession_RunsIntoJanuary_AndIsNotRepeatedNextYear()
    {
        var december = K2025.Activities.Single(a => a.Rule.Id.Value == "reporting-info-session" && a.Start.Month == 12);
        var next = AnnualClock.For(BuiltInRegions.Kymenlaakso, 2026).Activities.Where(a => a.Rule.Id.Value == "reporting-info-session");

        Assert.Equal(new LocalDate(2026, 1, 29), december.End);
        Assert.Equal([new LocalDate(2026, 6, 1), new LocalDate(2026, 12, 1)], next.Select(a => a.Start));
    }

    // K 3.1 (groups meet on an agreed schedule: the assumed default is four times a year), K 6 (division infos four
    // times a year), K 4.1 (client relationship report yearly in the steering group) and K 7 (plan reviewed yearly).
    [Theory]
    [InlineData("working-group-meeting", 4)]
    [InlineData("steering-group-meeting", 4)]
    [InlineData("division-info", 4)]
    [InlineData("client-relationship-report-review", 1)]
    [InlineData("plan-review", 1)]
    public void K_YearlyCounts(string ruleId, int count)
    {
        var activities = K2025.Activities.Where(a => a.Rule.Id.Value == ruleId).ToList();

        Assert.Equal(count, activities.Count);
        Assert.Equal(new LocalDate(2025, 1, 1), activities[0].Start);
        Assert.Equal(new LocalDate(2025, 12, 31), activities[^1].End);
    }

    [Fact]
    public void K_ClientRelationshipReview_IsInTheSteeringGroup()
    {
        var rule = BuiltInRegions.Kymenlaakso.Clock!.FindRule(new ClockRuleId("client-relationship-report-review"))!;

        Assert.Equal("steering-group", rule.Responsible.Value);
        Assert.Equal(ActivityKind.Review, rule.Activity);
    }

    // A leap year: the winter period 1.12.2027–29.2.2028–31.5.2028 still ends on 31 May; February windows hold the 29th.
    [Fact]
    public void LeapYear2028_PeriodEndsAndMonthWindowsAreRight()
    {
        var k = AnnualClock.For(BuiltInRegions.Kymenlaakso, 2028);
        var ek = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2028);

        Assert.Equal([new LocalDate(2028, 5, 31), new LocalDate(2028, 11, 30)], k.Activities.Where(a => a.Rule.Activity == ActivityKind.PeriodEnd).Select(a => a.Start));
        Assert.Equal(183, k.Activities.First(a => a.Rule.Activity == ActivityKind.PeriodEnd).Period!.Value.LengthInDays);
        var february = ek.Activities.Single(a => a.Rule.Id.Value == "network-meeting" && a.Start.Month == 2);
        Assert.Equal(new LocalDate(2028, 2, 29), february.End);
        Assert.Equal(11, ek.Activities.Count(a => a.Rule.Responsible.Value == "network" && a.Rule.Activity is ActivityKind.Meeting or ActivityKind.Workshop));
    }

    [Fact]
    public void BuiltInClocks_RecordTheirAssumptions()
    {
        Assert.Contains(BuiltInRegions.Kymenlaakso.Assumptions, a => a.Subject == "clock" && a.Text.En!.Contains("four times a year", StringComparison.Ordinal));
        Assert.Contains(BuiltInRegions.EtelaKarjala.Assumptions, a => a.Subject == "clock" && a.Text.En!.Contains("July", StringComparison.Ordinal));
    }

    [Fact]
    public void EveryBuiltInRule_NamesItsPlanSection_AndHasThreeLanguages()
    {
        foreach (var profile in new[] { BuiltInRegions.Kymenlaakso, BuiltInRegions.EtelaKarjala })
        {
            Assert.NotEmpty(profile.Clock!.Rules);
            Assert.All(profile.Clock.Rules, r =>
            {
                Assert.False(string.IsNullOrWhiteSpace(r.Source));
                Assert.NotNull(r.Label.Sv);
                Assert.NotNull(r.Label.En);
                Assert.NotNull(profile.FindActor(r.Responsible));
            });
        }
    }
}
