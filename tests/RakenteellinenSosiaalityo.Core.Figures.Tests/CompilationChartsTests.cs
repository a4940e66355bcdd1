using System.Globalization;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

public sealed class CompilationChartsTests
{
    private static readonly RegionProfile Profile = BuiltInRegions.EtelaKarjala;

    // EK 5.1: a compilation shows the phenomena with the recurring ones; every count is drawn once and is in the table.
    [Fact]
    public void ThemesChart_DrawsEachThemesCountOnceMarksTheRecurringOnesAndListsThemInTheTable()
    {
        var (_, second) = CompilationFixture.Two(Profile);
        var chart = CompilationCharts.Themes(second, Profile, Language.Finnish);
        var document = FigureChecks.Parse(chart.ToSvg());

        Assert.NotEmpty(second.Themes);
        Assert.Contains(second.Themes, t => t.IsRecurring);
        var values = document.Descendants(FigureChecks.Svg + "g").Where(g => (string?)g.Attribute("class") == "value").ToList();
        Assert.Equal(second.Themes.Count, values.Count);
        var labels = document.Descendants(FigureChecks.Svg + "text").Where(t => (string?)t.Attribute("class") == "row-label").Select(FigureChecks.TextOf).ToList();
        foreach (var theme in second.Themes)
        {
            var value = Assert.Single(values, v => (string?)v.Attribute("data-key") == theme.ThemeId.Value);
            Assert.Equal(theme.Reports.ToString(CultureInfo.InvariantCulture), (string?)value.Attribute("data-value"));
            var name = Profile.FindTheme(theme.ThemeId)!.Name.Fi;
            Assert.Single(labels, l => l == (theme.IsRecurring ? $"{name} (toistuva)" : name));
            Assert.Contains($"| {name} | {theme.Reports} | {(theme.IsRecurring ? "✓" : string.Empty)} |", chart.TextAlternative, StringComparison.Ordinal);
        }

        var layout = chart.Layout;
        FigureChecks.LabelsInsideAndApart(layout.Labels, layout.ViewBox);
        FigureChecks.AllCoordinatesInside(document);
        Assert.Equal(second.Themes.Count, layout.Labels.Count(l => l.Role == "value"));
    }

    [Fact]
    public void ServiceSubjectAndPolarityCharts_DrawTheCompilationsCounts()
    {
        var (first, _) = CompilationFixture.Two(Profile);
        var counts = first.Counts;

        Assert.Equal(counts.ByService.ToDictionary(c => c.Key, c => c.Count), Values(CompilationCharts.Services(first, Profile, Language.Swedish)));
        Assert.Equal(counts.BySubject.ToDictionary(c => c.Key, c => c.Count), Values(CompilationCharts.Subjects(first, Profile, Language.English)));
        var polarity = Values(CompilationCharts.Polarity(first, Profile, Language.Finnish));
        Assert.Equal(counts.Negative, polarity["negative"]);
        Assert.Equal(counts.Positive, polarity["positive"]);
        Assert.Equal(counts.PolarityNotRecorded, polarity.GetValueOrDefault("not-recorded"));

        var subjects = CompilationCharts.Subjects(first, Profile, Language.English);
        Assert.Contains("Good practices", subjects.TextAlternative, StringComparison.Ordinal);
        foreach (var chart in CompilationCharts.For(first, Profile, [], Language.Swedish))
        {
            FigureChecks.LabelsInsideAndApart(chart.Layout.Labels, chart.Layout.ViewBox);
            FigureChecks.AllCoordinatesInside(FigureChecks.Parse(chart.ToSvg()));
        }
    }

