using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Regions;
using static RakenteellinenSosiaalityo.Core.Tests.Clock.ClockFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Clock;

public sealed class AnnualClockTests
{
    private static AnnualClock ClockOf(int year, params ClockRule[] rules) =>
        AnnualClock.For(Minimal with { Clock = new ClockDefinition(rules) }, year);

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    [Fact]
    public void ProfileWithoutClock_GivesAnEmptyClock()
    {
        Assert.Null(Minimal.Clock);
        Assert.Empty(AnnualClock.For(Minimal, 2025).Activities);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void YearOutsideTheSupportedRange_Throws(int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => AnnualClock.For(Minimal, year));

    [Fact]
    public void EachKindOfTime_GivesItsWindows()
    {
        var clock = ClockOf(
            2025,
            Rule("date", ClockWhen.OnDate(new AnnualDate(3, 15))),
            Rule("month", ClockWhen.InMonth(12)),
            Rule("months", ClockWhen.InMonths(8, 1)),
            Rule("monthly", ClockWhen.Monthly(7)),
            Rule("q-start", ClockWhen.InQuarterPart(2, QuarterPart.Start)),
            Rule("q-end", ClockWhen.InQuarterPart(2, QuarterPart.End)),
            Rule("q-within", ClockWhen.InQuarterPart(2, QuarterPart.Within)),
            Rule("times", ClockWhen.Times(5)),
            Rule("after", ClockWhen.AfterPeriodEnd(10)),
            Rule("ends", ClockWhen.OnPeriodEnds()));

        DateInterval[] Of(string id) => clock.Activities.Where(a => a.Rule.Id.Value == id).Select(a => a.Window).ToArray();
        DateInterval W(LocalDate a, LocalDate b) => new(a, b);

        Assert.Equal([W(D(2025, 3, 15), D(2025, 3, 15))], Of("date"));
        Assert.Equal([W(D(2025, 12, 1), D(2025, 12, 31))], Of("month"));
        Assert.Equal([W(D(2025, 1, 1), D(2025, 1, 31)), W(D(2025, 8, 1), D(2025, 8, 31))], Of("months"));
        Assert.Equal(11, Of("monthly").Length);
        Assert.DoesNotContain(Of("monthly"), w => w.Start.Month == 7);
        Assert.Equal([W(D(2025, 4, 1), D(2025, 4, 30))], Of("q-start"));
        Assert.Equal([W(D(2025, 6, 1), D(2025, 6, 30))], Of("q-end"));
        Assert.Equal([W(D(2025, 4, 1), D(2025, 6, 30))], Of("q-within"));

        // 5 times a year: Jan–Feb, Mar–Apr, May–Jul, Aug–Sep, Oct–Dec.
        Assert.Equal(
            [W(D(2025, 1, 1), D(2025, 2, 28)), W(D(2025, 3, 1), D(2025, 4, 30)), W(D(2025, 5, 1), D(2025, 7, 31)), W(D(2025, 8, 1), D(2025, 9, 30)), W(D(2025, 10, 1), D(2025, 12, 31))],
            Of("times"));

        // The minimal profile's quarters: the period ending 31.12.2024 is followed in 2025; the one ending 31.12.2025 is not.
        Assert.Equal([D(2025, 1, 1), D(2025, 4, 1), D(2025, 7, 1), D(2025, 10, 1)], Of("after").Select(w => w.Start));
        Assert.All(Of("after"), w => Assert.Equal(w.Start.PlusDays(9), w.End));
        Assert.Equal([D(2025, 3, 31), D(2025, 6, 30), D(2025, 9, 30), D(2025, 12, 31)], Of("ends").Select(w => w.Start));
    }

    [Fact]
    public void LeapDay_FallsOn28February_InACommonYear()
    {
        Assert.Equal(D(2025, 2, 28), ClockOf(2025, Rule("leap", ClockWhen.OnDate(new AnnualDate(2, 29)))).Activities[0].Start);
        Assert.Equal(D(2028, 2, 29), ClockOf(2028, Rule("leap", ClockWhen.OnDate(new AnnualDate(2, 29)))).Activities[0].Start);
    }

    [Fact]
    public void Activities_AreSortedByStartEndThenRuleOrder_AndNumberedPerRule()
    {
        var clock = ClockOf(2025, Rule("b-monthly", ClockWhen.Monthly()), Rule("a-january", ClockWhen.InMonth(1)), Rule("a-quarter", ClockWhen.InQuarterPart(1, QuarterPart.Within)));

        Assert.Equal(["b-monthly", "a-january", "a-quarter", "b-monthly"], clock.Activities.Take(4).Select(a => a.Rule.Id.Value));
        Assert.Equal(Enumerable.Range(1, 12), clock.Activities.Where(a => a.Rule.Id.Value == "b-monthly").Select(a => a.Occurrence));
        Assert.Equal(clock.Activities, ClockOf(2025, Rule("b-monthly", ClockWhen.Monthly()), Rule("a-january", ClockWhen.InMonth(1)), Rule("a-quarter", ClockWhen.InQuarterPart(1, QuarterPart.Within))).Activities);
    }

    [Fact]
    public void Between_GivesActivitiesOverlappingTheRange()
    {
        var clock = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);

        var march = clock.Between(D(2025, 3, 10), D(2025, 3, 10));

        Assert.Contains(march, a => a.Rule.Id.Value == "network-meeting" && a.Start.Month == 3);
        Assert.Contains(march, a => a.Rule.Id.Value == "wellbeing-report-contribution");
        Assert.Contains(march, a => a.Rule.Id.Value == "phenomenon-theme-selection");
        Assert.DoesNotContain(march, a => a.Rule.Id.Value == "compilation");
        Assert.All(march, a => Assert.True(a.Window.Contains(D(2025, 3, 10))));
        Assert.Throws<ArgumentException>(() => clock.Between(D(2025, 3, 10), D(2025, 3, 9)));
    }

