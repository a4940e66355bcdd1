using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Periods;

/// <summary>
/// How a region cuts the year into reporting periods (fi: raportointikausijako), e.g. 1.12.–31.5. and 1.6.–30.11.
/// Every calendar date belongs to exactly one period of a scheme.
/// </summary>
/// <remarks>
/// <para>
/// A scheme holds one or more <see cref="PeriodDefinition"/>s that together cover every day of the year once: each
/// period ends the day before the next one starts, and the last one of the year runs into the first one of the
/// next year. A region may have one, two, four or any number of periods a year.
/// </para>
/// <para>
/// No period may start or end on 29 February. The ends are checked in a common year; in a leap year 29 February
/// belongs to the period that holds 28 February.
/// </para>
/// <para>
/// Dates near the ends of NodaTime's calendar range (years −9998 and 9999) have no neighbouring year; methods that
/// would need one throw <see cref="ArgumentOutOfRangeException"/>.
/// </para>
/// </remarks>
public sealed record ReportingPeriodScheme
{
    // Day-of-year positions are computed in a fixed common year so that 29 February never shifts them.
    private const int CommonYear = 2001;
    private const int DaysInCommonYear = 365;

    private readonly PeriodDefinition[] byStart;

    /// <summary>Creates a scheme.</summary>
    /// <param name="periods">The periods, in any order; they must cover every day of the year exactly once.</param>
    /// <exception cref="ArgumentNullException"><paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="periods"/> holds null.</exception>
    /// <exception cref="ValidationException">The periods leave a gap, overlap, are empty, or start or end on 29 February
    /// (code <c>period-scheme-invalid</c>; <see cref="ValidationException.Problems"/> lists every problem).</exception>
    [JsonConstructor]
    public ReportingPeriodScheme(IReadOnlyList<PeriodDefinition> periods)
    {
        Guard.Against.Null(periods);
        var list = ValueList.From(periods, nameof(periods));
        var problems = Check(list, "periods");
        if (problems.Count > 0)
        {
            throw new ValidationException(RuleCodes.PeriodSchemeInvalid, "Reporting period scheme", problems);
        }

        Periods = list;
        byStart = [.. list.OrderBy(p => p.Start)];
    }

    /// <summary>The periods as given, in the given order.</summary>
    [JsonPropertyName("periods")]
    public IReadOnlyList<PeriodDefinition> Periods { get; }

    /// <summary>The reporting period that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date in the ISO calendar.</param>
    /// <returns>The one period of this scheme that contains <paramref name="date"/>.</returns>
    /// <exception cref="ArgumentException"><paramref name="date"/> is not in the ISO calendar.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period would reach beyond NodaTime's supported years.</exception>
    public ReportingPeriod PeriodFor(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            throw new ArgumentException("Reporting periods are defined in the ISO calendar.", nameof(date));
        }

        var onDay = new AnnualDate(date.Month, date.Day);

        // The period is the one with the latest start on or before the date's day of the year; when the date comes
        // before every start, it is in the last period, which started the year before.
        var index = byStart.Length - 1;
        var year = date.Year - 1;
        for (var i = byStart.Length - 1; i >= 0; i--)
        {
            if (byStart[i].Start <= onDay)
            {
                index = i;
                year = date.Year;
                break;
            }
        }

