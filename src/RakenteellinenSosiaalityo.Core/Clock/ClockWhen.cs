using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// When an activity of the annual clock happens in a year (fi: ajankohta): one of a closed set of kinds — a fixed day,
/// a month, some months, every month except some, the start, end or whole of a quarter, a number of times a year,
/// within days after each reporting period ends, or on the last day of each reporting period. Each kind computes its
/// own windows (<see cref="WindowsIn"/>).
/// </summary>
/// <remarks>
/// <para>
/// Immutable; compares by value. Build one with the static factories, e.g. <see cref="InMonth"/> or
/// <see cref="Monthly"/>, or the kind's constructor, e.g. <see cref="ClockWhenInMonth"/>. In JSON an object with
/// exactly one property, named for the kind: <c>{ "monthlyExcept": [ 7 ] }</c>.
/// </para>
/// <para>
/// A day gives a one-day activity; every other kind gives a window of dates (a whole month, a whole quarter, …) within
/// which the activity is due. <see cref="Times"/> <c>n</c> (1–12) cuts the year into <c>n</c> runs of whole
/// months: run <c>i</c> (from 0) covers months <c>1 + ⌊12i/n⌋</c> to <c>⌊12(i+1)/n⌋</c>, e.g. 4 gives the quarters and 5
/// gives Jan–Feb, Mar–Apr, May–Jul, Aug–Sep, Oct–Dec.
/// </para>
/// <para>Adding a kind: one sealed subclass in Clock/, one line in the kind list below, and its property in the schema.
/// The three quarter kinds are one type, <see cref="ClockWhenQuarter"/>, told apart by its <see cref="QuarterPart"/>.</para>
/// </remarks>
[JsonConverter(typeof(KindJsonConverter<ClockWhen>))]
public abstract record ClockWhen : IJsonKinds<ClockWhen>
{
    private protected ClockWhen()
    {
    }

    /// <summary>The JSON names of the kinds of time, one of which a rule gives, in the schema's order.</summary>
    public static IReadOnlyList<string> Kinds => Registered.Names;

    static JsonKindSet<ClockWhen> IJsonKinds<ClockWhen>.JsonKinds => Registered;

    // The one registration of each kind: its JSON name, its value, its constructor and its own rules on raw JSON.
    private static JsonKindSet<ClockWhen> Registered { get; } = new(
        "A clock rule's 'when'",
        JsonKind<ClockWhen>.Of<ClockWhenOnDate, AnnualDate>("date", w => w.Date, d => new(d)),
        JsonKind<ClockWhen>.Of<ClockWhenInMonth, int>("month", w => w.Month, m => new(m)),
        JsonKind<ClockWhen>.Of<ClockWhenInMonths, IReadOnlyList<int>>("months", w => w.Months, ms => new(ms), (e, p, x) => ClockWhenInMonths.Check(DistinctItems.Int32s(e), p, x)),
        JsonKind<ClockWhen>.Of<ClockWhenMonthly, IReadOnlyList<int>>("monthlyExcept", w => w.Except, ms => new(ms), (e, p, x) => ClockWhenMonthly.Check(DistinctItems.Int32s(e), p, x)),
        JsonKind<ClockWhen>.Of<ClockWhenQuarter, int>("quarterStart", w => w.Quarter, q => new(q, QuarterPart.Start), handles: w => w.Part == QuarterPart.Start),
        JsonKind<ClockWhen>.Of<ClockWhenQuarter, int>("quarterEnd", w => w.Quarter, q => new(q, QuarterPart.End), handles: w => w.Part == QuarterPart.End),
        JsonKind<ClockWhen>.Of<ClockWhenQuarter, int>("inQuarter", w => w.Quarter, q => new(q, QuarterPart.Within), handles: w => w.Part == QuarterPart.Within),
        JsonKind<ClockWhen>.Of<ClockWhenTimesPerYear, int>("timesPerYear", w => w.Count, n => new(n)),
        JsonKind<ClockWhen>.Of<ClockWhenAfterPeriodEnd, int>("withinDaysAfterPeriodEnd", w => w.Days, d => new(d)),
        JsonKind<ClockWhen>.Of<ClockWhenPeriodEnds, bool>("periodEnds", _ => true, ClockWhenPeriodEnds.FromJson));

