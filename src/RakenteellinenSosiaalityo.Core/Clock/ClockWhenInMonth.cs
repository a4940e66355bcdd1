using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>A clock time "in this month every year" (JSON <c>{ "month": 12 }</c>): the whole month is the window.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ClockWhenInMonth : ClockWhen
{
    /// <summary>Creates the time.</summary>
    /// <param name="month">1–12, e.g. 12 for December.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1–12.</exception>
    public ClockWhenInMonth(int month) => Month = Guard.Against.OutOfRange(month, nameof(month), 1, 12);

    /// <summary>The month, 1 = January.</summary>
    public int Month { get; }

    /// <summary>Returns the time in words.</summary>
    /// <returns>For example <c>in month 12</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"in month {Month}");

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods)
    {
        yield return (MonthsOf(year, Month, Month), null);
    }
}
