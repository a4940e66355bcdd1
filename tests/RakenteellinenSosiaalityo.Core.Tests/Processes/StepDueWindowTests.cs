using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Tests.Processes;

/// <summary>
/// When a step is due for a period, asked of each kind of due rule itself (issue 16: the Processes/ rotation runs the
/// process tests, which did not ask the rules for their windows).
/// </summary>
public sealed class StepDueWindowTests
{
    // K 4.1: the winter period 1.12.2025–31.5.2026.
    private static readonly ReportingPeriod Winter = new(new LocalDate(2025, 12, 1), new LocalDate(2026, 5, 31));

    [Fact]
    public void AfterPeriodEnd_IsTheDaysRightAfterTheLastDay()
    {
        Assert.Equal(new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 30)), StepDue.AfterPeriodEnd(30).WindowFor(Winter));
        Assert.Equal(new DateInterval(new LocalDate(2026, 6, 1), new LocalDate(2026, 6, 1)), StepDue.AfterPeriodEnd(1).WindowFor(Winter));
    }

    [Fact]
    public void WithinDaysOfThePreviousStep_HasNoWindowOfThePeriod() =>
        Assert.Null(StepDue.WithinDaysAfterPrevious(14).WindowFor(Winter));

    // EK 4.1 and 5.3: compiled in January and August; the spring period (to 30.6.) in August, the autumn one in January.
    [Fact]
    public void InMonths_IsTheFirstListedMonthAfterThePeriod_Whole()
    {
        var due = StepDue.InMonthsOf(1, 8);

        Assert.Equal(
            new DateInterval(new LocalDate(2025, 8, 1), new LocalDate(2025, 8, 31)),
            due.WindowFor(new ReportingPeriod(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30))));
        Assert.Equal(
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)),
            due.WindowFor(new ReportingPeriod(new LocalDate(2025, 7, 1), new LocalDate(2025, 12, 31))));
    }

    // A run of consecutive listed months is one window (the first quarter), also across the turn of the year.
    [Fact]
    public void InMonths_ConsecutiveMonths_AreOneWindow_AcrossTheTurnOfTheYear()
    {
        var autumn = new ReportingPeriod(new LocalDate(2025, 7, 1), new LocalDate(2025, 10, 31));

        Assert.Equal(
            new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2026, 2, 28)),
            StepDue.InMonthsOf(12, 1, 11, 2, 6).WindowFor(autumn));
        Assert.Equal(
            new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)),
            StepDue.InMonthsOf(1, 2, 3).WindowFor(new ReportingPeriod(new LocalDate(2025, 7, 1), new LocalDate(2025, 12, 31))));

        // Every month listed: the twelve months after the period, no more.
        Assert.Equal(
            new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2026, 10, 31)),
            StepDue.InMonthsOf(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12).WindowFor(autumn));
    }

    // A period ending inside a listed month: the window starts the day after the period, not at the month's start.
    [Fact]
    public void InMonths_APeriodEndingInsideAListedMonth_IsDueFromTheDayAfter()
    {
        var period = new ReportingPeriod(new LocalDate(2025, 1, 1), new LocalDate(2025, 8, 14));

        Assert.Equal(new DateInterval(new LocalDate(2025, 8, 15), new LocalDate(2025, 8, 31)), StepDue.InMonthsOf(1, 8).WindowFor(period));
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)), StepDue.InMonthsOf(1, 7).WindowFor(period));
    }

    [Fact]
    public void InMonths_GuardsItsMonths_NamingThem()
    {
        Assert.Equal("months", Assert.Throws<ArgumentNullException>(() => new StepDueInMonths(null!)).ParamName);
        var outside = Assert.Throws<ArgumentException>(() => StepDue.InMonthsOf(1, 13));
        Assert.Equal("months", outside.ParamName);
        Assert.StartsWith("inMonths lists one or more distinct months, each 1–12.", outside.Message, StringComparison.Ordinal);
        Assert.Equal("months", Assert.Throws<ArgumentException>(() => StepDue.InMonthsOf(0, 5)).ParamName);
        Assert.Equal("months", Assert.Throws<ArgumentException>(() => StepDue.InMonthsOf(5, 5)).ParamName);
        Assert.Equal([12], ((StepDueInMonths)StepDue.InMonthsOf(12)).Months);
        Assert.Equal("in months 8, 1", StepDue.InMonthsOf(8, 1).ToString());
    }

    [Fact]
    public void DefaultPeriod_IsRefusedByEveryKind()
    {
        foreach (var due in new[] { StepDue.AfterPeriodEnd(30), StepDue.WithinDaysAfterPrevious(14), StepDue.InMonthsOf(1, 8) })
        {
            var e = Assert.Throws<ArgumentException>(() => due.WindowFor(default));
            Assert.Equal("period", e.ParamName);
        }
    }

    [Fact]
    public void EachKind_AnswersOnlyItsOwnProperty_AndSaysItselfInWords()
    {
        var within = StepDue.WithinDaysAfterPrevious(14);
        var months = StepDue.InMonthsOf(1, 8);
        var after = StepDue.AfterPeriodEnd(30);

        Assert.Equal((14, null, null), (within.WithinDays, within.InMonths, within.WithinDaysAfterPeriodEnd));
        Assert.Equal([1, 8], months.InMonths);
        Assert.Equal((null, null), (months.WithinDays, months.WithinDaysAfterPeriodEnd));
        Assert.Equal((null, null, 30), (after.WithinDays, after.InMonths, after.WithinDaysAfterPeriodEnd));
        Assert.Equal("within 14 days of the previous step", within.ToString());
        Assert.Equal("in months 1, 8", months.ToString());
        Assert.Equal("within 30 days after the reporting period ends", after.ToString());
    }

    [Fact]
    public void Kinds_AreTheThreeJsonNames() =>
        Assert.Equal(["withinDays", "inMonths", "withinDaysAfterPeriodEnd"], StepDue.Kinds);
}
