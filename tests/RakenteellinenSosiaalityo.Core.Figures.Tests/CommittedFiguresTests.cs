using AnnualCycle;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

/// <summary>
/// The figures committed under docs/figures (shown in README: each built-in region's wheel and process flows) are
/// what the main job writes today: regenerate them with <c>bash eng/render-figures.sh</c> when this fails. The
/// compilation pages the main job also writes come from synthetic reports and are not committed.
/// </summary>
public sealed class CommittedFiguresTests
{
    private static readonly string[] Extensions = [".svg", ".mmd"];

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void CommittedFigures_AreWhatTheMainJobWrites(string region)
    {
        var committed = Path.Combine(RepositoryRoot(), "docs", "figures");
        var fresh = Directory.CreateTempSubdirectory("figures-");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = CommandLine.Run(["--region", region, "--year", "2025", "--figures", fresh.FullName], output, error);
            Assert.True(code == CommandLine.Ok, error.ToString());

            var written = Names(fresh.FullName, region);
            Assert.Contains($"{region}-2025-clock.svg", written);
            Assert.Contains($"{region}-reportProcess.svg", written);
            Assert.Contains($"{region}-compilationProcess.mmd", written);
            Assert.Equal(written, Names(committed, region));
            foreach (var name in written)
            {
                Assert.True(
                    File.ReadAllBytes(Path.Combine(fresh.FullName, name)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(committed, name))),
                    $"docs/figures/{name} is stale: run `bash eng/render-figures.sh` and commit the result.");
            }
        }
        finally
        {
            fresh.Delete(recursive: true);
        }
    }

    [Fact]
    public void MainJob_WritesEveryProcessOfTheProfile()
    {
        // Every ProcessDefinition the profile holds, found by type: a process the profile gains later is drawn too.
        var names = FiguresSection.Processes(BuiltInRegions.Kymenlaakso).Select(p => p.Name).ToList();

        Assert.Contains("reportProcess", names);
        Assert.Contains("compilationProcess", names);
        Assert.Equal(typeof(RegionProfile).GetProperties().Count(p => p.PropertyType == typeof(ProcessDefinition) && p.GetValue(BuiltInRegions.Kymenlaakso) is not null), names.Count);
    }

    [Fact]
    public void MainJob_WithIcsIntoADirectory_WritesTheFiguresBesideTheCalendar()
    {
        var directory = Directory.CreateTempSubdirectory("figures-ics-");
        try
        {
            using var output = new StringWriter();
            var code = CommandLine.Run(["--region", "kymenlaakso", "--year", "2025", "--ics", directory.FullName], output, TextWriter.Null);

            Assert.Equal(CommandLine.Ok, code);
            Assert.True(File.Exists(Path.Combine(directory.FullName, "kymenlaakso-2025.ics")));
            Assert.True(File.Exists(Path.Combine(directory.FullName, "kymenlaakso-2025-clock.svg")));
            Assert.True(File.Exists(Path.Combine(directory.FullName, "kymenlaakso-2025-compilation-2-theme-trend.svg")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void MainJob_WithFiguresButNoDirectory_IsBadInput()
    {
        using var error = new StringWriter();

        Assert.Equal(CommandLine.BadInput, CommandLine.Run(["--region", "kymenlaakso", "--figures"], TextWriter.Null, error));
        Assert.Contains("--figures needs a value: a directory.", error.ToString(), StringComparison.Ordinal);
    }

    private static List<string> Names(string directory, string region) =>
        Directory.EnumerateFiles(directory, $"{region}-*")
            .Select(Path.GetFileName)
            .Where(n => Extensions.Contains(Path.GetExtension(n), StringComparer.Ordinal) && !n!.Contains("-compilation-", StringComparison.Ordinal))
            .Select(n => n!)
            .Order(StringComparer.Ordinal)
            .ToList();

    internal static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "RakenteellinenSosiaalityo.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No RakenteellinenSosiaalityo.Core.sln above {AppContext.BaseDirectory}.");
    }
}
