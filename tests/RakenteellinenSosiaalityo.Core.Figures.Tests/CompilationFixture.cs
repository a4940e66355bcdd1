using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Testing;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

/// <summary>Two consecutive compilations of a region from seeded synthetic reports.</summary>
internal static class CompilationFixture
{
    public static (CompilationContent First, CompilationContent Second) Two(RegionProfile profile, int reportsPerPeriod = 40)
    {
        var periods = profile.ReportingPeriods.PeriodsInYear(2025).Where(p => p.End.Year == 2025).Take(2).ToList();
        var reports = periods.SelectMany((p, i) => SyntheticReports.Generate(profile, p, reportsPerPeriod, seed: 17 + i, SyntheticReportOptions.Default with { IdPrefix = $"F{i}" })).ToList();
        var first = Compiler.Compile(profile, periods[0], Cutoff(periods[0]), reports);
        var second = Compiler.Compile(profile, periods[1], Cutoff(periods[1]), reports, [first]);
        return (first, second);
    }

    private static Instant Cutoff(ReportingPeriod period) => FinnishTime.StartOf(period.End.PlusDays(20));
}