        return Build(index, year);
    }

    /// <summary>
    /// The reporting period something that happened at <paramref name="instant"/> belongs to, e.g. a social report by
    /// its first submission: the period holding the instant's date in Finland (Europe/Helsinki, <see cref="FinnishTime"/>).
    /// A report submitted at 23:30 UTC on 31 May belongs to the period holding 1 June. The one home of that rule: the
    /// compiler, the evaluator and <see cref="Compilations.CompiledReport"/> ask it.
    /// </summary>
    /// <param name="instant">When it happened.</param>
    /// <returns>The one period of this scheme that contains the instant's Helsinki date.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The period would reach beyond NodaTime's supported years.</exception>
    public ReportingPeriod PeriodOf(Instant instant) => PeriodFor(FinnishTime.DateOf(instant));

    /// <summary>The period right after <paramref name="period"/>.</summary>
    /// <param name="period">A period of this scheme.</param>
    /// <returns>The period that starts the day after <paramref name="period"/> ends.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a period of this scheme.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The next period would reach beyond NodaTime's supported years.</exception>
    public ReportingPeriod Next(ReportingPeriod period)
    {
        EnsureOwn(period);
        return PeriodFor(Shift(period.End, 1));
    }

    /// <summary>The period right before <paramref name="period"/>.</summary>
    /// <param name="period">A period of this scheme.</param>
    /// <returns>The period that ends the day before <paramref name="period"/> starts.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a period of this scheme.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The previous period would reach beyond NodaTime's supported years.</exception>
    public ReportingPeriod Previous(ReportingPeriod period)
    {
        EnsureOwn(period);
        return PeriodFor(Shift(period.Start, -1));
    }

    /// <summary>Whether <paramref name="period"/> is one of this scheme's periods.</summary>
    /// <param name="period">The period to test.</param>
    /// <returns>True when the scheme's period for <paramref name="period"/>'s start is exactly <paramref name="period"/>.</returns>
    public bool IsPeriodOf(ReportingPeriod period)
    {
        try
        {
            return period.Start.Calendar == CalendarSystem.Iso && PeriodFor(period.Start) == period;
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    /// <summary>The definition a period of this scheme comes from, e.g. to show its name.</summary>
    /// <param name="period">A period of this scheme.</param>
    /// <returns>The definition whose start is the period's start.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is not a period of this scheme.</exception>
    public PeriodDefinition DefinitionOf(ReportingPeriod period)
    {
        EnsureOwn(period);
        var start = new AnnualDate(period.Start.Month, period.Start.Day);
        return byStart.First(d => d.Start == start);
    }

    /// <summary>Every period that shares at least one day with <paramref name="interval"/>, in date order.</summary>
    /// <param name="interval">The dates of interest.</param>
    /// <returns>The periods from the one holding the interval's start to the one holding its end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="interval"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A period would reach beyond NodaTime's supported years.</exception>
    public IReadOnlyList<ReportingPeriod> PeriodsOverlapping(DateInterval interval)
    {
        Guard.Against.Null(interval);
        var result = new List<ReportingPeriod>();
        for (var period = PeriodFor(interval.Start); ; period = Next(period))
        {
            result.Add(period);
            if (period.End >= interval.End)
            {
                return result;
            }
        }
    }

    /// <summary>Every period that has at least one day in calendar year <paramref name="year"/>, in date order.</summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The periods touching that year, including ones that start in the year before or end in the year after.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or a touching period is beyond NodaTime's supported years.</exception>
    public IReadOnlyList<ReportingPeriod> PeriodsInYear(int year)
    {
        Guard.Against.OutOfRange(year, nameof(year), CalendarSystem.Iso.MinYear, CalendarSystem.Iso.MaxYear);
        return PeriodsOverlapping(new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)));
    }

    /// <summary>
    /// The periods that end in calendar year <paramref name="year"/>, in date order: the ones whose end-of-period
    /// activities (the compilation, the clock's period ends) belong to that year. With one period a year that is the
    /// period of the year itself; a period running into the next year is not one of them.
    /// </summary>
    /// <param name="year">The calendar year.</param>
    /// <returns>The periods whose last day is in <paramref name="year"/>; at least one, since every scheme's periods cover the year.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> or a touching period is beyond NodaTime's supported years.</exception>
    public IReadOnlyList<ReportingPeriod> PeriodsEndingIn(int year) =>
        Collections.ValueList.FromValues(PeriodsInYear(year).Where(p => p.End.Year == year));

    /// <summary>The scheme in Finnish date style, e.g. <c>1.6.–30.11., 1.12.–31.5.</c>.</summary>
    /// <returns>The periods as text, in calendar order.</returns>
    public override string ToString() => string.Join(", ", byStart.Select(p => p.ToString()));

    /// <summary>Equality by the periods, in their given order.</summary>
    /// <param name="other">The other scheme.</param>
    /// <returns>True when both hold equal periods in the same order.</returns>
    public bool Equals(ReportingPeriodScheme? other) => other is not null && Periods.Equals(other.Periods);

    /// <summary>A hash of the periods.</summary>
    /// <returns>The hash code.</returns>
    public override int GetHashCode() => Periods.GetHashCode();

    /// <summary>
    /// Checks periods for the rules of a scheme and returns every problem, each with a path below
    /// <paramref name="pathPrefix"/> (e.g. <c>$.reportingPeriods.periods</c>).
    /// </summary>
    internal static List<ValidationProblem> Check(IReadOnlyList<PeriodDefinition> periods, string pathPrefix)
    {
        var problems = new List<ValidationProblem>();
        if (periods.Count == 0)
        {
            problems.Add(new(pathPrefix, ValidationRules.NoPeriods, "A reporting period scheme needs at least one period."));
            return problems;
        }

        var leapDayFree = true;
        for (var i = 0; i < periods.Count; i++)
        {
            foreach (var (field, day) in new[] { ("start", periods[i].Start), ("end", periods[i].End) })
            {
                if (day.Month == 2 && day.Day == 29)
                {
                    leapDayFree = false;
                    problems.Add(new(
                        $"{pathPrefix}[{i}].{field}",
                        ValidationRules.PeriodLeapDay,
                        $"A period may not {(field == "start" ? "start" : "end")} on 29 February: "
                        + (field == "start" ? "start it on 1 March" : "end it on 28 February") + "; in leap years 29 February then belongs to the period that holds 28 February."));
                }
            }
        }

        if (!leapDayFree)
        {
            return problems;
        }

        var order = Enumerable.Range(0, periods.Count).OrderBy(i => periods[i].Start).ThenBy(i => i).ToArray();
        for (var k = 0; k < order.Length; k++)
        {
            var i = order[k];
            var j = order[(k + 1) % order.Length];
            var current = periods[i];
            var next = periods[j];
            if (k + 1 < order.Length && current.Start == next.Start)
            {
                problems.Add(new(
                    $"{pathPrefix}[{j}].start",
                    ValidationRules.PeriodOverlap,
                    $"Periods {i} ({current}) and {j} ({next}) both start on {Day(next.Start)}; every day must belong to exactly one period."));
                continue;
            }

            var startPos = Position(current.Start);
            var endOffset = Modulo(Position(current.End) - startPos);
            var nextOffset = Modulo(Position(next.Start) - startPos);
            if (order.Length == 1)
            {
                nextOffset = DaysInCommonYear;
            }

            if (endOffset + 1 == nextOffset)
            {
                continue;
            }

            if (endOffset + 1 < nextOffset)
            {
                var firstUncovered = Shift(current.End, 1);
                var lastUncovered = Shift(next.Start, -1);
                problems.Add(new(
                    $"{pathPrefix}[{i}].end",
                    ValidationRules.PeriodGap,
                    $"No period covers {Day(firstUncovered)}–{Day(lastUncovered)}: period {i} ({current}) ends on {Day(current.End)} but the next period, {j} ({next}), starts on {Day(next.Start)}. End period {i} on {Day(lastUncovered)} or start period {j} on {Day(firstUncovered)}."));
            }
            else
            {
                problems.Add(new(
                    $"{pathPrefix}[{i}].end",
                    ValidationRules.PeriodOverlap,
                    $"Period {i} ({current}) ends on {Day(current.End)}, after the next period, {j} ({next}), has started on {Day(next.Start)}; every day must belong to exactly one period. End period {i} on {Day(Shift(next.Start, -1))}."));
            }
        }

        return problems;
    }

    private static int Position(AnnualDate day) => day.InYear(CommonYear).DayOfYear - 1;

    private static int Modulo(int value) => ((value % DaysInCommonYear) + DaysInCommonYear) % DaysInCommonYear;

    private static AnnualDate Shift(AnnualDate day, int days)
    {
        var date = day.InYear(CommonYear).PlusDays(days);
        return new AnnualDate(date.Month, date.Day);
    }

    private static string Day(AnnualDate day) => FinnishDate.Format(day);

    private static LocalDate Shift(LocalDate date, int days)
    {
        try
        {
            return date.PlusDays(days);
        }
        catch (Exception e) when (e is OverflowException or ArgumentOutOfRangeException)
        {
            throw new ArgumentOutOfRangeException("The neighbouring reporting period lies beyond the supported calendar range.", e);
        }
    }

    private void EnsureOwn(ReportingPeriod period)
    {
        if (!IsPeriodOf(period))
        {
            throw new ArgumentException($"{period} is not a reporting period of the scheme {this}.", nameof(period));
        }
    }

    private ReportingPeriod Build(int index, int startYear)
    {
        var definition = byStart[index];
        var nextStart = byStart[(index + 1) % byStart.Length].Start;
        var nextStartYear = index + 1 < byStart.Length ? startYear : startYear + 1;

        // A period that ends on 31 December ends in the year before the next one starts; computing it that way keeps
        // the last period of NodaTime's calendar (ending 31.12.9999) within reach.
        var endsOnNewYearsEve = nextStart.Month == 1 && nextStart.Day == 1;
        var endYear = endsOnNewYearsEve ? nextStartYear - 1 : nextStartYear;
        if (startYear < CalendarSystem.Iso.MinYear || endYear > CalendarSystem.Iso.MaxYear)
        {
            throw new ArgumentOutOfRangeException(nameof(startYear), startYear, "The reporting period lies beyond the supported calendar range.");
        }

        var start = definition.Start.InYear(startYear);
        var end = endsOnNewYearsEve ? new LocalDate(endYear, 12, 31) : nextStart.InYear(endYear).PlusDays(-1);
        return new ReportingPeriod(start, end);
    }
}
