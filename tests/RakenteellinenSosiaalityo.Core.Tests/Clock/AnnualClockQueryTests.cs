using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Phenomena;
using static RakenteellinenSosiaalityo.Core.Tests.Clock.ClockFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Clock;

/// <summary>
/// The annual clock's queries at their boundaries (issue 16): a window ending or starting on the day asked, a
/// completion on the judging day, an activity due on the judging day, completions given out of order, and the guards.
/// </summary>
public sealed class AnnualClockQueryTests
{
    private static LocalDate D(int month, int day) => new(2025, month, day);

    // January (1.1.–31.1.), a day in February (10.2.) and the first quarter (1.1.–31.3.); the clock's order is by first
    // day, then last day: january, first-quarter, february-day.
    private static AnnualClock Small() => AnnualClock.For(
        Minimal with
        {
            Clock = new ClockDefinition([Rule("january", ClockWhen.InMonth(1)), Rule("february-day", ClockWhen.OnDate(new AnnualDate(2, 10))), Rule("first-quarter", ClockWhen.InQuarterPart(1, QuarterPart.Within))]),
        },
        2025);

    private static string[] Ids(IEnumerable<ScheduledActivity> activities) => activities.Select(a => a.Rule.Id.Value).ToArray();

    [Fact]
    public void Between_IncludesAWindowEndingOnTheFirstDay_AndOneStartingOnTheLastDay()
    {
        var clock = Small();

        Assert.Equal(["january", "first-quarter"], Ids(clock.Between(D(1, 31), D(1, 31))));
        Assert.Equal(["january", "first-quarter"], Ids(clock.Between(D(1, 1), D(1, 1))));
        Assert.Equal(["first-quarter"], Ids(clock.Between(D(2, 11), D(2, 28))));
        Assert.Equal(["first-quarter", "february-day"], Ids(clock.Between(D(2, 1), D(2, 10))));
        Assert.Empty(clock.Between(D(4, 1), D(12, 31)));
    }

