using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Tests.Compilations.CompilationFixtures;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// What a stored compilation's content must hold beyond its shape (issue 16: these checks of <see cref="CompilationJson"/>
/// ran in no test): its period is one of the region's, each report is accounted for once (included once, not also
/// carried over or excluded), and every group lists only included reports. Each problem is at its path with its rule.
/// The document: the spring 2025 compilation of Etelä-Karjala with included, R-2 carried over and R-3
/// excluded (withdrawn).
/// </summary>
public sealed class CompilationDocumentChecksTests
{
    private static readonly string Stored = CompilationJson.Serialize(Walked(EtelaKarjala, 1));

    [Fact]
    public void TheStoredDocument_IsWhatTheTestsEdit()
    {
        var content = JsonNode.Parse(Stored)!["content"]!;

        Assert.Equal(["R-1", "R-4"], content["included"]!.AsArray().Select(r => (string?)r!["id"]));
        Assert.Equal(["R-2"], content["carriedOver"]!.AsArray().Select(r => (string?)r!["id"]));
        Assert.Equal(["R-3"], content["excluded"]!.AsArray().Select(r => (string?)r!["id"]));
        Assert.Empty(content["byTheme"]!.AsArray()); // the reports name no theme: the tests give byTheme a group
        Assert.NotEmpty(content["byService"]!.AsArray());
        Assert.NotEmpty(content["bySubject"]!.AsArray());
        Assert.True(CompilationJson.TryDeserialize(Stored, EtelaKarjala, out _, out var problems), string.Join("\n", problems));
    }

    [Fact]
    public void AReportIncludedTwice_IsADuplicateId_AtTheSecond()
    {
        var problems = ProblemsAfter(content =>
        {
            var included = content["included"]!.AsArray();
            included.Add(included[0]!.DeepClone());
            content["counts"]!["total"] = 3;
        });

        var problem = Assert.Single(problems);
        Assert.Equal(("$.content.included[2].id", ValidationRules.DuplicateId), (problem.Path, problem.Rule));
        Assert.Equal("Report R-1 is included twice.", problem.Message);
    }

