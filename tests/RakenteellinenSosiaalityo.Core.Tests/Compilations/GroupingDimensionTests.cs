using System.Text.Json.Nodes;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Csv;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Testing;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// Issue 13: grouping dimensions as data. The bilingual test region (the seven municipalities of Itä-Uusimaa) groups
/// its compilations by theme, service, subject, municipality and language; the built-in profiles keep theme, service
/// and subject, and their documents are as before.
/// </summary>
public sealed class GroupingDimensionTests
{
    private static readonly string BilingualPath = Path.Combine(AppContext.BaseDirectory, "Regions", "Profiles", "bilingual.json");

    internal static RegionProfile Bilingual { get; } = RegionProfileJson.Load(File.ReadAllText(BilingualPath));

    internal static CompilationContent BilingualCompilation()
    {
        var period = Bilingual.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 1));
        var reports = SyntheticReports.Generate(Bilingual, period, 60, seed: 13);
        return Compiler.Compile(Bilingual, period, FinnishTime.StartOf(period.End.PlusDays(40)), reports);
    }

    private static Dictionary<string, int> AreaCounts(CompilationContent content) =>
        content.Included.GroupBy(r => r.Content.AreaId ?? ReportGroup.NotRecordedKey).ToDictionary(g => g.Key, g => g.Count());

    [Fact]
    public void Bilingual_Profile_HasItsMunicipalities_AndGroupsByAreaAndLanguage()
    {
        Assert.Equal(["askola", "lapinjarvi", "loviisa", "myrskyla", "porvoo", "pukkila", "sipoo"], Bilingual.Areas.Select(a => a.Id));
        Assert.Equal("Borgå", Bilingual.FindArea("porvoo")!.Name.Sv);
        Assert.Equal(
            [GroupingDimension.Theme, GroupingDimension.Service, GroupingDimension.Subject, GroupingDimension.Area, GroupingDimension.Language],
            Bilingual.CompilationRules.Dimensions);
    }

    [Fact]
    public void Bilingual_Compilation_CountsReportsPerMunicipality()
    {
        var content = BilingualCompilation();
        var expected = AreaCounts(content);

        var groups = content.GroupsOf(GroupingDimension.Area);

        Assert.True(content.Included.Count > 10);
        Assert.All(groups, g => Assert.Equal(GroupingDimension.Area, g.Dimension));
        Assert.Equal(expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => (e.Key, e.Value)), groups.Select(g => (g.Key, g.Reports.Count)));
        Assert.Equal(content.Included.Count, content.GroupsOf(GroupingDimension.Language).Sum(g => g.Reports.Count));
    }

    [Fact]
    public void Bilingual_ExportJson_HasTheGroupsPerMunicipality()
    {
        var content = BilingualCompilation();
        var expected = AreaCounts(content);

        var json = JsonNode.Parse(CompilationExport.ToJson(content, Bilingual))!;

        Assert.Equal(["theme", "service", "subject", "area", "language"], json["groupBy"]!.AsArray().Select(d => d!.GetValue<string>()));
        var areas = json["groups"]!.AsArray().Where(g => g!["dimension"]!.GetValue<string>() == "area").ToList();
        Assert.Equal(expected.Count, areas.Count);
        Assert.All(areas, g => Assert.Equal(expected[g!["key"]!.GetValue<string>()], g!["reports"]!.AsArray().Count));
        Assert.All(json["reports"]!.AsArray(), r => Assert.NotNull(r!["areaId"]));
    }

    [Fact]
    public void Bilingual_Markdown_HasATableOfMunicipalities_InFinnishAndSwedish()
    {
        var content = BilingualCompilation();
        var expected = AreaCounts(content);

        var fi = CompilationExport.ToMarkdown(content, Bilingual);
        var sv = CompilationExport.ToMarkdown(content, Bilingual, Core.Text.Language.Swedish);

        Assert.Contains("## Kunnat ja alueet\n\n| Kunta tai alue | Raportteja |", fi, StringComparison.Ordinal);
        Assert.Contains($"| Porvoo | {expected["porvoo"]} |", fi, StringComparison.Ordinal);
        Assert.Contains("## Kommuner och områden", sv, StringComparison.Ordinal);
        Assert.Contains($"| Borgå | {expected["porvoo"]} |", sv, StringComparison.Ordinal);
        Assert.Contains("- Kommun eller område: ", sv, StringComparison.Ordinal);
        Assert.Contains("## Kielet", fi, StringComparison.Ordinal);
    }

    [Fact]
    public void Bilingual_Csv_HasCountsPerMunicipality_AndAreaColumns()
    {
        var content = BilingualCompilation();
        var expected = AreaCounts(content);

        var counts = CompilationCountsCsv.ToCsv(content, Bilingual).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var rows = CompilationCsv.ToCsv(content, Bilingual).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("dimension,key,name,count", counts[0]);
        Assert.Equal(
            expected.OrderBy(e => e.Key, StringComparer.Ordinal).Select(e => $"area,{e.Key},{Bilingual.FindArea(e.Key)!.Name.Fi},{e.Value}"),
            counts.Where(r => r.StartsWith("area,", StringComparison.Ordinal)));
        Assert.EndsWith(",areaId,area,language", rows[0], StringComparison.Ordinal);
        Assert.Equal(content.Included.Count, rows.Length - 1);
    }

    [Fact]
    public void Bilingual_CompilationJson_RoundTrips_WithItsGroups()
    {
        var content = BilingualCompilation();
        var compilation = Compilation.Create(Bilingual, content, new Performer(Bilingual.CompilationProcess.First.PerformedBy), content.Cutoff, CompilationFixtures.Required(Bilingual.CompilationProcess.First));

        var read = CompilationJson.Deserialize(CompilationJson.Serialize(compilation), Bilingual);

        Assert.Equal(compilation, read);
        Assert.Equal(content.Groups, read.Content.Groups);
        Assert.NotEmpty(read.Content.GroupsOf(GroupingDimension.Area));
    }

    // A compilation document written before issue 13 has no groupBy and no groups: it still loads, with the default dimensions.
    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void BuiltIn_Documents_HaveNoDimensionFields_AndLoadWithTheDefaultDimensions(string region)
    {
        var profile = CompilationFixtures.Profile(region);
        var compilation = CompilationFixtures.Created(profile);

        var json = CompilationJson.Serialize(compilation);
        var export = CompilationExport.ToJson(compilation.Content, profile);

        Assert.DoesNotContain("\"groupBy\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"groups\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("\"groupBy\"", export, StringComparison.Ordinal);
        Assert.DoesNotContain("\"areaId\"", export, StringComparison.Ordinal);
        Assert.Equal(CompilationRules.DefaultDimensions, CompilationJson.Deserialize(json, profile).Content.Dimensions);
        Assert.Equal(CompilationCsv.Columns, CompilationCsv.ToCsv(compilation.Content, profile).Split("\r\n")[0].Split(','));
    }

    [Fact]
    public void ReportGroups_SayTheirDimension()
    {
        var content = CompilationFixtures.Content(BuiltInRegions.EtelaKarjala);

        Assert.All(content.ByTheme, g => Assert.Equal(GroupingDimension.Theme, g.Dimension));
        Assert.All(content.ByService, g => Assert.Equal(GroupingDimension.Service, g.Dimension));
        Assert.All(content.BySubject, g => Assert.Equal(GroupingDimension.Subject, g.Dimension));
        Assert.Empty(content.Groups);
    }

    [Fact]
    public void Report_NamingAnUnknownMunicipality_IsRefusedWithItsRuleCode()
    {
        var content = Content(serviceId: Bilingual.Services[0].Id) with { AreaId = "helsinki" };
        var by = new Performer(Bilingual.ReportProcess.First.PerformedBy);

        var e = Assert.Throws<LifecycleException>(() => SocialReport.Create(Bilingual, new ReportId("R-1"), content, by, Start));

        Assert.Equal(LifecycleRules.UnknownArea, e.Code);
        Assert.Contains("'helsinki'", e.Message, StringComparison.Ordinal);
        Assert.Contains("porvoo", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_GroupingByArea_WithoutAreas_IsAProblemAtItsPath()
    {
        var json = JsonNode.Parse(RegionProfileJson.Serialize(BuiltInRegions.EtelaKarjala))!;
        json["compilationRules"]!["groupBy"] = new JsonArray("theme", "area", "theme");

        var problems = RegionProfileJson.Validate(json.ToJsonString());

        Assert.Contains(problems, p => p.Path == "$.compilationRules.groupBy[1]" && p.Rule == ValidationRules.DimensionWithoutData);
        Assert.Contains(problems, p => p.Path == "$.compilationRules.groupBy[2]" && p.Rule == ValidationRules.DimensionWithoutData);
    }

    // An empty list of areas is no areas; a dimension named twice is said so, and a non-string item is left to the schema.
    [Fact]
    public void Profile_GroupingByArea_WithAnEmptyAreaList_AndADimensionTwice_AreSaidApart()
    {
        var json = JsonNode.Parse(RegionProfileJson.Serialize(BuiltInRegions.EtelaKarjala))!;
        json["areas"] = new JsonArray();
        json["compilationRules"]!["groupBy"] = new JsonArray("area", 7, "service", "service");

        var problems = RegionProfileJson.Validate(json.ToJsonString()).Where(p => p.Rule == ValidationRules.DimensionWithoutData).ToList();

        Assert.Equal(["$.compilationRules.groupBy[0]", "$.compilationRules.groupBy[3]"], problems.Select(p => p.Path));
        Assert.StartsWith("Compilations cannot group by area: the profile lists no areas.", problems[0].Message, StringComparison.Ordinal);
        Assert.Equal("Dimension 'service' is listed twice in groupBy; list each dimension once.", problems[1].Message);
    }

    [Fact]
    public void Profile_AreaIdTwice_IsADuplicateId()
    {
        var json = JsonNode.Parse(File.ReadAllText(BilingualPath))!;
        json["areas"]![1]!["id"] = "askola";

        var problems = RegionProfileJson.Validate(json.ToJsonString());

        Assert.Contains(problems, p => p.Path == "$.areas[1].id" && p.Rule == ValidationRules.DuplicateId);
    }

    [Fact]
    public void Profile_WithAreas_RoundTrips()
    {
        Assert.Equal(Bilingual, RegionProfileJson.Load(RegionProfileJson.Serialize(Bilingual)));
    }

    [Fact]
    public void ReportContent_Language_IsFiOrSv()
    {
        Assert.Throws<ArgumentException>(() => Content() with { Language = "de" });
        Assert.Equal("sv", (Content() with { Language = "sv" }).Language);
    }
}
