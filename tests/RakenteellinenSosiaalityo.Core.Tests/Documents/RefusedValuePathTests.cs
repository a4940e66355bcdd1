using System.Text.Json.Nodes;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Compilations;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Documents;

/// <summary>
/// Issue 11, paths: a value a domain constructor refuses while a document is read is reported at the element that
/// holds it, not at the enclosing item or at <c>$</c> (the serializer gives such a refusal no path of its own).
/// </summary>
public sealed class RefusedValuePathTests
{
    private const string Blank = "\u00A0";

    // A performed step's id and a return's reason: ProcessEvent's and ReportEvent's guards refuse a blank text.
    [Theory]
    [InlineData("stepId")]
    [InlineData("reason")]
    public void Report_BlankValueInTheHistory_IsAtThatValue(string property)
    {
        var node = WalkedReport();
        var history = node["history"]!.AsArray();
        var index = history.IndexOf(history.Last(e => e![property] is not null));
        history[index]![property] = Blank;

        var problem = Assert.Single(ReportProblems(node));

        Assert.Equal(($"$.history[{index}].{property}", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
    }

    [Fact]
    public void Compilation_BlankTitleOfAnIncludedReport_IsAtTheTitle()
    {
        var profile = EtelaKarjala;
        var node = JsonNode.Parse(CompilationJson.Serialize(CompilationFixtures.Created(profile)))!;
        var content = Assert.IsType<JsonObject>(node["content"]);
        var included = Assert.IsType<JsonArray>(content["included"]);
        Assert.NotEmpty(included);
        var index = included.Count - 1;
        // An included report is its history; its first entry carries the content as submitted.
        Assert.IsType<JsonObject>(included[index]!["history"]![0]!["content"])["title"] = Blank;

        Assert.False(CompilationJson.TryDeserialize(node.ToJsonString(), profile, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(($"$.content.included[{index}].history[0].content.title", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
    }

    [Fact]
    public void Compilation_BlankStatusNoteInTheHistory_IsAtTheNote()
    {
        var profile = EtelaKarjala;
        var walked = CompilationFixtures.Walked(profile, profile.CompilationProcess.Steps.Count);
        var step = profile.CompilationProcess.Steps.First(s => s.Records.Contains(RecordKind.Decision));
        var closed = walked
            .Record(profile, step.Id, new Performer(step.PerformedBy), CompilationFixtures.T(50), new ActionDecision("Selvitetään asumisneuvonta.", new ActionResponsible(step.PerformedBy), new LocalDate(2025, 12, 31)))
            .ChangeActionStatus(profile, 1, ActionStatus.Done, new Performer(step.PerformedBy), CompilationFixtures.T(60), "Valmis.");
        var node = JsonNode.Parse(CompilationJson.Serialize(closed))!;
        var history = node["history"]!.AsArray();
        var index = history.IndexOf(history.Single(e => e!["note"] is not null));
        history[index]!["note"] = Blank;

        Assert.False(CompilationJson.TryDeserialize(node.ToJsonString(), profile, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(($"$.history[{index}].note", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
    }

    [Fact]
    public void ActivityRecords_ANumberTheConstructorRefuses_IsAtTheNumber()
    {
        const string json = """{ "schemaVersion": 1, "records": [ { "kind": "onboardingGiven", "on": "2025-02-10", "newProfessionals": 3 }, { "kind": "onboardingGiven", "on": "2025-02-11", "newProfessionals": 0 } ] }""";

        Assert.False(ActivityRecordJson.TryDeserialize(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(("$.records[1].newProfessionals", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
    }

    private static JsonNode WalkedReport()
    {
        var profile = EtelaKarjala;
        var report = Submitted(profile)
            .ReturnForCompletion(profile, By("unit-supervisor"), At(2), "Täydennä kuvausta.")
            .Revise(profile, Content(description: "Täydennetty kuvaus."), By("professionals"), At(3))
            .Submit(profile, By("professionals"), At(4))
            .Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(5), new RecordEntry(RecordKind.Remark, "Hyvä havainto."));
        return JsonNode.Parse(SocialReportJson.Serialize(report))!;
    }

    private static IReadOnlyList<ValidationProblem> ReportProblems(JsonNode node)
    {
        Assert.False(SocialReportJson.TryDeserialize(node.ToJsonString(), EtelaKarjala, out _, out var problems));
        return problems;
    }
}
