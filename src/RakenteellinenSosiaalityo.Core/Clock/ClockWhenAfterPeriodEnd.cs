using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// A clock time "within this many days after each reporting period ends" (JSON <c>{ "withinDaysAfterPeriodEnd": 30 }</c>):
/// for each period whose next day falls in the year, the window from that day to <see cref="Days"/> days after the end.
/// </summary>
/// <remarks>A window may run past 31 December; it belongs to the year it starts in. Immutable; compares by value.</remarks>
public sealed record ClockWhenAfterPeriodEnd : ClockWhen
{
    /// <summary>Creates the time.</summary>
    /// <param name="days">1–366.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public ClockWhenAfterPeriodEnd(int days) => Days = Guard.Against.OutOfRange(days, nameof(days), 1, 366);

    /// <summary>The days after a period's end, 1–366.</summary>
    public int Days { get; }

    /// <summary>Returns the time in words.</summary>
    /// <returns>For example <c>within 30 days after each reporting period</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"within {Days} days after each reporting period");

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods)
    {
        // A period whose day after falls in this year: it ends between 31.12. of the year before and 30.12.
        var ends = new DateInterval(new LocalDate(year - 1, 12, 31), new LocalDate(year, 12, 30));
        return periods.PeriodsOverlapping(ends)
            .Where(p => ends.Contains(p.End))
            .Select(p => (new DateInterval(p.End.PlusDays(1), p.End.PlusDays(Days)), (ReportingPeriod?)p));
    }
}
