using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Calendar.Tests;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Testing.Tests;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

/// <summary>
/// For any clock and any process: one wheel mark per scheduled activity and one flow box per step with every
/// predecessor link (every <c>after</c>) as an edge, nothing outside the view box, no labels overlapping. The random
/// clocks are the calendar tests' (<see cref="ClockArbitraries"/>), the random processes the testing-package tests'
/// (<see cref="RandomProfiles"/>: one to five steps, linear or branching, any completion step).
/// </summary>
public sealed class FigureProperties
{
    [Property(Arbitrary = new[] { typeof(ClockArbitraries) }, MaxTest = 300)]
    public void Wheel_HasOneMarkPerScheduledActivityAndNoOverlap(ClockSample sample)
    {
        var clock = sample.Clock;
        var options = WheelOptions.Default with { Language = sample.Language };
        var layout = ClockWheel.Layout(clock, options);
        var document = FigureChecks.Parse(ClockWheel.ToSvg(clock, options));

        Assert.Equal(clock.Activities.Count, layout.Marks.Count);
        Assert.Equal(clock.Activities, layout.Marks.Select(m => m.Activity));
        var marks = document.Descendants(FigureChecks.Svg + "g").Where(g => (string?)g.Attribute("class") == "activity").ToList();
        Assert.Equal(clock.Activities.Count, marks.Count);
        Assert.Equal(clock.Activities.Count, marks.Select(m => ((string?)m.Attribute("data-rule"), (string?)m.Attribute("data-occurrence"))).Distinct().Count());
        Assert.Equal(clock.Activities.Select(a => a.Rule.Id).Distinct().Count(), layout.Entries.Count);
        FigureChecks.LabelsInsideAndApart(layout.Labels, layout.ViewBox);
        FigureChecks.AllCoordinatesInside(document);
        WheelChecks.MarksApart(layout);
        WheelChecks.MonthLabelsOutsideTheWheel(layout);
    }

    [Property(Arbitrary = new[] { typeof(RandomProfiles) }, MaxTest = 300)]
    public void Flow_HasOneBoxPerStepAndEveryAfterAsAnEdge(RegionProfile profile)
    {
        var process = profile.ReportProcess;
        var layout = ProcessFlow.Layout(profile, process, null, Language.Finnish);
        var document = FigureChecks.Parse(ProcessFlow.ToSvg(profile, process));

        Assert.Equal(process.Steps.Select(s => s.Id.Value), layout.Boxes.Select(b => b.Step.Id.Value).Order(StringComparer.Ordinal));
        Assert.Equal(process.Steps.Count, document.Descendants(FigureChecks.Svg + "g").Count(g => (string?)g.Attribute("class") == "step"));
        foreach (var step in process.Steps.Where(s => s.After is not null))
        {
            Assert.Single(layout.Edges, e => e.From == step.After && e.To == step.Id && e.IsAfter);
        }

        Assert.Equal(process.Steps.Skip(1).Select(s => (process.Predecessor(s)!.Id.Value, s.Id.Value)).Order(), layout.Edges.Select(e => (e.From.Value, e.To.Value)).Order());
        Assert.Equal(process.Steps.Count - 1, document.Descendants(FigureChecks.Svg + "g").Count(g => (string?)g.Attribute("class") == "edge"));
        FigureChecks.LabelsInsideAndApart(layout.Labels, layout.ViewBox);
        FigureChecks.AllCoordinatesInside(document);
        FlowChecks.BoxesApartAndEdgesConnected(layout);
    }
}
