using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// When an activity of the annual clock happens in a year (fi: ajankohta): exactly one of a fixed day, a month, some
/// months, every month except some, the start, end or whole of a quarter, a number of times a year, within days after
/// each reporting period ends, or on the last day of each reporting period.
/// </summary>
/// <remarks>
/// <para>Immutable; compares by value. Build one with the static factories, e.g. <see cref="InMonth"/> or <see cref="MonthlyExcept"/>.</para>
/// <para>
/// A day gives a one-day activity; every other kind gives a window of dates (a whole month, a whole quarter, …) within
/// which the activity is due. <see cref="TimesPerYear"/> <c>n</c> (1–12) cuts the year into <c>n</c> runs of whole
/// months: run <c>i</c> (from 0) covers months <c>1 + ⌊12i/n⌋</c> to <c>⌊12(i+1)/n⌋</c>, e.g. 4 gives the quarters and 5
/// gives Jan–Feb, Mar–Apr, May–Jul, Aug–Sep, Oct–Dec.
/// </para>
/// </remarks>
public sealed record ClockWhen
{
    /// <summary>Creates a rule; exactly one of the arguments must be given.</summary>
    /// <param name="date">On this day every year (29 February falls on 28 February in common years).</param>
    /// <param name="month">In this month (1–12).</param>
    /// <param name="months">Once in each of these months (1–12, each once).</param>
    /// <param name="monthlyExcept">Once every month except these (1–12, each once; empty for every month).</param>
    /// <param name="quarterStart">In the first month of this quarter (1–4).</param>
    /// <param name="quarterEnd">In the last month of this quarter (1–4).</param>
    /// <param name="inQuarter">Within this quarter (1–4).</param>
    /// <param name="timesPerYear">This many times a year (1–12), spread evenly over runs of whole months.</param>
    /// <param name="withinDaysAfterPeriodEnd">Within this many days (1–366) after each reporting period ends.</param>
    /// <param name="periodEnds">True: on the last day of each reporting period.</param>
    /// <exception cref="ArgumentException">None or more than one is given, <paramref name="periodEnds"/> is false, or a
    /// list is empty (except <paramref name="monthlyExcept"/>), repeats a month or excepts all twelve.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month, quarter or count is out of its range.</exception>
    [JsonConstructor]
    public ClockWhen(
        AnnualDate? date = null,
        int? month = null,
        IReadOnlyList<int>? months = null,
        IReadOnlyList<int>? monthlyExcept = null,
        int? quarterStart = null,
        int? quarterEnd = null,
        int? inQuarter = null,
        int? timesPerYear = null,
        int? withinDaysAfterPeriodEnd = null,
        bool? periodEnds = null)
    {
        object?[] given = [date, month, months, monthlyExcept, quarterStart, quarterEnd, inQuarter, timesPerYear, withinDaysAfterPeriodEnd, periodEnds];
        if (given.Count(g => g is not null) != 1)
        {
            throw new ArgumentException($"A clock rule's 'when' gives exactly one of {string.Join(", ", Kinds)}.", nameof(date));
        }

        if (periodEnds == false)
        {
            throw new ArgumentException("periodEnds is true when given; leave it out otherwise.", nameof(periodEnds));
        }

        Date = date;
        Month = month is { } m ? Guard.Against.OutOfRange(m, nameof(month), 1, 12) : null;
        Months = months is null ? null : CheckMonths(months, nameof(months), allowEmpty: false);
        MonthlyExcept = monthlyExcept is null ? null : CheckMonths(monthlyExcept, nameof(monthlyExcept), allowEmpty: true);
        if (MonthlyExcept is { Count: 12 })
        {
            throw new ArgumentException("monthlyExcept excepts every month; the rule would never happen.", nameof(monthlyExcept));
        }

        QuarterStart = quarterStart is { } qs ? Guard.Against.OutOfRange(qs, nameof(quarterStart), 1, 4) : null;
        QuarterEnd = quarterEnd is { } qe ? Guard.Against.OutOfRange(qe, nameof(quarterEnd), 1, 4) : null;
        InQuarter = inQuarter is { } iq ? Guard.Against.OutOfRange(iq, nameof(inQuarter), 1, 4) : null;
        TimesPerYear = timesPerYear is { } n ? Guard.Against.OutOfRange(n, nameof(timesPerYear), 1, 12) : null;
        WithinDaysAfterPeriodEnd = withinDaysAfterPeriodEnd is { } d ? Guard.Against.OutOfRange(d, nameof(withinDaysAfterPeriodEnd), 1, 366) : null;
        PeriodEnds = periodEnds;
    }

