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
    public void Kinds_AreTheThreeJsonNames() =>
        Assert.Equal(["withinDays", "inMonths", "withinDaysAfterPeriodEnd"], StepDue.Kinds);
}