    [Fact]
    public void Between_ARangeEndingBeforeItStarts_IsRefused_NamingBothDays()
    {
        var e = Assert.Throws<ArgumentException>(() => Small().Between(D(3, 10), D(3, 9)));

        Assert.Equal("to", e.ParamName);
        Assert.StartsWith("The range ends (9.3.2025) before it starts (10.3.2025).", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NextDue_IncludesTheActivityDueOnTheDay_AndOrdersByDueDate()
    {
        var clock = Small();

        Assert.Equal(["january", "february-day", "first-quarter"], Ids(clock.NextDue(D(1, 31), 10)));
        Assert.Equal(["january", "february-day"], Ids(clock.NextDue(D(1, 31), 2)));

        // The quarter started before 10.2. but is due later: the one-day activity comes first.
        Assert.Equal(["february-day"], Ids(clock.NextDue(D(2, 1), 1)));
        Assert.Equal(["first-quarter"], Ids(clock.NextDue(D(2, 11), 1)));
        Assert.Equal(1, Assert.Single(clock.NextDue(D(1, 1), 1)).Occurrence);
        Assert.Equal("count", Assert.Throws<ArgumentOutOfRangeException>(() => clock.NextDue(D(1, 1), 0)).ParamName);
    }

    [Fact]
    public void Progress_ACompletionOnTheJudgingDay_Counts_AndAnActivityDueThatDay_IsUpcomingNotOverdue()
    {
        var clock = Small();
        var january = new ActivityCompletion(new ClockRuleId("january"), D(1, 31));

        var onTheDay = clock.Progress([january], D(1, 31));
        var dueThatDay = clock.Progress([], D(1, 31));
        var dayAfter = clock.Progress([], D(2, 1));

        Assert.Equal(["january"], Ids(onTheDay.Done));
        Assert.Empty(onTheDay.Unmatched);
        Assert.Equal(D(1, 31), onTheDay.AsOf);
        Assert.Empty(dueThatDay.Overdue);
        Assert.Equal(["january", "first-quarter", "february-day"], Ids(dueThatDay.Upcoming));
        Assert.Equal(["january"], Ids(dayAfter.Overdue));
        Assert.Equal(["first-quarter", "february-day"], Ids(dayAfter.Upcoming));
    }

    [Fact]
    public void Progress_CompletionsGivenOutOfOrder_AreMatchedInDateOrder_ToOverlappingWindows()
    {
        // Within 100 days after each quarter: the window after 31.12.2024 (1.1.–10.4.) overlaps the next (1.4.–9.7.).
        var clock = AnnualClock.For(Minimal with { Clock = new ClockDefinition([Rule("follow-up", ClockWhen.AfterPeriodEnd(100))]) }, 2025);
        Assert.Equal(new DateInterval(D(1, 1), D(4, 10)), clock.Activities[0].Window);
        Assert.Equal(new DateInterval(D(4, 1), D(7, 9)), clock.Activities[1].Window);
        var id = new ClockRuleId("follow-up");

        // 5.4. given first: matched in date order, 15.1. takes the first window and 5.4. the second.
        var progress = clock.Progress([new(id, D(4, 5)), new(id, D(1, 15))], D(12, 31));

        Assert.Equal([clock.Activities[0], clock.Activities[1]], progress.Done);
        Assert.Empty(progress.Unmatched);
    }

    [Fact]
    public void Progress_UnmatchedCompletions_AreListedByDateThenRuleId()
    {
        ActivityCompletion zz = new(new ClockRuleId("zz-unknown"), D(3, 1)), aa = new(new ClockRuleId("aa-unknown"), D(3, 1)), early = new(new ClockRuleId("mm-unknown"), D(2, 1));

        var progress = Small().Progress([zz, aa, early], D(12, 31));

        Assert.Equal([early, aa, zz], progress.Unmatched);
        Assert.Equal(["january", "first-quarter", "february-day"], Ids(progress.Overdue));
    }

    [Fact]
    public void Progress_And_CanProgress_RefuseNullArguments_NamingThem()
    {
        var clock = Small();

        Assert.Equal("completions", Assert.Throws<ArgumentNullException>(() => clock.Progress(null!, D(1, 1))).ParamName);
        Assert.Equal("completions", Assert.Throws<ArgumentNullException>(() => clock.Progress(null!, [], D(1, 1))).ParamName);
        Assert.Equal("phenomenonReports", Assert.Throws<ArgumentNullException>(() => clock.Progress([], (IEnumerable<PhenomenonReport>)null!, D(1, 1))).ParamName);
        Assert.Equal("phenomenonReports", Assert.Throws<ArgumentNullException>(() => clock.Progress([], [null!], D(1, 1))).ParamName);
        Assert.Equal("phenomenonReports", Assert.Throws<ArgumentNullException>(() => clock.CanProgress(null!)).ParamName);
        Assert.Equal("phenomenonReports", Assert.Throws<ArgumentNullException>(() => clock.CanProgress([null!])).ParamName);
        Assert.True(clock.CanProgress([]).IsAllowed);
        Assert.Equal(clock.Progress([], D(3, 1)), clock.Progress([], [], D(3, 1)));
    }

    [Fact]
    public void For_TheFirstAndLastYears_AreBuilt_AndANullProfileIsRefused()
    {
        Assert.Equal(AnnualClock.MinYear, AnnualClock.For(Minimal, AnnualClock.MinYear).Year);
        Assert.Equal(AnnualClock.MaxYear, AnnualClock.For(Minimal, AnnualClock.MaxYear).Year);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => AnnualClock.For(null!, 2025)).ParamName);
        Assert.Same(Minimal, AnnualClock.For(Minimal, 2025).Profile);
    }

    [Fact]
    public void ToString_NamesRegionYearAndCount() =>
        Assert.Equal("testiniemi 2025: 3 activities", Small().ToString());
}
