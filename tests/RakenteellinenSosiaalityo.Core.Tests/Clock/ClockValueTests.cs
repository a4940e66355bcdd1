using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Clock.ClockFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Clock;

/// <summary>
/// The clock's values (issue 16): the words each kind of time prints (its documented form), the guards of rules,
/// activities and times at their bounds, value equality, and a clock's rule found by id.
/// </summary>
public sealed class ClockValueTests
{
    private static readonly LocalizedText MeetingLabel = new("Verkoston tapaaminen", "Nätverksmöte", "Network meeting");

    public static TheoryData<ClockWhen, string> Words => new()
    {
        { ClockWhen.OnDate(new AnnualDate(12, 1)), "on 1.12." },
        { ClockWhen.InMonth(12), "in month 12" },
        { ClockWhen.InMonths(8, 1), "in months 8, 1" },
        { ClockWhen.Monthly(), "monthly" },
        { ClockWhen.Monthly(4, 7), "monthly except 4, 7" },
        { ClockWhen.InQuarterPart(1, QuarterPart.Start), "at the start of Q1" },
        { ClockWhen.InQuarterPart(4, QuarterPart.End), "at the end of Q4" },
        { ClockWhen.InQuarterPart(2, QuarterPart.Within), "in Q2" },
        { ClockWhen.Times(4), "4 times a year" },
        { ClockWhen.AfterPeriodEnd(30), "within 30 days after each reporting period" },
        { ClockWhen.OnPeriodEnds(), "on the last day of each reporting period" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void EachKindOfTime_PrintsItsDocumentedWords(ClockWhen when, string expected) =>
        Assert.Equal(expected, when.ToString());

    [Fact]
    public void Rule_PrintsIdActivityAndTime() =>
        Assert.Equal("network-meeting (Meeting, monthly except 7)", Rule("network-meeting", ClockWhen.Monthly(7)).ToString());

    [Fact]
    public void Times_AtTheBounds_GiveOneWindowAYear_AndOneAMonth()
    {
        var periods = Minimal.ReportingPeriods;

        Assert.Equal(new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 12, 31)), Assert.Single(ClockWhen.Times(1).WindowsIn(2025, periods)).Window);
        Assert.Equal(Enumerable.Range(1, 12), ClockWhen.Times(12).WindowsIn(2025, periods).Select(w => w.Window.Start.Month));
        Assert.All(ClockWhen.Times(12).WindowsIn(2025, periods), w => Assert.Equal(w.Window.Start.Month, w.Window.End.Month));
        Assert.Equal(12, ClockWhen.Monthly().WindowsIn(2025, periods).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    public void TimeOfAMonthOutside1To12_IsRefused(int month)
    {
        Assert.Equal("month", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.InMonth(month)).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.InMonths(1, month)).ParamName);
        Assert.Equal("except", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.Monthly(month)).ParamName);
        Assert.Equal("times", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.Times(month)).ParamName);
    }

    [Fact]
    public void TimesAtTheirOtherBounds_AreRefusedOrBuilt()
    {
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.AfterPeriodEnd(0)).ParamName);
        Assert.Equal("days", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.AfterPeriodEnd(367)).ParamName);
        Assert.Equal(366, ((ClockWhenAfterPeriodEnd)ClockWhen.AfterPeriodEnd(366)).Days);
        Assert.Equal("quarter", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.InQuarterPart(0, QuarterPart.End)).ParamName);
        Assert.Equal("part", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.InQuarterPart(1, (QuarterPart)3)).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentNullException>(() => new ClockWhenInMonths(null!)).ParamName);
        Assert.Equal("except", Assert.Throws<ArgumentNullException>(() => new ClockWhenMonthly(null!)).ParamName);
        var none = Assert.Throws<ArgumentException>(() => ClockWhen.InMonths());
        Assert.Equal("months", none.ParamName);
        Assert.StartsWith("months lists at least one month.", none.Message, StringComparison.Ordinal);
        Assert.Equal("months", Assert.Throws<ArgumentException>(() => ClockWhen.InMonths(3, 3)).ParamName);
        Assert.Equal([12], ClockWhen.Monthly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11).WindowsIn(2025, Minimal.ReportingPeriods).Select(w => w.Window.Start.Month));
    }

    [Theory]
    [InlineData(AnnualClock.MinYear - 1)]
    [InlineData(AnnualClock.MaxYear + 1)]
    public void WindowsIn_AYearNoClockHas_IsRefused(int year) =>
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.InMonth(1).WindowsIn(year, Minimal.ReportingPeriods)).ParamName);

    [Fact]
    public void WindowsIn_TheFirstAndLastYears_AndNullPeriods()
    {
        Assert.Equal(AnnualClock.MinYear, Assert.Single(ClockWhen.InMonth(1).WindowsIn(AnnualClock.MinYear, Minimal.ReportingPeriods)).Window.Start.Year);
        Assert.Equal(AnnualClock.MaxYear, Assert.Single(ClockWhen.InMonth(12).WindowsIn(AnnualClock.MaxYear, Minimal.ReportingPeriods)).Window.End.Year);
        Assert.Equal("periods", Assert.Throws<ArgumentNullException>(() => ClockWhen.InMonth(1).WindowsIn(2025, null!)).ParamName);
    }

    [Fact]
    public void Times_CompareByValue_TheirListsIncluded()
    {
        Assert.Equal(ClockWhen.InMonths(1, 8), ClockWhen.InMonths(1, 8));
        Assert.Equal(ClockWhen.InMonths(1, 8).GetHashCode(), ClockWhen.InMonths(1, 8).GetHashCode());
        Assert.NotEqual(ClockWhen.InMonths(1, 8), ClockWhen.InMonths(1, 9));
        Assert.Equal(ClockWhen.Monthly(7), ClockWhen.Monthly(7));
        Assert.NotEqual(ClockWhen.Monthly(7), ClockWhen.Monthly(6));
        Assert.NotEqual(ClockWhen.InQuarterPart(1, QuarterPart.Start), ClockWhen.InQuarterPart(1, QuarterPart.End));
        Assert.Equal(ClockWhen.OnPeriodEnds(), ClockWhen.OnPeriodEnds());
    }

    [Fact]
    public void Rule_GuardsEachValue_NamingIt()
    {
        var rule = Rule("network-meeting", ClockWhen.InMonth(1));

        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => rule with { Id = default }).ParamName);
        var noActor = Assert.Throws<ArgumentException>(() => rule with { Responsible = default });
        Assert.Equal("Responsible", noActor.ParamName);
        Assert.StartsWith("The default ActorId names no actor.", noActor.Message, StringComparison.Ordinal);
        Assert.Equal("Label", Assert.Throws<ArgumentNullException>(() => rule with { Label = null! }).ParamName);
        Assert.Equal("When", Assert.Throws<ArgumentNullException>(() => rule with { When = null! }).ParamName);
        Assert.Equal("Participants", Assert.ThrowsAny<ArgumentException>(() => rule with { Participants = [null!] }).ParamName);
        Assert.Empty(rule.Participants);
        Assert.Empty((rule with { Participants = null! }).Participants);
    }

    [Fact]
    public void Definition_FindsARuleById_OrNone_AndRefusesNullRules()
    {
        var meeting = Rule("network-meeting", ClockWhen.InMonth(1));
        var review = Rule("plan-review", ClockWhen.InMonth(12));
        var clock = new ClockDefinition([meeting, review]);

        Assert.Same(review, clock.FindRule(new ClockRuleId("plan-review")));
        Assert.Null(clock.FindRule(new ClockRuleId("no-such-rule")));
        Assert.Empty(new ClockDefinition(null).Rules);
        Assert.Equal("rules", Assert.ThrowsAny<ArgumentException>(() => new ClockDefinition([meeting, null!])).ParamName);
    }

    [Fact]
    public void Activity_PrintsItsDaysIdAndFinnishLabel_OneDayOrAWindow()
    {
        var rule = Rule("network-meeting", ClockWhen.InMonth(1), MeetingLabel);
        var day = new ScheduledActivity(rule, new DateInterval(new LocalDate(2025, 1, 14), new LocalDate(2025, 1, 14)), 1);
        var month = new ScheduledActivity(rule, new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 31)), 2);

        Assert.True(day.IsSingleDay);
        Assert.False(month.IsSingleDay);
        Assert.Equal("14.1.2025 network-meeting: Verkoston tapaaminen", day.ToString());
        Assert.Equal("1.1.2025–31.1.2025 network-meeting: Verkoston tapaaminen", month.ToString());
        Assert.Equal(new LocalDate(2025, 1, 31), month.End);
        Assert.Null(month.Period);
    }

    [Fact]
    public void Activity_GuardsItsValues_NamingThem()
    {
        var rule = Rule("network-meeting", ClockWhen.InMonth(1));
        var window = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 1, 31));

        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => new ScheduledActivity(null!, window, 1)).ParamName);
        Assert.Equal("window", Assert.Throws<ArgumentNullException>(() => new ScheduledActivity(rule, null!, 1)).ParamName);
        Assert.Equal("occurrence", Assert.Throws<ArgumentOutOfRangeException>(() => new ScheduledActivity(rule, window, 0)).ParamName);
        Assert.Equal(1, new ScheduledActivity(rule, window, 1).Occurrence);
        Assert.Equal(new ScheduledActivity(rule, window, 1), new ScheduledActivity(rule, window, 1));
        Assert.NotEqual(new ScheduledActivity(rule, window, 1), new ScheduledActivity(rule, window, 2));
    }

    [Fact]
    public void Completion_PrintsRuleIdAndFinnishDate() =>
        Assert.Equal("network-meeting 14.1.2025", new ActivityCompletion(new ClockRuleId("network-meeting"), new LocalDate(2025, 1, 14)).ToString());

    [Fact]
    public void InvalidRuleId_AndUnknownQuarterPart_SayWhatTheyAre()
    {
        var id = Assert.Throws<ArgumentException>(() => new ClockRuleId("Not An Id"));
        var part = Assert.Throws<ArgumentOutOfRangeException>(() => ClockWhen.InQuarterPart(1, (QuarterPart)9));

        Assert.Contains("clock rule id", id.Message, StringComparison.Ordinal);
        Assert.Equal("part", part.ParamName);
        Assert.StartsWith("Unknown part of a quarter.", part.Message, StringComparison.Ordinal);
    }

    // Activities starting on the same day: the shorter (earlier end) first, then the profile's rule order.
    [Fact]
    public void Activities_StartingTheSameDay_AreOrderedByTheirEnd()
    {
        var month = Rule("whole-march", ClockWhen.InMonth(3));
        var day = Rule("first-of-march", ClockWhen.OnDate(new AnnualDate(3, 1)));

        var clock = AnnualClock.For(Minimal with { Clock = new ClockDefinition([month, day]) }, 2025);

        Assert.Equal(["first-of-march", "whole-march"], clock.Activities.Select(a => a.Rule.Id.Value));
    }
}
