using System.Text.Json.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Periods;

/// <summary>
/// One concrete reporting period (fi: raportointikausi), e.g. 1.12.2025–31.5.2026: the span of calendar dates whose
/// social reports are compiled together. Both ends are included.
/// </summary>
/// <remarks>
/// Periods come from <see cref="ReportingPeriodScheme.PeriodFor(LocalDate)"/>; the scheme knows each period's
/// neighbours. The default value is the single day 1.1.0001 (NodaTime's default <see cref="LocalDate"/>) and
/// belongs to no scheme.
/// </remarks>
public readonly record struct ReportingPeriod
{
    /// <summary>Creates a period.</summary>
    /// <param name="start">The first day of the period.</param>
    /// <param name="end">The last day of the period, on or after <paramref name="start"/>.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>, or the two are in different calendars.</exception>
    [JsonConstructor]
    public ReportingPeriod(LocalDate start, LocalDate end)
    {
        if (start.Calendar != end.Calendar)
        {
            throw new ArgumentException("Both ends of a reporting period must be in the same calendar.", nameof(end));
        }

        if (end < start)
        {
            throw new ArgumentException($"A reporting period cannot end ({FinnishDate.Format(end)}) before it starts ({FinnishDate.Format(start)}).", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day of the period.</summary>
    [JsonPropertyName("start")]
    public LocalDate Start { get; }

    /// <summary>The last day of the period (included).</summary>
    [JsonPropertyName("end")]
    public LocalDate End { get; }

    /// <summary>The number of days in the period, both ends included.</summary>
    [JsonIgnore]
    public int LengthInDays => Period.Between(Start, End, PeriodUnits.Days).Days + 1;

    /// <summary>Whether <paramref name="date"/> falls within the period (both ends included).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>True when <paramref name="date"/> is on or after <see cref="Start"/> and on or before <see cref="End"/>.</returns>
    public bool Contains(LocalDate date) => date.Calendar == Start.Calendar && date >= Start && date <= End;

    /// <summary>The period as a NodaTime <see cref="DateInterval"/>.</summary>
    /// <returns>The interval from <see cref="Start"/> to <see cref="End"/>, both included.</returns>
    public DateInterval ToDateInterval() => new(Start, End);

    /// <summary>Whether this period and <paramref name="interval"/> share at least one day.</summary>
    /// <param name="interval">The interval to test.</param>
    /// <returns>True when they overlap.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    public bool Overlaps(DateInterval interval)
    {
        ArgumentNullException.ThrowIfNull(interval);
        return interval.Start <= End && interval.End >= Start;
    }

    /// <summary>The period in Finnish date style, e.g. <c>1.12.2025–31.5.2026</c>.</summary>
    /// <returns>The period as text.</returns>
    public override string ToString() => $"{FinnishDate.Format(Start)}–{FinnishDate.Format(End)}";
}
