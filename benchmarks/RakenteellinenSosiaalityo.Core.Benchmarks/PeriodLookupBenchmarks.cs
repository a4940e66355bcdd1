using BenchmarkDotNet.Attributes;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// Finding the reporting period of many dates (what a compiler does for every report), against the first thing a
/// region developer would write: list the periods of the year and search them.
/// </summary>
[MemoryDiagnoser]
public class PeriodLookupBenchmarks
{
    private LocalDate[] dates = [];
    private ReportingPeriodScheme scheme = BuiltInRegions.Kymenlaakso.ReportingPeriods;

    [Params(10_000, 100_000)]
    public int Count { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(2025);
        var first = new LocalDate(2020, 1, 1);
        dates = Enumerable.Range(0, Count).Select(_ => first.PlusDays(random.Next(0, 3650))).ToArray();
        scheme = BuiltInRegions.Kymenlaakso.ReportingPeriods;
    }

    [Benchmark(Baseline = true)]
    public int NaiveSearchOfTheYearsPeriods()
    {
        var hash = 0;
        foreach (var date in dates)
        {
            var period = scheme.PeriodsInYear(date.Year).First(p => p.Contains(date));
            hash ^= period.Start.GetHashCode();
        }

        return hash;
    }

    [Benchmark]
    public int PeriodFor()
    {
        var hash = 0;
        foreach (var date in dates)
        {
            hash ^= scheme.PeriodFor(date).Start.GetHashCode();
        }

        return hash;
    }
}