    /// <summary>
    /// The windows of dates this time gives in <paramref name="year"/>, in order, each with the reporting period it
    /// follows or ends (for the period kinds; otherwise null).
    /// </summary>
    /// <param name="year">The calendar year, <see cref="AnnualClock.MinYear"/>–<see cref="AnnualClock.MaxYear"/>.</param>
    /// <param name="periods">The region's reporting periods; only the period kinds read them.</param>
    /// <returns>The windows; every one lies in the year except one of <see cref="ClockWhenAfterPeriodEnd"/>, which may run past 31 December.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="AnnualClock.MinYear"/>–<see cref="AnnualClock.MaxYear"/>.</exception>
    public IReadOnlyList<(DateInterval Window, ReportingPeriod? Period)> WindowsIn(int year, ReportingPeriodScheme periods)
    {
        Guard.Against.OutOfRange(year, nameof(year), AnnualClock.MinYear, AnnualClock.MaxYear);
        Guard.Against.Null(periods);
        return ValueList<(DateInterval Window, ReportingPeriod? Period)>.From(Windows(year, periods));
    }

    /// <summary>Checks a <c>when</c> object of a profile document beyond the schema: exactly one kind, and that kind's own check.</summary>
    internal static void Check(JsonElement element, string path, List<ValidationProblem> problems) =>
        Registered.Check(element, path, problems);

    /// <summary>On <paramref name="date"/> every year.</summary>
    /// <param name="date">The day of the year.</param>
    /// <returns>The rule.</returns>
    public static ClockWhen OnDate(AnnualDate date) => new ClockWhenOnDate(date);

    /// <summary>In <paramref name="month"/> every year, e.g. 12 for "in December".</summary>
    /// <param name="month">1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="month"/> is outside 1–12.</exception>
    public static ClockWhen InMonth(int month) => new ClockWhenInMonth(month);

    /// <summary>Once in each of <paramref name="months"/>, e.g. January and August.</summary>
    /// <param name="months">Distinct months 1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException">No month, or a month twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12.</exception>
    public static ClockWhen InMonths(params int[] months) => new ClockWhenInMonths(months);

    /// <summary>Once every month except <paramref name="months"/>, e.g. "monthly except in July".</summary>
    /// <param name="months">Distinct months 1–12, at most eleven; none for every month.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException">A month twice, or all twelve.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12.</exception>
    public static ClockWhen Monthly(params int[] months) => new ClockWhenMonthly(Guard.Against.Null(months));

    /// <summary>In the first month, the last month or anywhere in quarter <paramref name="quarter"/>.</summary>
    /// <param name="quarter">1–4.</param>
    /// <param name="part">Which part of the quarter.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="quarter"/> is outside 1–4 or <paramref name="part"/> is undefined.</exception>
    public static ClockWhen InQuarterPart(int quarter, QuarterPart part) => new ClockWhenQuarter(quarter, part);

    /// <summary><paramref name="times"/> times a year, spread evenly over runs of whole months.</summary>
    /// <param name="times">1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="times"/> is outside 1–12.</exception>
    public static ClockWhen Times(int times) => new ClockWhenTimesPerYear(times);

    /// <summary>Within <paramref name="days"/> days after each reporting period ends.</summary>
    /// <param name="days">1–366.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public static ClockWhen AfterPeriodEnd(int days) => new ClockWhenAfterPeriodEnd(days);

    /// <summary>On the last day of each reporting period.</summary>
    /// <returns>The rule.</returns>
    public static ClockWhen OnPeriodEnds() => new ClockWhenPeriodEnds();

    /// <summary>The windows of the kind in a year already checked to be in range.</summary>
    private protected abstract IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods);

    /// <summary>The whole months <paramref name="first"/>–<paramref name="last"/> of <paramref name="year"/>.</summary>
    private protected static DateInterval MonthsOf(int year, int first, int last) =>
        new(new LocalDate(year, first, 1), new LocalDate(year, last, 1).PlusMonths(1).PlusDays(-1));

    /// <summary>The shared rule of the month lists: 1–12 (a guard: the schema has the same bound), each once.</summary>
    private protected static ValueList<int> CheckedMonths(IReadOnlyList<int> months, string name, Action<IReadOnlyList<int?>, string, List<ValidationProblem>> check)
    {
        Guard.Against.Null(months, name);
        foreach (var month in months)
        {
            Guard.Against.OutOfRange(month, name, 1, 12);
        }

        var problems = new List<ValidationProblem>();
        check(months.Select(m => (int?)m).ToList(), name, problems);
        DistinctItems.ThrowIfAny(problems, name);
        return ValueList.FromValues(months);
    }
}
