using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// A clock time in a quarter: its first month (JSON <c>{ "quarterStart": 1 }</c>), its last month
/// (<c>{ "quarterEnd": 1 }</c>) or the whole quarter (<c>{ "inQuarter": 2 }</c>), as <see cref="Part"/> says.
/// </summary>
/// <remarks>
/// The three JSON kinds are one type: they differ only in which months of the quarter make the window. Immutable;
/// compares by value.
/// </remarks>
public sealed record ClockWhenQuarter : ClockWhen
{
    /// <summary>Creates the time.</summary>
    /// <param name="quarter">1–4.</param>
    /// <param name="part">Which part of the quarter.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4 or <paramref name="part"/> is undefined.</exception>
    public ClockWhenQuarter(int quarter, QuarterPart part)
    {
        Quarter = Guard.Against.OutOfRange(quarter, nameof(quarter), 1, 4);
        Part = Enum.IsDefined(part) ? part : throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a quarter.");
    }

    /// <summary>The quarter, 1–4.</summary>
    public int Quarter { get; }

    /// <summary>Which part of the quarter: its first month, its last month or all of it.</summary>
    public QuarterPart Part { get; }

    /// <summary>Returns the time in words.</summary>
    /// <returns>For example <c>at the start of Q1</c>, <c>at the end of Q4</c> or <c>in Q2</c>.</returns>
    public override string ToString() => Part switch
    {
        QuarterPart.Start => string.Create(CultureInfo.InvariantCulture, $"at the start of Q{Quarter}"),
        QuarterPart.End => string.Create(CultureInfo.InvariantCulture, $"at the end of Q{Quarter}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"in Q{Quarter}"),
    };

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods)
    {
        var first = (3 * Quarter) - 2;
        yield return (MonthsOf(year, Part == QuarterPart.End ? first + 2 : first, Part == QuarterPart.Start ? first : first + 2), null);
    }
}
