using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>A clock time, the reporting periods and a year, for <see cref="ClockWhenProperties"/>.</summary>
/// <param name="When">The clock time.</param>
/// <param name="Periods">The region's reporting periods.</param>
/// <param name="Year">The year.</param>
public sealed record ClockWhenCase(ClockWhen When, ReportingPeriodScheme Periods, int Year);

/// <summary>Generators of <see cref="ClockWhenProperties"/>.</summary>
public static class ClockWhenArbitraries
{
    /// <summary>Every kind of clock time, any scheme of periods, any year a clock can be built for.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ClockWhenCase> Cases() =>
        (from when in DomainArbitraries.ClockWhenGen
         from periods in DomainArbitraries.Schemes().Generator
         from year in Gen.OneOf(Gen.Choose(AnnualClock.MinYear, AnnualClock.MaxYear), Gen.Choose(2020, 2032))
         select new ClockWhenCase(when, periods, year)).ToArbitrary();
}

/// <summary>
/// Each kind of <see cref="ClockWhen"/> computes its own windows (issue 15): they equal an oracle written here
/// independently of the kinds' code, month by month and day by day.
/// </summary>
[Properties(Arbitrary = new[] { typeof(ClockWhenArbitraries) }, MaxTest = 1000)]
public sealed class ClockWhenProperties
{
    [Property]
    public bool EveryKind_GivesTheOraclesWindows_WithTheirPeriods(ClockWhenCase c)
    {
        var windows = c.When.WindowsIn(c.Year, c.Periods);
        var periodKind = c.When is ClockWhenAfterPeriodEnd or ClockWhenPeriodEnds;
        var periodsRight = windows.All(w => periodKind
            ? w.Period is { } p && (c.When is ClockWhenPeriodEnds ? p.End == w.Window.Start : p.End.PlusDays(1) == w.Window.Start)
            : w.Period is null);
        return windows.Select(w => w.Window).SequenceEqual(Oracle(c.When, c.Periods, c.Year)) && periodsRight;
    }

    private static IEnumerable<DateInterval> Oracle(ClockWhen when, ReportingPeriodScheme periods, int year) => when switch
    {
        ClockWhenOnDate d => [OneDay(d.Date.Month == 2 && d.Date.Day == 29 && !CalendarSystem.Iso.IsLeapYear(year) ? new LocalDate(year, 2, 28) : new LocalDate(year, d.Date.Month, d.Date.Day))],
        ClockWhenInMonth m => [Months(year, m.Month, m.Month)],
        ClockWhenInMonths ms => ms.Months.Order().Select(m => Months(year, m, m)),
        ClockWhenMonthly ex => Enumerable.Range(1, 12).Except(ex.Except).Select(m => Months(year, m, m)),
        ClockWhenQuarter { Part: QuarterPart.Start } q => [Months(year, (q.Quarter * 3) - 2, (q.Quarter * 3) - 2)],
        ClockWhenQuarter { Part: QuarterPart.End } q => [Months(year, q.Quarter * 3, q.Quarter * 3)],
        ClockWhenQuarter { Part: QuarterPart.Within } q => [Months(year, (q.Quarter * 3) - 2, q.Quarter * 3)],

        // Month m falls in run ⌈m·n/12⌉ − 1: the runs, formed month by month.
        ClockWhenTimesPerYear t => Enumerable.Range(1, 12).GroupBy(m => ((m * t.Count) + 11) / 12).Select(g => Months(year, g.Min(), g.Max())),

        // Day by day: each period end from 31.12. of the year before to 30.12., so that the day after is in the year.
        ClockWhenAfterPeriodEnd a => Days(new LocalDate(year - 1, 12, 31), new LocalDate(year, 12, 30))
            .Where(d => periods.PeriodFor(d).End == d)
            .Select(d => new DateInterval(d.PlusDays(1), d.PlusDays(a.Days))),
        ClockWhenPeriodEnds => Days(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)).Where(d => periods.PeriodFor(d).End == d).Select(OneDay),
        _ => throw new InvalidOperationException($"No oracle for {when.GetType().Name}; add one with the kind."),
    };

    private static DateInterval OneDay(LocalDate day) => new(day, day);

    private static DateInterval Months(int year, int first, int last) =>
        new(new LocalDate(year, first, 1), new LocalDate(year, last, CalendarSystem.Iso.GetDaysInMonth(year, last)));

    private static IEnumerable<LocalDate> Days(LocalDate from, LocalDate to)
    {
        for (var d = from; d <= to; d = d.PlusDays(1))
        {
            yield return d;
        }
    }
}