    [Fact]
    public void ThemeTrend_HasAColumnPerCompilationInPeriodOrderWithEachThemesCount()
    {
        var (first, second) = CompilationFixture.Two(Profile);
        var chart = CompilationCharts.ThemeTrend(second, Profile, [first], Language.Finnish);
        var document = FigureChecks.Parse(chart.ToSvg());

        var cells = document.Descendants(FigureChecks.Svg + "g").Where(g => (string?)g.Attribute("class") == "value").ToList();
        var themes = first.Counts.ByTheme.Select(k => k.Key).Union(second.Counts.ByTheme.Select(k => k.Key)).ToList();
        Assert.Equal(themes.Count * 2, cells.Count);
        foreach (var (content, column) in new[] { (first, "0"), (second, "1") })
        {
            foreach (var theme in themes)
            {
                var cell = Assert.Single(cells, c => (string?)c.Attribute("data-key") == theme && (string?)c.Attribute("data-column") == column);
                Assert.Equal(content.Counts.ByTheme.FirstOrDefault(k => k.Key == theme).Count.ToString(CultureInfo.InvariantCulture), (string?)cell.Attribute("data-value"));
            }
        }

        Assert.Contains(first.Period.ToString(), chart.TextAlternative, StringComparison.Ordinal);
        FigureChecks.LabelsInsideAndApart(chart.Layout.Labels, chart.Layout.ViewBox);
    }

    [Fact]
    public void ThemeTrend_WithAPreviousCompilationThatIsNotEarlier_IsRefused()
    {
        var (first, second) = CompilationFixture.Two(Profile);

        var error = Assert.Throws<ArgumentException>(() => CompilationCharts.ThemeTrend(first, Profile, [second], Language.Finnish));
        Assert.Contains("not earlier", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Charts_OfAnotherRegionsProfile_AreRefused()
    {
        var (first, _) = CompilationFixture.Two(Profile);

        Assert.Throws<ArgumentException>(() => CompilationCharts.Themes(first, BuiltInRegions.Kymenlaakso, Language.Finnish));
    }

    [Fact]
    public void Charts_OfAnEmptyCompilation_SayInWordsThatThereIsNothing()
    {
        var period = Profile.ReportingPeriods.PeriodsInYear(2025)[0];
        var empty = Compiler.Compile(Profile, period, Periods.FinnishTime.StartOf(period.End.PlusDays(5)), []);

        var themes = CompilationCharts.Themes(empty, Profile, Language.English);
        Assert.Equal("The reports named no phenomenon themes.\n", themes.TextAlternative);
        Assert.Contains("The reports named no phenomenon themes.", themes.ToSvg(), StringComparison.Ordinal);
        Assert.Equal("The compilation holds no reports.\n", CompilationCharts.Polarity(empty, Profile, Language.English).TextAlternative);
    }

    [Fact]
    public void Charts_NeverShowAPhoneNumberFromAProfileLabel()
    {
        var profile = Profile with
        {
            PhenomenonThemes = [.. Profile.PhenomenonThemes.Select((t, i) => i == 0 ? t with { Name = new LocalizedText("Asuminen, soita 040 1234567") } : t)],
        };
        var (first, second) = CompilationFixture.Two(profile);

        foreach (var chart in CompilationCharts.For(second, profile, [first], Language.Finnish))
        {
            Assert.DoesNotContain("1234567", chart.ToSvg(), StringComparison.Ordinal);
            Assert.DoesNotContain("1234567", chart.TextAlternative, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Chart_IsTheSameBytesInAnyCulture()
    {
        var (first, second) = CompilationFixture.Two(Profile);
        var chart = CompilationCharts.ThemeTrend(second, Profile, [first], Language.Finnish);

        Assert.Equal(chart.ToSvg(), FigureChecks.InCommaCulture(chart.ToSvg));
    }

    private static Dictionary<string, int> Values(CompilationChart chart) =>
        FigureChecks.Parse(chart.ToSvg()).Descendants(FigureChecks.Svg + "g")
            .Where(g => (string?)g.Attribute("class") == "value")
            .ToDictionary(g => (string)g.Attribute("data-key")!, g => int.Parse((string)g.Attribute("data-value")!, CultureInfo.InvariantCulture));
}
