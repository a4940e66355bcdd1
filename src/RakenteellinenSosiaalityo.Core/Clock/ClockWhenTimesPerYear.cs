using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// A clock time "this many times a year" (JSON <c>{ "timesPerYear": 4 }</c>): the year cut into <see cref="Count"/>
/// runs of whole months, run <c>i</c> (from 0) covering months <c>1 + ⌊12i/n⌋</c> to <c>⌊12(i+1)/n⌋</c>.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ClockWhenTimesPerYear : ClockWhen
{
    /// <summary>Creates the time.</summary>
    /// <param name="times">1–12.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is outside 1–12.</exception>
    public ClockWhenTimesPerYear(int times) => Count = Guard.Against.OutOfRange(times, nameof(times), 1, 12);

    /// <summary>How many times a year, 1–12.</summary>
    public int Count { get; }

    /// <summary>Returns the time in words.</summary>
    /// <returns>For example <c>4 times a year</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Count} times a year");

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods)
    {
        for (var i = 0; i < Count; i++)
        {
            yield return (MonthsOf(year, 1 + (12 * i / Count), 12 * (i + 1) / Count), null);
        }
    }
}
