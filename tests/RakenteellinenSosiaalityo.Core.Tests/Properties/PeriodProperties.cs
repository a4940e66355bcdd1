using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>Reporting periods partition time: every date lies in exactly one period; neighbours are contiguous.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1000)]
public sealed class PeriodProperties
{
    private static readonly TimeZoneInfo HelsinkiBcl = TimeZoneInfo.FindSystemTimeZoneById("Europe/Helsinki");

    [Property]
    public bool EveryDate_LiesInExactlyOnePeriod_OfEachBuiltInProfile(LocalDate date) =>
        BuiltInRegions.Ids.All(id => LiesInExactlyOnePeriod(BuiltInRegions.Get(id).ReportingPeriods, date));

    [Property]
    public bool EveryDate_LiesInExactlyOnePeriod_OfAnyValidScheme(ReportingPeriodScheme scheme, LocalDate date) =>
        LiesInExactlyOnePeriod(scheme, date);

    [Property]
    public bool NextOfPrevious_And_PreviousOfNext_AreIdentity(LocalDate date) =>
        BuiltInRegions.Ids.All(id =>
        {
            var scheme = BuiltInRegions.Get(id).ReportingPeriods;
            var period = scheme.PeriodFor(date);
            return scheme.Next(scheme.Previous(period)) == period && scheme.Previous(scheme.Next(period)) == period;
        });

    [Property]
    public bool Periods_AreContiguous(ReportingPeriodScheme scheme, LocalDate date)
    {
        var period = scheme.PeriodFor(date);
        var next = scheme.Next(period);
        var previous = scheme.Previous(period);
        return next.Start == period.End.PlusDays(1) && previous.End == period.Start.PlusDays(-1)
            && scheme.Next(previous) == period && scheme.IsPeriodOf(period);
    }

    [Property]
    public bool PeriodsInYear_CoverTheYearWithoutGapOrOverlap(ReportingPeriodScheme scheme, LocalDate inYear)
    {
        var year = inYear.Year;
        var periods = scheme.PeriodsInYear(year);
        var covered = periods.Sum(p => Period.Between(Max(p.Start, new LocalDate(year, 1, 1)), Min(p.End, new LocalDate(year, 12, 31)), PeriodUnits.Days).Days + 1);
        var contiguous = periods.Zip(periods.Skip(1)).All(pair => pair.Second.Start == pair.First.End.PlusDays(1));
        return contiguous && covered == CalendarSystem.Iso.GetDaysInYear(year)
            && periods[0].Contains(new LocalDate(year, 1, 1)) && periods[^1].Contains(new LocalDate(year, 12, 31));
    }

    // ReportingPeriod.Overlaps against the days themselves: an interval overlaps a period when one of its days is in it.
    [Property]
    public bool Overlaps_IsTrueExactly_WhenADayOfTheIntervalLiesInThePeriod(ReportingPeriodScheme scheme, LocalDate date, Stretch stretch)
    {
        var period = scheme.PeriodFor(date);
        var start = period.Start.PlusDays(stretch.Offset);
        var interval = new DateInterval(start, start.PlusDays(stretch.Length));
        return period.Overlaps(interval) == interval.Any(period.Contains);
    }

    // Which period an instant belongs to, against an oracle that asks neither NodaTime nor the scheme for the date: the
    // BCL's own Europe/Helsinki rules (the system's tz database) give the local date, and the oracle period holds it.
    // Instants cluster within four hours of midnight UTC, where the Helsinki date and the UTC date differ.
    [Property]
    public bool PeriodOf_IsThePeriodHoldingTheInstantsHelsinkiDate(ReportingPeriodScheme scheme, LocalDate date, Seed seed)
    {
        var seconds = ((seed.Value % 115_200) + 115_200) % 115_200 - 14_400;
        var instant = Instant.FromUtc(date.Year, date.Month, date.Day, 0, 0).Plus(Duration.FromSeconds(seconds));
        var utc = DateTimeOffset.FromUnixTimeSeconds(instant.ToUnixTimeSeconds());
        var local = TimeZoneInfo.ConvertTime(utc, HelsinkiBcl);
        var helsinkiDate = new LocalDate(local.Year, local.Month, local.Day);
        return scheme.PeriodOf(instant) == OraclePeriodFor(scheme, helsinkiDate);
    }

    // The oracle does not ask the scheme: the period starts on the latest day, on or before the date, that is a start
    // day of one of the definitions, and ends the day before the next such day. (No definition starts on 29 February.)
    private static ReportingPeriod OraclePeriodFor(ReportingPeriodScheme scheme, LocalDate date)
    {
        var starts = scheme.Periods.Select(p => (p.Start.Month, p.Start.Day)).ToHashSet();
        var start = date;
        while (!starts.Contains((start.Month, start.Day)))
        {
            start = start.PlusDays(-1);
        }

        var next = date.PlusDays(1);
        while (!starts.Contains((next.Month, next.Day)))
        {
            next = next.PlusDays(1);
        }

        return new ReportingPeriod(start, next.PlusDays(-1));
    }

    // The period the scheme gives is the oracle's, and of the periods overlapping the dates around it exactly one
    // holds the date.
    private static bool LiesInExactlyOnePeriod(ReportingPeriodScheme scheme, LocalDate date)
    {
        var period = scheme.PeriodFor(date);
        var candidates = scheme.PeriodsOverlapping(new DateInterval(date.PlusDays(-400), date.PlusDays(400)));
        return period == OraclePeriodFor(scheme, date) && candidates.Count(p => p.Contains(date)) == 1 && candidates.Contains(period);
    }

    private static LocalDate Max(LocalDate a, LocalDate b) => a > b ? a : b;

    private static LocalDate Min(LocalDate a, LocalDate b) => a < b ? a : b;
}
