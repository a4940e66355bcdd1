using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

public sealed class CompilationMarkdownTests
{
    [Fact]
    public void Markdown_IsTheExportsPageWithEachChartLinkedAndItsTableUnderIt()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var (first, second) = CompilationFixture.Two(profile);
        var charts = new Dictionary<string, MemoryStream>(StringComparer.Ordinal);
        using var page = new StringWriter();

        var files = CompilationMarkdown.Write(second, profile, [first], page, name => charts[name] = new MemoryStream(), "k-2025-2-", Language.Finnish);

        var markdown = page.ToString();
        Assert.StartsWith(CompilationExport.ToMarkdown(second, profile, Language.Finnish), markdown, StringComparison.Ordinal);
        Assert.Equal(["k-2025-2-themes.svg", "k-2025-2-services.svg", "k-2025-2-subjects.svg", "k-2025-2-polarity.svg", "k-2025-2-theme-trend.svg"], files);
        Assert.Equal(files.Order(), charts.Keys.Order());
        foreach (var chart in CompilationCharts.For(second, profile, [first], Language.Finnish))
        {
            var file = $"k-2025-2-{chart.Id}.svg";
            Assert.Single(markdown.Split('\n'), l => l == $"![{chart.Title}]({file})");
            Assert.Contains(chart.TextAlternative, markdown, StringComparison.Ordinal);
            Assert.True(markdown.IndexOf($"({file})", StringComparison.Ordinal) < markdown.IndexOf(chart.TextAlternative, StringComparison.Ordinal), "The table follows its chart.");
            Assert.Equal(chart.ToSvg(), System.Text.Encoding.UTF8.GetString(charts[file].ToArray()));
        }
    }

    [Fact]
    public void WriteToDirectory_WritesThePageAndTheChartsBesideIt()
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var (first, _) = CompilationFixture.Two(profile, reportsPerPeriod: 10);
        var directory = Directory.CreateTempSubdirectory("figures-");
        try
        {
            var written = CompilationMarkdown.WriteToDirectory(directory.FullName, "ek-1", first, profile, [], Language.English);

            Assert.Equal(6, written.Count);
            Assert.Equal(Path.Combine(directory.FullName, "ek-1.md"), written[0]);
            Assert.All(written, f => Assert.True(File.Exists(f)));
            Assert.All(written.Skip(1), f => FigureChecks.Parse(File.ReadAllText(f)));
            Assert.Contains("](ek-1-themes.svg)", File.ReadAllText(written[0]), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void WriteToDirectory_IntoAMissingDirectory_SaysSo()
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var (first, _) = CompilationFixture.Two(profile, reportsPerPeriod: 5);

        Assert.Throws<DirectoryNotFoundException>(() => CompilationMarkdown.WriteToDirectory(Path.Combine(Path.GetTempPath(), "no-such-directory-17"), "x", first, profile, []));
    }

    [Fact]
    public void Write_WithAPathInTheChartPrefix_IsRefused()
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var (first, _) = CompilationFixture.Two(profile, reportsPerPeriod: 5);

        Assert.Throws<ArgumentException>(() => CompilationMarkdown.Write(first, profile, [], TextWriter.Null, _ => new MemoryStream(), "../x", Language.Finnish));
    }
}