    [Fact]
    public void ATotalOtherThanTheIncludedReports_NamesBoth()
    {
        var problem = Assert.Single(ProblemsAfter(content => content["counts"]!["total"] = 3));

        Assert.Equal(("$.content.counts.total", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.Equal("The total is 3, but 2 report(s) are included.", problem.Message);
    }

    [Theory]
    [InlineData("carriedOver", "R-1")]
    [InlineData("carriedOver", "R-4")]
    [InlineData("excluded", "R-1")]
    [InlineData("excluded", "R-4")]
    public void AReportCarriedOverOrExcluded_AndAlsoIncluded_IsRefusedAtItsId(string list, string id)
    {
        var problem = Assert.Single(ProblemsAfter(content => content[list]![0]!["id"] = id));

        Assert.Equal(($"$.content.{list}[0].id", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.Equal($"Report {id} is also included; a compilation accounts for each report once.", problem.Message);
    }

    [Theory]
    [InlineData("byTheme")]
    [InlineData("byService")]
    [InlineData("bySubject")]
    public void AGroupListingAReportNotIncluded_IsRefusedAtItsReports(string list)
    {
        string? key = null;
        var problems = ProblemsAfter(content =>
        {
            GiveByThemeAGroup(content);
            var group = content[list]![0]!;
            key = (string?)group["key"];
            group["reports"]!.AsArray().Add("R-2");
        });

        var problem = Assert.Single(problems);
        Assert.Equal(($"$.content.{list}[0].reports", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.Equal($"Group '{key}' lists report R-2, which is not included.", problem.Message);
    }

    [Theory]
    [InlineData("included")]
    [InlineData("carriedOver")]
    [InlineData("excluded")]
    [InlineData("byTheme")]
    [InlineData("byService")]
    [InlineData("bySubject")]
    public void ANullInAList_IsAWrongType_AtItsIndex(string list)
    {
        var problems = ProblemsAfter(content =>
        {
            GiveByThemeAGroup(content);
            content[list]![0] = null;
        });

        Assert.Contains(problems, p => p.Path == $"$.content.{list}[0]" && p.Rule == ValidationRules.WrongType);
    }

    [Fact]
    public void APeriodThatIsNotTheRegions_IsRefusedAtThePeriod()
    {
        // Etelä-Karjala's periods are half years; a quarter is no period of it.
        var problems = ProblemsAfter(content => content["period"]!["end"] = "2025-03-31");

        var problem = Assert.Single(problems, p => p.Path == "$.content.period");
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Equal("1.1.2025–31.3.2025 is not a reporting period of region 'etela-karjala'.", problem.Message);
    }

    [Fact]
    public void TextWithALoneSurrogate_IsMalformed_NotAnEncoderException()
    {
        var json = Stored.Replace("\"R-1\"", "\"R-\uD800\"", StringComparison.Ordinal);

        Assert.False(CompilationJson.TryDeserialize(json, EtelaKarjala, out var compilation, out var problems));

        Assert.Null(compilation);
        var problem = Assert.Single(problems);
        Assert.Equal(("$", ValidationRules.MalformedJson), (problem.Path, problem.Rule));
        Assert.Equal("The text is not Unicode text: it holds a lone UTF-16 surrogate; write the character itself or remove it.", problem.Message);
    }

    // Derived parts (issue 16's review: a stored compilation whose groups, counts or theme summaries were edited loaded
    // as if the reports gave them). The rich document: 60 synthetic reports of a region with areas and themes.
    private static readonly Compilation RichCompilation = RichOne();
    private static readonly string Rich = CompilationJson.Serialize(RichCompilation);

    [Fact]
    public void TheRichDocument_HasEveryDerivedPart_AndLoads()
    {
        var content = JsonNode.Parse(Rich)!["content"]!;
        foreach (var list in new[] { "byTheme", "byService", "bySubject", "groups", "themes" })
        {
            Assert.True(content[list]!.AsArray().Count >= 2, list);
        }

        Assert.True((int)content["counts"]!["positive"]! > 0 && (int)content["counts"]!["negative"]! > 0);
        Assert.Equal(RichCompilation, CompilationJson.Deserialize(Rich, GroupingDimensionTests.Bilingual));
    }

    [Theory]
    [InlineData("byTheme")]
    [InlineData("byService")]
    [InlineData("bySubject")]
    [InlineData("groups")]
    public void AGroupWithAnotherIncludedReport_IsRefusedAtTheGroup(string list)
    {
        string? expected = null;
        var problem = Assert.Single(RichProblemsAfter(content =>
        {
            var group = content[list]![1]!;
            var reports = group["reports"]!.AsArray();
            var key = (string?)group["key"];
            expected = $"The included reports give group '{key}' with {reports.Count} report(s) here, not group '{key}' with {reports.Count - 1} report(s).";
            reports.RemoveAt(0);
        }));

        Assert.Equal(($"$.content.{list}[1]", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.Equal(expected, problem.Message);
    }

    [Theory]
    [InlineData("byTheme")]
    [InlineData("byService")]
    [InlineData("bySubject")]
    [InlineData("groups")]
    public void AGroupLeftOut_IsMissing_AtTheEnd(string list)
    {
        var count = 0;
        var problem = Assert.Single(RichProblemsAfter(content =>
        {
            var groups = content[list]!.AsArray();
            count = groups.Count;
            groups.RemoveAt(count - 1);
        }));

        Assert.Equal(($"$.content.{list}", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.EndsWith($"after the {count - 1} item(s) stored, which the document lacks (1 item(s) missing).", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AGroupTheReportsDoNotGive_IsOneMore_AtTheEnd()
    {
        var count = 0;
        var problem = Assert.Single(RichProblemsAfter(content =>
        {
            var groups = content["byService"]!.AsArray();
            count = groups.Count;
            groups.Add(groups[0]!.DeepClone());
        }));

        Assert.Equal(($"$.content.byService[{count}]", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.StartsWith("The included reports give no more items here; 1 more are stored, first group '", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("positive")]
    [InlineData("negative")]
    public void APolarityCount_OtherThanTheReportsGive_IsRefusedAtIt(string count)
    {
        var given = 0;
        var problem = Assert.Single(RichProblemsAfter(content =>
        {
            given = (int)content["counts"]![count]!;
            content["counts"]![count] = given - 1;
        }));

        Assert.Equal(($"$.content.counts.{count}", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.Equal($"The included reports give {given}, not {given - 1}.", problem.Message);
    }

    [Theory]
    [InlineData("byService")]
    [InlineData("bySubject")]
    [InlineData("byProfession")]
    [InlineData("byTheme")]
    public void AKeyCount_OtherThanTheReportsGive_IsRefusedAtIt(string list)
    {
        string? expected = null;
        var problem = Assert.Single(RichProblemsAfter(content =>
        {
            var item = content["counts"]![list]![0]!;
            var (key, n) = ((string?)item["key"], (int)item["count"]!);
            expected = $"The included reports give '{key}': {n} here, not '{key}': {n + 1}.";
            item["count"] = n + 1;
        }));

        Assert.Equal(($"$.content.counts.{list}[0]", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.Equal(expected, problem.Message);
    }

    [Theory]
    [InlineData("reports")]
    [InlineData("distinctServices")]
    public void AThemeSummary_OtherThanTheReportsGive_IsRefusedAtIt(string field)
    {
        string? theme = null;
        var problem = Assert.Single(RichProblemsAfter(content =>
        {
            var item = content["themes"]![0]!;
            theme = (string?)item["themeId"];
            item[field] = (int)item[field]! + 1;
        }));

        Assert.Equal(("$.content.themes[0]", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.StartsWith($"The included reports give theme '{theme}' in ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AThemesConsecutiveCompilations_AreNotChecked_TheyComeFromThePreviousCompilations()
    {
        var node = JsonNode.Parse(Rich)!;
        var item = node["content"]!["themes"]![0]!;
        item["consecutiveCompilations"] = (int)item["consecutiveCompilations"]! + 1;

        Assert.True(CompilationJson.TryDeserialize(node.ToJsonString(), GroupingDimensionTests.Bilingual, out _, out var problems), string.Join("\n", problems));
    }

    [Fact]
    public void IncludedReportsOutOfOrder_AreRefusedAtTheFirst()
    {
        string? first = null, second = null;
        var problem = Assert.Single(RichProblemsAfter(content =>
        {
            var included = content["included"]!.AsArray();
            var moved = included[0]!;
            (first, second) = ((string?)moved["id"], (string?)included[1]!["id"]);
            included.RemoveAt(0);
            included.Insert(1, moved);
        }));

        Assert.Equal(("$.content.included[0]", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.Equal($"Report {second} is out of the compilation's order: report {first} comes here (the included reports are in the order they were submitted, then by id).", problem.Message);
    }

    [Fact]
    public void AnIncludedReportNotReadyAtTheCutoff_IsRefusedAtItsHistory()
    {
        // R-1's last entry is the supervisor's processing: without it, R-1 was only submitted at the cutoff.
        var problems = ProblemsAfter(content => content["included"]![0]!["history"]!.AsArray().RemoveAt(content["included"]![0]!["history"]!.AsArray().Count - 1));

        var problem = Assert.Single(problems);
        Assert.Equal(("$.content.included[0].history", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.Equal(
            $"Report R-1 was not ready for compilation at the cutoff ({Cutoff}): its history gives status 'inProcess' then. A compilation includes only the reports ready at its cutoff.",
            problem.Message);
    }

    private static readonly string[] OtherDimensions = ["area", "profession", "clientGroup", "language"];

    // The groups of the dimensions beyond theme, service and subject (issue 16: the CompilationDocuments run found these
    // checks of DimensionGroupDocument.Read run by no test of its filter).
    [Fact]
    public void ANullGroup_IsAWrongType_AtItsIndex_BeforeAnyGroupIsRead()
    {
        var problems = RichProblemsAfter(content => content["groups"]![1] = null);

        // The document's nulls are refused first (the writer never writes one), so the groups are not read at all.
        var problem = Assert.Single(problems);
        Assert.Equal(("$.content.groups[1]", ValidationRules.WrongType), (problem.Path, problem.Rule));
        Assert.StartsWith("Null is not a value in a compilation document", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("theme")]
    [InlineData("service")]
    [InlineData("subject")]
    public void AGroupOfABuiltInDimension_IsRefusedAtItsDimension(string dimension)
    {
        var problems = RichProblemsAfter(content => content["groups"]![0]!["dimension"] = dimension);

        var problem = Assert.Single(problems, p => p.Path == "$.content.groups[0].dimension");
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Equal($"Dimension '{dimension}' is not one of the document's groupBy dimensions beyond theme, service and subject.", problem.Message);
    }

    [Fact]
    public void AGroupOfADimensionTheDocumentDoesNotGroupBy_IsRefusedAtItsDimension()
    {
        var groupBy = ((JsonArray)JsonNode.Parse(Rich)!["content"]!["groupBy"]!).Select(d => (string)d!).ToList();
        var other = OtherDimensions.First(d => !groupBy.Contains(d));

        var problems = RichProblemsAfter(content => content["groups"]![0]!["dimension"] = other);

        var problem = Assert.Single(problems, p => p.Path == "$.content.groups[0].dimension");
        Assert.Equal($"Dimension '{other}' is not one of the document's groupBy dimensions beyond theme, service and subject.", problem.Message);
        Assert.DoesNotContain(problems, p => p.Path == "$.content.groups[1].dimension");
    }

    [Fact]
    public void AGroupListingAReportNotIncluded_IsRefusedAtItsReports_InTheOtherDimensionsToo()
    {
        string? key = null;
        var problems = RichProblemsAfter(content =>
        {
            var group = content["groups"]![1]!;
            key = (string?)group["key"];
            group["reports"]!.AsArray().Add("not-included");
        });

        var problem = Assert.Single(problems, p => p.Path == "$.content.groups[1].reports");
        Assert.Equal((ValidationRules.InvalidValue, $"Group '{key}' lists report not-included, which is not included."), (problem.Rule, problem.Message));
    }

    private static Compilation RichOne()
    {
        var profile = GroupingDimensionTests.Bilingual;
        var content = GroupingDimensionTests.BilingualCompilation();
        return Compilation.Create(profile, content, new Performer(profile.CompilationProcess.First.PerformedBy), content.Cutoff, Required(profile.CompilationProcess.First));
    }

    private static IReadOnlyList<ValidationProblem> RichProblemsAfter(Action<JsonNode> editContent)
    {
        var node = JsonNode.Parse(Rich)!;
        editContent(node["content"]!);

        Assert.False(CompilationJson.TryDeserialize(node.ToJsonString(), GroupingDimensionTests.Bilingual, out var compilation, out var problems));

        Assert.Null(compilation);
        return problems;
    }

    private static void GiveByThemeAGroup(JsonNode content)
    {
        if (content["byTheme"]!.AsArray().Count == 0)
        {
            content["byTheme"]!.AsArray().Add(new JsonObject { ["key"] = "housing", ["reports"] = new JsonArray("R-1") });
        }
    }

    private static IReadOnlyList<ValidationProblem> ProblemsAfter(Action<JsonNode> editContent)
    {
        var node = JsonNode.Parse(Stored)!;
        editContent(node["content"]!);

        Assert.False(CompilationJson.TryDeserialize(node.ToJsonString(), EtelaKarjala, out var compilation, out var problems));

        Assert.Null(compilation);
        return problems;
    }
}
