using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>A clock time "in the first month of this quarter" (JSON <c>{ "quarterStart": 2 }</c>): the quarter's first month is the window.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ClockWhenQuarterStart : ClockWhen
{
    /// <summary>Creates the time.</summary>
    /// <param name="quarter">1–4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4.</exception>
    public ClockWhenQuarterStart(int quarter) => Quarter = Guard.Against.OutOfRange(quarter, nameof(quarter), 1, 4);

    /// <summary>The quarter, 1–4.</summary>
    public int Quarter { get; }

    /// <summary>Returns the time in words.</summary>
    /// <returns>For example <c>at the start of Q1</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"at the start of Q{Quarter}");

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods)
    {
        yield return (MonthsOf(year, 3 * Quarter - 2, 3 * Quarter - 2), null);
    }
}
