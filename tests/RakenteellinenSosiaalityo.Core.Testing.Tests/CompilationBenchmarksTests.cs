using RakenteellinenSosiaalityo.Core.Benchmarks;

namespace RakenteellinenSosiaalityo.Core.Testing.Tests;

/// <summary>The three compilation benchmarks compute the same thing, so that comparing their times is honest.</summary>
public class CompilationBenchmarksTests
{
    [Fact]
    public void CompilationBenchmarks_LinqSinglePassAndCompiler_GiveTheSameCountsAndGroups()
    {
        var benchmarks = new CompilationBenchmarks { N = 10_000 };
        benchmarks.Setup();

        var linq = benchmarks.Linq();
        var single = benchmarks.SinglePass();
        var compiled = benchmarks.Compile();

        var counts = CountSummary.Of(compiled);
        Assert.InRange(counts.Total, 8_500, 9_500);
        Assert.Equal(counts.ToString(), linq.Counts.ToString());
        Assert.Equal(counts.ToString(), single.ToString());
        Assert.Equal(compiled.Included, linq.Included);
        Assert.Equal(compiled.ByTheme, linq.ByTheme);
        Assert.Equal(compiled.ByService, linq.ByService);
        Assert.Equal(compiled.BySubject, linq.BySubject);
    }
}
