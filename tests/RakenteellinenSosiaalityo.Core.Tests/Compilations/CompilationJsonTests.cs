using System.Text.Json.Nodes;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Tests.Compilations.CompilationFixtures;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

public sealed class CompilationJsonTests
{
    public static TheoryData<string> Regions => new() { "kymenlaakso", "etela-karjala" };

    private static Compilation Full(string region)
    {
        var profile = Profile(region);
        var walked = Walked(profile, profile.CompilationProcess.Steps.Count);
        var decisionStep = profile.CompilationProcess.Steps.First(s => s.Records.Contains(RecordKind.Decision));
        return walked
            .Record(profile, decisionStep.Id, new Performer(decisionStep.PerformedBy, "Johanna Johtaja"), T(50), new ActionDecision("Selvitetään asumisneuvonta.", ActionResponsible.OfPerson("Pekka Palvelupäällikkö"), new LocalDate(2025, 12, 31)))
            .Record(profile, decisionStep.Id, new Performer(decisionStep.PerformedBy), T(51), new ActionDecision("Toinen toimi.", new ActionResponsible(decisionStep.PerformedBy), new LocalDate(2026, 1, 31)))
            .ChangeActionStatus(profile, 2, ActionStatus.Done, new Performer(decisionStep.PerformedBy), T(60), "Valmis.");
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void RoundTrip_GivesAnEqualCompilation(string region)
    {
        var profile = Profile(region);
        var compilation = Full(region);

        var json = CompilationJson.Serialize(compilation);
        var read = CompilationJson.Deserialize(json, profile);

        Assert.Equal(compilation, read);
        Assert.Equal(json, CompilationJson.Serialize(read));
        Assert.Contains("\"schemaVersion\": 1", json, StringComparison.Ordinal);
        Assert.Contains($"\"id\": \"{compilation.Id}\"", json, StringComparison.Ordinal);
        Assert.Contains("\"kind\": \"actionStatusChanged\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void MalformedJson_IsAValidationProblem_NotAJsonException()
    {
        var e = Assert.Throws<ValidationException>(() => CompilationJson.Deserialize("{ \"schemaVersion\": ", EtelaKarjala));

        Assert.Equal("compilation-invalid", e.Code);
        Assert.Equal(ValidationRules.MalformedJson, Assert.Single(e.Problems).Rule);
    }

    [Theory]
    [InlineData("status", "\"draft\"", "$.status")]
    [InlineData("schemaVersion", "2", "$.schemaVersion")]
    [InlineData("regionId", "\"kymenlaakso\"", "$.regionId")]
    [InlineData("id", "\"etela-karjala-2099-01-01\"", "$.id")]
    public void TamperedField_IsReportedWithItsPath(string property, string value, string path)
    {
        var node = JsonNode.Parse(CompilationJson.Serialize(Full("etela-karjala")))!;
        node[property] = JsonNode.Parse(value);

        Assert.False(CompilationJson.TryDeserialize(node.ToJsonString(), EtelaKarjala, out var read, out var problems));

        Assert.Null(read);
        Assert.Contains(problems, p => p.Path == path);
    }

    [Fact]
    public void TamperedHistoryContentAndActions_AreReportedWithTheirPaths()
    {
        var json = CompilationJson.Serialize(Full("etela-karjala"));

        var history = JsonNode.Parse(json)!;
        history["history"]!.AsArray().RemoveAt(1);
        Assert.Contains(Problems(history), p => p.Path == "$.history" && p.Rule == LifecycleRules.InvalidHistory);

        var total = JsonNode.Parse(json)!;
        total["content"]!["counts"]!["total"] = 99;
        Assert.Contains(Problems(total), p => p.Path == "$.content.counts.total");

        var report = JsonNode.Parse(json)!;
        report["content"]!["included"]![0]!["history"]!.AsArray().RemoveAt(0);
        Assert.Contains(Problems(report), p => p.Path == "$.content.included[0].history");

        var actions = JsonNode.Parse(json)!;
        actions["actions"]![0]!["followUp"] = "2030-01-01";
        Assert.Contains(Problems(actions), p => p.Path == "$.actions");

        var unknown = JsonNode.Parse(json)!;
        unknown["content"]!["extra"] = 1;
        Assert.Contains(Problems(unknown), p => p.Rule == ValidationRules.UnknownProperty);
    }

    [Fact]
    public void PersonalDataSmuggledIntoTheHistory_IsRefusedWithoutEchoingIt()
    {
        var node = JsonNode.Parse(CompilationJson.Serialize(Full("etela-karjala")))!;
        var observation = node["history"]!.AsArray().First(e => e!["stepId"]?.GetValue<string>() == "network-review")!;
        observation["entries"]![0]!["text"] = "Asiakas 131052-308T.";

        var problems = Problems(node);

        Assert.Contains(problems, p => p.Path == "$.history" && p.Rule == LifecycleRules.InvalidHistory && p.Message.Contains("personal-data", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.DoesNotContain("131052-308T", p.Message, StringComparison.Ordinal));
    }

    private static IReadOnlyList<ValidationProblem> Problems(JsonNode node)
    {
        Assert.False(CompilationJson.TryDeserialize(node.ToJsonString(), EtelaKarjala, out _, out var problems));
        Assert.NotEmpty(problems);
        return problems;
    }
}
