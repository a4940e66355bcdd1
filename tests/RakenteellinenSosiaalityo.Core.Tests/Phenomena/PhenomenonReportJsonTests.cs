using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Tests.Phenomena.PhenomenonFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>
/// A phenomenon report's document is rebuilt from its history; a stored part that differs from what the history gives
/// (edited by hand, or lost) is a problem at that part's path, one per part, never taken as read.
/// </summary>
public sealed class PhenomenonReportJsonTests
{
    private static readonly RegionProfile EK = BuiltInRegions.EtelaKarjala;

    public static TheoryData<string, string> Edits() => new()
    {
        { "selection", "selection.reasons: last removed" },
        { "sessions", "sessions: last removed" },
        { "sessions", "sessions: left out" },
        { "text", "text.title: changed" },
        { "prevalence", "prevalence.counts: last removed" },
        { "actions", "actions: last removed" },
        { "actions", "actions: left out" },
        { "recipients", "recipients: last removed" },
        { "recipients", "recipients: left out" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public void StoredPart_DifferingFromTheHistory_IsOneProblemAtItsPath(string part, string edit)
    {
        var node = JsonNode.Parse(PhenomenonReportJson.Serialize(Ek2024()))!;
        Apply(node, edit);

        Assert.False(PhenomenonReportJson.TryDeserialize(node.ToJsonString(), EK, out var report, out var problems));

        Assert.Null(report);
        var problem = Assert.Single(problems);
        Assert.Equal("$." + part, problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Equal($"The stored {part} differs from what the history gives; the history is the record, so correct the {part} to match it.", problem.Message);
    }

    [Fact]
    public void Deserialize_OfAnInvalidDocument_ThrowsWithEveryProblem_NamingTheDocument()
    {
        var node = JsonNode.Parse(PhenomenonReportJson.Serialize(Ek2024()))!;
        Apply(node, "text.title: changed");
        Apply(node, "actions: last removed");

        var e = Assert.Throws<ValidationException>(() => PhenomenonReportJson.Deserialize(node.ToJsonString(), EK));

        Assert.Equal("phenomenon-report-invalid", e.Code);
        Assert.Equal(["$.text", "$.actions"], e.Problems.Select(p => p.Path));
        Assert.StartsWith("Phenomenon report document", e.Message, StringComparison.Ordinal);
    }

    private static void Apply(JsonNode document, string edit)
    {
        var (path, change) = (edit[..edit.IndexOf(':', StringComparison.Ordinal)], edit[(edit.IndexOf(':', StringComparison.Ordinal) + 2)..]);
        var names = path.Split('.');
        var parent = names[..^1].Aggregate(document, (node, name) => node[name]!);
        var last = names[^1];
        switch (change)
        {
            case "last removed":
                var array = parent[last]!.AsArray();
                Assert.NotEmpty(array);
                array.RemoveAt(array.Count - 1);
                break;
            case "left out":
                Assert.True(parent.AsObject().Remove(last));
                break;
            default:
                parent[last] = parent[last]!.GetValue<string>() + " (muokattu)";
                break;
        }
    }
}
