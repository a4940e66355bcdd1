using AnnualCycle;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Testing;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

/// <summary>
/// Issue 13: profiles of the suite's own making for four kinds of region that neither plan is (one period a year, four
/// a year, periods ending at the end of February, bilingual fi/sv), each loaded, checked with the kit and run through
/// the main job in fi, sv and en. The bilingual region delivers results per municipality: its profile lists the seven
/// municipalities of Itä-Uusimaa and groups by them (GroupingDimensionTests counts them in JSON, Markdown and CSV).
/// </summary>
public sealed class RegionKindsTests
{
    public static TheoryData<string> Kinds => new() { "one-period", "four-periods", "february-end", "bilingual" };

    private static string PathOf(string kind) => TestProfiles.PathOf(kind);

    private static RegionProfile Load(string kind) => TestProfiles.Load(kind);

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Profile_Loads_AndTheKitFindsNoError(string kind)
    {
        var profile = Load(kind);

        Assert.DoesNotContain(ProfileCheck.Check(profile), f => f.Severity == ProfileFindingSeverity.Error);
    }

    [Fact]
    public void PeriodsPerYear_AreAsTheKindSays()
    {
        Assert.Single(Load("one-period").ReportingPeriods.PeriodsInYear(2025));
        Assert.Equal(4, Load("four-periods").ReportingPeriods.PeriodsInYear(2025).Count);
        var february = Load("february-end").ReportingPeriods;
        Assert.Equal(new NodaTime.LocalDate(2024, 2, 29), february.PeriodFor(new NodaTime.LocalDate(2024, 2, 29)).End);
        Assert.Equal(new NodaTime.LocalDate(2025, 2, 28), february.PeriodFor(new NodaTime.LocalDate(2025, 2, 1)).End);
    }

    // A one-period region compiling in [1, 2, 3] is due in the first quarter of the next year (issue 13).
    [Fact]
    public void OnePeriod_IsDueInTheFirstQuarter()
    {
        var profile = Load("one-period");

        var window = Compiler.DueWindow(profile, profile.ReportingPeriods.PeriodFor(new NodaTime.LocalDate(2025, 6, 1)));

        Assert.Equal(new NodaTime.DateInterval(new NodaTime.LocalDate(2026, 1, 1), new NodaTime.LocalDate(2026, 3, 31)), window);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void MainJob_RunsTheYear_InEveryLanguage(string kind)
    {
        foreach (var (language, value) in new[] { ("fi", Core.Text.Language.Finnish), ("sv", Core.Text.Language.Swedish), ("en", Core.Text.Language.English) })
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = CommandLine.Run(["--region", PathOf(kind), "--year", "2025", "--language", language], output, error);

            Assert.Equal((CommandLine.Ok, string.Empty), (code, error.ToString()));
            Assert.StartsWith(Load(kind).Name.Get(value), output.ToString(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void CheckMode_HasNoError(string kind)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = CommandLine.Run(["check", PathOf(kind), "--year", "2025"], output, error);

        Assert.InRange(code, CommandLine.Ok, CheckMode.WarningsOnly);
    }

    // Issue 13: the compilation heading follows the period scheme, not "Puolivuosikoosteet" for every region.
    [Theory]
    [InlineData("one-period", "Vuosikoosteet: ", "Årssammanställningar: ", "Annual compilations: ")]
    [InlineData("four-periods", "Neljännesvuosikoosteet: ", "Kvartalssammanställningar: ", "Quarterly compilations: ")]
    public void MainJob_NamesTheCompilationsByThePeriodScheme(string kind, string fi, string sv, string en)
    {
        foreach (var (language, heading) in new[] { ("fi", fi), ("sv", sv), ("en", en) })
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            CommandLine.Run(["--region", PathOf(kind), "--year", "2025", "--language", language], output, error);

            Assert.Contains("\n" + heading, output.ToString(), StringComparison.Ordinal);
            Assert.DoesNotContain("Puolivuosikoosteet", output.ToString(), StringComparison.Ordinal);
        }
    }

    // Issue 13: 27 or more periods ending in one year ran the synthetic id prefix out of letters and crashed the main job.
    [Fact]
    public void MainJob_RunsAYearOf36Periods()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(PathOf("four-periods")))!;
        var periods = new System.Text.Json.Nodes.JsonArray();
        for (var month = 1; month <= 12; month++)
        {
            var last = DateTime.DaysInMonth(2025, month);
            foreach (var (start, end) in new[] { (1, 10), (11, 20), (21, last) })
            {
                periods.Add(new System.Text.Json.Nodes.JsonObject { ["start"] = $"{month:00}-{start:00}", ["end"] = $"{month:00}-{end:00}" });
            }
        }

        json["reportingPeriods"] = new System.Text.Json.Nodes.JsonObject { ["periods"] = periods };
        var path = Path.Combine(Path.GetTempPath(), $"periods36-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = CommandLine.Run(["--region", path, "--year", "2025"], output, error);

            Assert.Equal((CommandLine.Ok, string.Empty), (code, error.ToString()));
        }
        finally
        {
            File.Delete(path);
        }
    }

    // Issue 13: the main job named an Etelä-Karjala body ("Sosiaalityön verkosto") as the assessor of any region's
    // manual metric; a Kymenlaakso-based region with one manual metric shows it.
    [Fact]
    public void MainJob_NamesNoEtelaKarjalaBody_AsAManualMetricsAssessor()
    {
        var json = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(PathOf("one-period")))!;
        var metric = json["metrics"]![0]!.AsObject();
        metric.Remove("derived");
        metric["manual"] = true;
        var path = Path.Combine(Path.GetTempPath(), $"manual-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.ToJsonString());
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = CommandLine.Run(["--region", path, "--year", "2025"], output, error);

            Assert.Equal(CommandLine.Ok, code);
            Assert.DoesNotContain("Sosiaalityön verkosto", output.ToString(), StringComparison.Ordinal);
            Assert.Contains("Edistynyt; jatketaan ensi vuonna.", output.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
