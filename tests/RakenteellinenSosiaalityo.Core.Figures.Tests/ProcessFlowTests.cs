using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Figures.Processes;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

public sealed class ProcessFlowTests
{
    public static TheoryData<string, string, Language> Flows()
    {
        var data = new TheoryData<string, string, Language>();
        foreach (var region in BuiltInRegions.Ids)
        {
            foreach (var process in new[] { "report", "compilation" })
            {
                foreach (var language in Enum.GetValues<Language>())
                {
                    data.Add(region.Value, process, language);
                }
            }
        }

        return data;
    }

    // K figure 1 and EK annexes 1–2: each step once, in its performer's lane, with its name and what it records.
    [Theory]
    [MemberData(nameof(Flows))]
    public void BuiltInFlow_HasEveryStepOnceInItsPerformersLaneAndEveryPredecessorAsAnEdge(string region, string which, Language language)
    {
        var profile = BuiltInRegions.Get(new RegionId(region));
        var process = Process(profile, which);
        var document = FigureChecks.Parse(ProcessFlow.ToSvg(profile, process, null, language));
        var layout = ProcessFlow.Layout(profile, process, null, language);

        var steps = document.Descendants(FigureChecks.Svg + "g").Where(g => (string?)g.Attribute("class") == "step").ToList();
        Assert.Equal(process.Steps.Count, steps.Count);
        foreach (var step in process.Steps)
        {
            var element = Assert.Single(steps, s => (string?)s.Attribute("data-step") == step.Id.Value);
            var box = Assert.Single(layout.Boxes, b => b.Step.Id == step.Id);
            Assert.Equal($"{process.Steps.ToList().IndexOf(step) + 1}. {step.Name.Get(language)}", box.Title);
            Assert.Equal(box.Name.Lines, element.Elements(FigureChecks.Svg + "text").First().Elements(FigureChecks.Svg + "tspan").Select(t => t.Value));
            Assert.Equal(step.PerformedBy, layout.Lanes[box.Lane].Actor);
            Assert.True(layout.Lanes[box.Lane].Area.Contains(box.Box), $"Step {step.Id} is outside its lane.");
        }

        Assert.Equal(process.Steps.Select(s => s.PerformedBy).Distinct().Count(), layout.Lanes.Count);
        var edges = document.Descendants(FigureChecks.Svg + "g").Where(g => (string?)g.Attribute("class") == "edge").ToList();
        Assert.Equal(process.Steps.Count - 1, edges.Count);
        foreach (var step in process.Steps.Skip(1))
        {
            Assert.Single(edges, e => (string?)e.Attribute("data-to") == step.Id.Value && (string?)e.Attribute("data-from") == process.Predecessor(step)!.Id.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Flows))]
    public void BuiltInFlow_DrawsNothingOutsideTheViewBoxAndNothingOverlaps(string region, string which, Language language)
    {
        var profile = BuiltInRegions.Get(new RegionId(region));
        var process = Process(profile, which);
        var layout = ProcessFlow.Layout(profile, process, new LocalizedText("Kulku", "Gång", "Flow"), language);

        FigureChecks.AllCoordinatesInside(FigureChecks.Parse(ProcessFlow.ToSvg(profile, process, new LocalizedText("Kulku", "Gång", "Flow"), language)));
        FigureChecks.LabelsInsideAndApart(layout.Labels, layout.ViewBox);
        FlowChecks.BoxesApartAndEdgesConnected(layout);
    }

    [Fact]
    public void Flow_ShowsWhatAStepRecordsItsDueRuleAndTheCompletionStep()
    {
        // EK 4.1 and 5.3: the network records observations and may record solution proposals; compilations are due in January and August.
        var profile = BuiltInRegions.EtelaKarjala;
        var layout = ProcessFlow.Layout(profile, profile.CompilationProcess, null, Language.English);

        var review = Assert.Single(layout.Boxes, b => b.Step.Id.Value == "network-review");
        Assert.Contains("Records: observation", review.DetailTexts);
        Assert.Contains(review.DetailTexts, d => d.StartsWith("May record: solution proposal", StringComparison.Ordinal));
        Assert.Contains("Due: in Jan, Aug", review.DetailTexts);
        Assert.Single(layout.Boxes, b => b.Completes);
        Assert.True(Assert.Single(layout.Boxes, b => b.Completes).Step == profile.CompilationProcess.CompletionStep);
    }