    /// <summary>The JSON names of the kinds of time, one of which a rule gives.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ValueList<string>.From(
        ["date", "month", "months", "monthlyExcept", "quarterStart", "quarterEnd", "inQuarter", "timesPerYear", "withinDaysAfterPeriodEnd", "periodEnds"]);

    /// <summary>On this day every year; null when the rule is another kind.</summary>
    [JsonPropertyName("date")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AnnualDate? Date { get; }

    /// <summary>In this month (1 = January), e.g. 12 for "in December"; null when the rule is another kind.</summary>
    [JsonPropertyName("month")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Month { get; }

    /// <summary>Once in each of these months; null when the rule is another kind.</summary>
    [JsonPropertyName("months")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? Months { get; }

    /// <summary>Once every month except these (e.g. the summer month 7); null when the rule is another kind.</summary>
    [JsonPropertyName("monthlyExcept")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? MonthlyExcept { get; }

    /// <summary>In the first month of this quarter; null when the rule is another kind.</summary>
    [JsonPropertyName("quarterStart")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? QuarterStart { get; }

    /// <summary>In the last month of this quarter; null when the rule is another kind.</summary>
    [JsonPropertyName("quarterEnd")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? QuarterEnd { get; }

    /// <summary>Within this quarter; null when the rule is another kind.</summary>
    [JsonPropertyName("inQuarter")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? InQuarter { get; }

    /// <summary>This many times a year, spread evenly (see the remarks of <see cref="ClockWhen"/>); null when the rule is another kind.</summary>
    [JsonPropertyName("timesPerYear")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TimesPerYear { get; }

    /// <summary>Within this many days after each reporting period ends; null when the rule is another kind.</summary>
    [JsonPropertyName("withinDaysAfterPeriodEnd")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? WithinDaysAfterPeriodEnd { get; }

    /// <summary>True for "on the last day of each reporting period"; null when the rule is another kind.</summary>
    [JsonPropertyName("periodEnds")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? PeriodEnds { get; }

    /// <summary>On <paramref name="date"/> every year.</summary>
    /// <param name="date">The day of the year.</param>
    /// <returns>The rule.</returns>
    public static ClockWhen OnDate(AnnualDate date) => new(date: date);

    /// <summary>In <paramref name="month"/> every year, e.g. 12 for "in December".</summary>
    /// <param name="month">1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1–12.</exception>
    public static ClockWhen InMonth(int month) => new(month: month);

    /// <summary>Once in each of <paramref name="months"/>, e.g. January and August.</summary>
    /// <param name="months">Distinct months 1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No month, or a month twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12.</exception>
    public static ClockWhen InMonths(params int[] months) => new(months: Guard.Against.Null(months));

    /// <summary>Once every month except <paramref name="months"/>, e.g. "monthly except in July".</summary>
    /// <param name="months">Distinct months 1–12, at most eleven; none for every month.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">A month twice, or all twelve.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12.</exception>
    public static ClockWhen Monthly(params int[] months) => new(monthlyExcept: Guard.Against.Null(months));

    /// <summary>In the first month, the last month or anywhere in quarter <paramref name="quarter"/>.</summary>
    /// <param name="quarter">1–4.</param>
    /// <param name="part">Which part of the quarter.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4 or <paramref name="part"/> is undefined.</exception>
    public static ClockWhen InQuarterPart(int quarter, QuarterPart part) => part switch
    {
        QuarterPart.Start => new(quarterStart: quarter),
        QuarterPart.End => new(quarterEnd: quarter),
        QuarterPart.Within => new(inQuarter: quarter),
        _ => throw new ArgumentOutOfRangeException(nameof(part), part, "Unknown part of a quarter."),
    };

    /// <summary><paramref name="times"/> times a year, spread evenly over runs of whole months.</summary>
    /// <param name="times">1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is outside 1–12.</exception>
    public static ClockWhen Times(int times) => new(timesPerYear: times);

    /// <summary>Within <paramref name="days"/> days after each reporting period ends.</summary>
    /// <param name="days">1–366.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public static ClockWhen AfterPeriodEnd(int days) => new(withinDaysAfterPeriodEnd: days);

    /// <summary>On the last day of each reporting period.</summary>
    /// <returns>The rule.</returns>
    public static ClockWhen OnPeriodEnds() => new(periodEnds: true);

    /// <summary>Returns the rule in words, e.g. <c>monthly except 7</c>.</summary>
    /// <returns>The rule in English.</returns>
    public override string ToString()
    {
        var c = CultureInfo.InvariantCulture;
        return this switch
        {
            { Date: { } d } => string.Create(c, $"on {d.Day}.{d.Month}."),
            { Month: { } m } => string.Create(c, $"in month {m}"),
            { Months: { } ms } => $"in months {string.Join(", ", ms)}",
            { MonthlyExcept: { Count: 0 } } => "monthly",
            { MonthlyExcept: { } ex } => $"monthly except {string.Join(", ", ex)}",
            { QuarterStart: { } q } => string.Create(c, $"at the start of Q{q}"),
            { QuarterEnd: { } q } => string.Create(c, $"at the end of Q{q}"),
            { InQuarter: { } q } => string.Create(c, $"in Q{q}"),
            { TimesPerYear: { } n } => string.Create(c, $"{n} times a year"),
            { WithinDaysAfterPeriodEnd: { } n } => string.Create(c, $"within {n} days after each reporting period"),
            _ => "on the last day of each reporting period",
        };
    }

    private static ValueList<int> CheckMonths(IReadOnlyList<int> months, string name, bool allowEmpty)
    {
        if (!allowEmpty && months.Count == 0)
        {
            throw new ArgumentException($"{name} lists at least one month.", name);
        }

        foreach (var month in months)
        {
            Guard.Against.OutOfRange(month, name, 1, 12);
        }

        if (months.Distinct().Count() != months.Count)
        {
            throw new ArgumentException($"{name} lists each month once.", name);
        }

        return ValueList.FromValues(months);
    }
}
