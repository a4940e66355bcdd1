using BenchmarkDotNet.Attributes;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Testing;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// Generating N synthetic Etelä-Karjala reports of the first half of 2025 with <see cref="SyntheticReports"/> (seed
/// 2025, 8 % pending, 1 % returned, 1 % withdrawn): the set-up of every other benchmark here.
/// </summary>
/// <remarks>The sizes are those of <see cref="CompilationBenchmarks.Sizes"/>, capped the same way.</remarks>
[MemoryDiagnoser]
public class SyntheticGenerationBenchmarks
{
    /// <summary>The profile: Etelä-Karjala.</summary>
    public RegionProfile Profile { get; } = BuiltInRegions.EtelaKarjala;

    /// <summary>The period: the profile's first period of 2025.</summary>
    public ReportingPeriod Period => Profile.ReportingPeriods.PeriodsInYear(2025)[0];

    /// <summary>The number of reports.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; } = 10_000;

    /// <summary>The sizes, capped by <see cref="CompilationBenchmarks.MaxNVariable"/> when it is set.</summary>
    public static IEnumerable<int> Sizes => CompilationBenchmarks.Sizes;

    /// <summary>Generates the N reports.</summary>
    /// <returns>The reports.</returns>
    [Benchmark]
    public IReadOnlyList<SocialReport> Generate()
    {
        var options = SyntheticReportOptions.Default with { ReturnedShare = 0.01, WithdrawnShare = 0.01 };
        return SyntheticReports.Generate(Profile, Period, N, seed: 2025, options);
    }
}