    [Fact]
    public void Flow_OfAnyProcess_DrawsBranchesWithTheirAfterLinksLeftToRight()
    {
        // A process no built-in profile has: two steps follow the first (after), a fourth follows the second.
        var process = new ProcessDefinition(
        [
            Step("select", "network"),
            Step("workshop", "lead-social-worker", after: "select"),
            Step("write", "coordinator", after: "select"),
            Step("approve", "artu", after: "workshop"),
        ]);
        var layout = ProcessFlow.Layout(BuiltInRegions.EtelaKarjala, process, null, Language.Finnish);

        Assert.Equal(3, layout.Edges.Count);
        Assert.All(layout.Edges, e => Assert.True(e.IsAfter));
        Assert.Contains(layout.Edges, e => e.From.Value == "select" && e.To.Value == "write");
        Assert.Contains(layout.Edges, e => e.From.Value == "workshop" && e.To.Value == "approve");
        FlowChecks.BoxesApartAndEdgesConnected(layout);
        FigureChecks.LabelsInsideAndApart(layout.Labels, layout.ViewBox);
    }

    [Fact]
    public void Flow_WhoseStepFollowsALaterOne_PutsThePredecessorFirst()
    {
        var process = new ProcessDefinition([Step("a", "network"), Step("b", "artu", after: "c"), Step("c", "network", after: "a")]);
        var layout = ProcessFlow.Layout(BuiltInRegions.EtelaKarjala, process, null, Language.Finnish);

        Assert.Equal(["a", "c", "b"], layout.Boxes.OrderBy(b => b.Column).Select(b => b.Step.Id.Value));
        FlowChecks.BoxesApartAndEdgesConnected(layout);
    }

    [Fact]
    public void Mermaid_HasASubgraphPerActorANodePerStepAndAnArrowPerPredecessor()
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var process = profile.CompilationProcess;
        var mermaid = ProcessFlow.ToMermaid(profile, process, new LocalizedText("Koosteen käsittely"), Language.Finnish);
        var lines = mermaid.Split('\n');

        Assert.Contains("flowchart LR", lines);
        Assert.Equal(process.Steps.Select(s => s.PerformedBy).Distinct().Count(), lines.Count(l => l.StartsWith("  subgraph ", StringComparison.Ordinal)));
        for (var i = 0; i < process.Steps.Count; i++)
        {
            Assert.Single(lines, l => l.StartsWith($"    s{i + 1}[\"{i + 1}. {process.Steps[i].Name.Fi}", StringComparison.Ordinal));
        }

        Assert.Equal(process.Steps.Count - 1, lines.Count(l => l.Contains(" --> ", StringComparison.Ordinal)));
        Assert.Contains("title: \"Etelä-Karjalan hyvinvointialue: Koosteen käsittely\"", lines);
    }

    [Fact]
    public void Mermaid_EscapesQuotesAndAngleBracketsInLabels()
    {
        var process = new ProcessDefinition([new ProcessStep { Id = new StepId("a"), Name = new LocalizedText("Say \"hi\" <b>#1</b>"), PerformedBy = new ActorId("network") }]);
        var mermaid = ProcessFlow.ToMermaid(BuiltInRegions.EtelaKarjala, process);

        Assert.Contains("s1[\"1. Say #quot;hi#quot; #lt;b#gt;#35;1#lt;/b#gt;", mermaid, StringComparison.Ordinal);
    }

    [Fact]
    public void Flow_IsTheSameBytesInAnyCulture()
    {
        var profile = BuiltInRegions.Kymenlaakso;

        Assert.Equal(ProcessFlow.ToSvg(profile, profile.CompilationProcess), FigureChecks.InCommaCulture(() => ProcessFlow.ToSvg(profile, profile.CompilationProcess)));
    }

    [Fact]
    public void Flow_OfANullProcess_IsAProgrammingError()
    {
        Assert.Throws<ArgumentNullException>(() => ProcessFlow.ToSvg(BuiltInRegions.Kymenlaakso, null!));
        Assert.Throws<ArgumentNullException>(() => ProcessFlow.ToMermaid(null!, BuiltInRegions.Kymenlaakso.ReportProcess));
    }

    private static ProcessDefinition Process(RegionProfile profile, string which) => which == "report" ? profile.ReportProcess : profile.CompilationProcess;

    private static ProcessStep Step(string id, string actor, string? after = null) =>
        new() { Id = new StepId(id), Name = new LocalizedText($"Vaihe {id}"), PerformedBy = new ActorId(actor), After = after is null ? null : new StepId(after) };
}
