using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>The default cutoff and the year's compilations, for any valid profile.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 300)]
public sealed class CutoffProperties
{
    [Property]
    public bool DefaultCutoff_IsNineInFinland_AfterThePeriod_AndInsideTheDueWindow(RegionProfile profile, LocalDate date)
    {
        var period = profile.ReportingPeriods.PeriodFor(date);
        var cutoff = Compiler.DefaultCutoff(profile, period).InZone(FinnishTime.Zone);
        var window = Compiler.DueWindow(profile, period);
        return cutoff.TimeOfDay == new LocalTime(9, 0) && cutoff.Date > period.End
            && (window is null ? cutoff.Date == period.End.PlusDays(30) : cutoff.Date == window.End);
    }

    // Every period is compiled in exactly one year: the years' lists, one after another, are the periods in order.
    [Property]
    public bool PeriodsCompiledIn_ConsecutiveYears_ChainThePeriodsOnce(RegionProfile profile, LocalDate date)
    {
        var year = date.Year;
        var scheme = profile.ReportingPeriods;
        var chain = Enumerable.Range(year, 4).SelectMany(y => Compiler.PeriodsCompiledIn(profile, y)).ToList();
        var inTheirYear = Enumerable.Range(year, 4).All(y => Compiler.PeriodsCompiledIn(profile, y).All(p => FinnishTime.DateOf(Compiler.DefaultCutoff(profile, p)).Year == y));
        return inTheirYear && chain.Count > 0 && chain.Zip(chain.Skip(1)).All(pair => scheme.Next(pair.First) == pair.Second);
    }

    [Property]
    public bool PeriodsEndingIn_ConsecutiveYears_ChainThePeriodsOnce(ReportingPeriodScheme scheme, LocalDate date)
    {
        var year = date.Year;
        var chain = Enumerable.Range(year, 3).SelectMany(scheme.PeriodsEndingIn).ToList();
        return Enumerable.Range(year, 3).All(y => scheme.PeriodsEndingIn(y).Count > 0 && scheme.PeriodsEndingIn(y).All(p => p.End.Year == y))
            && chain.Zip(chain.Skip(1)).All(pair => scheme.Next(pair.First) == pair.Second);
    }
}
