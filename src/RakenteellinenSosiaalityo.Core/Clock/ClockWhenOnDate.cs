using System.Globalization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>A clock time "on this day every year" (JSON <c>{ "date": "12-01" }</c>): a one-day window; 29 February falls on 28 February in common years.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ClockWhenOnDate : ClockWhen
{
    /// <summary>Creates the time.</summary>
    /// <param name="date">The day of the year.</param>
    public ClockWhenOnDate(AnnualDate date) => Date = date;

    /// <summary>The day of the year.</summary>
    public AnnualDate Date { get; }

    /// <summary>Returns the time in words.</summary>
    /// <returns>For example <c>on 1.12.</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"on {Date.Day}.{Date.Month}.");

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods)
    {
        var day = Date.InYear(year);
        yield return (new DateInterval(day, day), null);
    }
}