    [Fact]
    public void NextDue_GivesTheEarliestDueNotYetPassed()
    {
        var clock = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);

        var next = clock.NextDue(D(2025, 8, 15), 3);

        Assert.Equal(3, next.Count);
        Assert.All(next, a => Assert.Equal(D(2025, 8, 31), a.End));
        Assert.Empty(clock.NextDue(D(2026, 1, 1), 5));
        Assert.Throws<ArgumentOutOfRangeException>(() => clock.NextDue(D(2025, 1, 1), 0));
    }

    // EK 3 goal 1 asks whether the 11 meetings happened: completions mark activities done, the rest are overdue or upcoming.
    [Fact]
    public void Progress_MarksDoneOverdueAndUpcoming_AndReportsUnmatchedCompletions()
    {
        var clock = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);
        ActivityCompletion[] happened =
        [
            new(new ClockRuleId("network-meeting"), D(2025, 1, 14)),
            new(new ClockRuleId("network-meeting"), D(2025, 1, 28)), // a second meeting in January: nothing left to match
            new(new ClockRuleId("compilation"), D(2025, 2, 10)), // compilations are in January and August
            new(new ClockRuleId("no-such-rule"), D(2025, 2, 1)),
            new(new ClockRuleId("network-meeting"), D(2025, 3, 11)),
            new(new ClockRuleId("network-meeting"), D(2025, 10, 7)), // after the as-of date: ignored
        ];

        var progress = clock.Progress(happened, D(2025, 3, 15));

        Assert.Equal([1, 3], progress.Done.Select(a => a.Start.Month));
        Assert.Contains(progress.Overdue, a => a.Rule.Id.Value == "network-meeting" && a.Start.Month == 2);
        Assert.Contains(progress.Overdue, a => a.Rule.Id.Value == "compilation" && a.Start.Month == 1);
        Assert.Contains(progress.Upcoming, a => a.Rule.Id.Value == "phenomenon-theme-selection");
        Assert.Equal(
            [new ActivityCompletion(new ClockRuleId("network-meeting"), D(2025, 1, 28)), new ActivityCompletion(new ClockRuleId("no-such-rule"), D(2025, 2, 1)), new ActivityCompletion(new ClockRuleId("compilation"), D(2025, 2, 10))],
            progress.Unmatched);
        Assert.Equal(clock.Activities.Count, progress.Done.Count + progress.Overdue.Count + progress.Upcoming.Count);
    }

    [Fact]
    public void ClockWhen_RejectsValuesOutOfRange_AndRepeatedOrAllMonths()
    {
        // "None or two kinds" cannot be built any more (each kind is its own type); the JSON check refuses it (ClockJsonValidationTests).
        Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.InMonth(13));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.InQuarterPart(5, QuarterPart.Start));
        Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.Times(13));
        Assert.Throws<ArgumentException>(() => ClockWhen.InMonths(1, 1));
        Assert.Throws<ArgumentException>(() => ClockWhen.Monthly(Enumerable.Range(1, 12).ToArray()));
        Assert.Equal("monthly except 7", ClockWhen.Monthly(7).ToString());
    }

    [Fact]
    public void ClockRule_GuardsItsValues()
    {
        Assert.Throws<ArgumentException>(() => Rule("Not A Slug", ClockWhen.InMonth(1)));
        Assert.Throws<ArgumentException>(() => Rule("x", ClockWhen.InMonth(1)) with { Responsible = default });
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => Rule("x", ClockWhen.InMonth(1)) with { Activity = (ActivityKind)99 });
    }
}
