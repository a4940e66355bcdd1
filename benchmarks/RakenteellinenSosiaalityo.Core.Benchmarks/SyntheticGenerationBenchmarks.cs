using BenchmarkDotNet.Attributes;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// Generating the N synthetic reports of <see cref="CompilationBenchmarks"/> (its set-up, timed on its own): Etelä-Karjala,
/// first period of 2025, seed 2025, 1 % returned and 1 % withdrawn.
/// </summary>
/// <remarks>The sizes are those of <see cref="CompilationBenchmarks.Sizes"/>, capped the same way.</remarks>
[MemoryDiagnoser]
public class SyntheticGenerationBenchmarks
{
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
        var compilation = new CompilationBenchmarks { N = N };
        compilation.Setup();
        return compilation.Reports;
    }
}
