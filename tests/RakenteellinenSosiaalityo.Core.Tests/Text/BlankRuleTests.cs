using System.Text.Json.Nodes;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Compilations;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Text;

/// <summary>
/// One white-space rule (issue 11): the report and compilation guards decide "empty or only white space" as JSON
/// Schema's <c>\s</c> does (README "Documents: what a JSON text may contain"), not with .NET's own set: U+0085 is text,
/// U+FEFF and U+00A0 are white space. A constructor and a document holding the same text agree.
/// </summary>
public sealed class BlankRuleTests
{
    public static TheoryData<string, bool> Texts => new()
    {
        { "\u0085", true },
        { "\u0085\u0085", true },
        { "\uFEFF", false },
        { "\u00A0", false },
        { " \uFEFF\u00A0\t", false },
        { "\u2028", false },
        { "a\uFEFF", true },
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReturnReason_ConstructorAndReportDocument_Agree(string text, bool isText)
    {
        var profile = EtelaKarjala;
        var submitted = Submitted(profile);
        var returned = Record.Exception(() => submitted.ReturnForCompletion(profile, By("unit-supervisor"), At(2), text));
        Assert.Equal(isText, returned is null);
        if (!isText)
        {
            Assert.IsAssignableFrom<ArgumentException>(returned);
        }

        var node = JsonNode.Parse(SocialReportJson.Serialize(submitted.ReturnForCompletion(profile, By("unit-supervisor"), At(2), "Täydennä.")))!;
        node["history"]!.AsArray().Single(e => e!["reason"] is not null)!["reason"] = text;

        Assert.Equal(isText, SocialReportJson.TryDeserialize(node.ToJsonString(), profile, out var read, out var problems));
        Assert.Equal(isText, problems.Count == 0);
        if (isText)
        {
            Assert.Equal(text, read!.History[^1].Reason);
        }
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void StatusNote_ConstructorAndCompilationDocument_Agree(string text, bool isText)
    {
        var profile = EtelaKarjala;
        var decided = Decided(profile, out var step);
        var changed = Record.Exception(() => decided.ChangeActionStatus(profile, 1, ActionStatus.Done, new Performer(step.PerformedBy), CompilationFixtures.T(60), text));
        Assert.Equal(isText, changed is null);

        var node = JsonNode.Parse(CompilationJson.Serialize(decided.ChangeActionStatus(profile, 1, ActionStatus.Done, new Performer(step.PerformedBy), CompilationFixtures.T(60), "Valmis.")))!;
        // The closing note is in the history entry and in the action it closed (the history is the record).
        node["history"]!.AsArray().Single(e => e!["note"] is not null)!["note"] = text;
        node["actions"]!.AsArray().Single(a => a!["note"] is not null)!["note"] = text;

        Assert.Equal(isText, CompilationJson.TryDeserialize(node.ToJsonString(), profile, out _, out var problems));
        Assert.Equal(isText, problems.Count == 0);
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ReportTitle_RecordEntryAndActionDescription_UseTheSameRule(string text, bool isText)
    {
        Assert.Equal(isText, Record.Exception(() => Content() with { Title = text }) is null);
        Assert.Equal(isText, Record.Exception(() => new RecordEntry(RecordKind.Remark, text)) is null);
        Assert.Equal(isText, Record.Exception(() => new ActionDecision(text, ActionResponsible.OfPerson("Pekka Palvelupäällikkö"), new LocalDate(2025, 12, 31))) is null);
    }

    private static Compilation Decided(Core.Regions.RegionProfile profile, out ProcessStep decisionStep)
    {
        var walked = CompilationFixtures.Walked(profile, profile.CompilationProcess.Steps.Count);
        decisionStep = profile.CompilationProcess.Steps.First(s => s.Records.Contains(RecordKind.Decision));
        return walked.Record(profile, decisionStep.Id, new Performer(decisionStep.PerformedBy), CompilationFixtures.T(50), new ActionDecision("Selvitetään asumisneuvonta.", new ActionResponsible(decisionStep.PerformedBy), new LocalDate(2025, 12, 31)));
    }
}
