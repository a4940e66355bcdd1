using System.Text;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Figures.Processes;
using RakenteellinenSosiaalityo.Core.Figures.Svg;
using RakenteellinenSosiaalityo.Core.Figures.Text;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures;

/// <summary>
/// Draws any process of a region profile (the report process, the compilation process, or any other
/// <see cref="ProcessDefinition"/> a profile holds; fi: prosessikaavio) as a swimlane diagram in SVG and as Mermaid
/// text: one lane per performing actor, the steps in order, every predecessor link (a step's <c>after</c>, or the step
/// before it) as an arrow, and in each step's box what it must and may record, its due rule, and whether it completes
/// the process.
/// </summary>
/// <remarks>
/// The plans draw these by hand (K figures 1–2, EK annexes 1–2); drawn from the profile, they change when the process
/// does. The output is a pure function of its inputs: the same bytes on every machine and in every culture. In the
/// SVG each step is a <c>g</c> element of class <c>step</c> with <c>data-step</c>, each link a <c>path</c> of class
/// <c>edge</c> with <c>data-from</c> and <c>data-to</c>.
/// </remarks>
public static class ProcessFlow
{
    /// <summary>Writes the swimlane diagram of <paramref name="process"/> as an SVG document.</summary>
    /// <param name="profile">The profile whose actors perform the steps (their names label the lanes).</param>
    /// <param name="process">The process to draw, e.g. <see cref="RegionProfile.ReportProcess"/>.</param>
    /// <param name="writer">Where to write; it is flushed, not closed.</param>
    /// <param name="title">What the process is, shown after the region's name (e.g. "Sosiaalisen raportin kulku"); null shows the name only.</param>
    /// <param name="language">The language of every label; labels missing in it fall back to Finnish.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="process"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public static void WriteSvg(RegionProfile profile, ProcessDefinition process, TextWriter writer, LocalizedText? title, Language language)
    {
        Guard.Against.Null(writer);
        var layout = Layout(profile, process, title, language);
        Draw(layout, writer);
        writer.Flush();
    }

    /// <summary>Writes the swimlane diagram of <paramref name="process"/> as an SVG document, UTF-8 without a byte order mark.</summary>
    /// <param name="profile">The profile whose actors perform the steps.</param>
    /// <param name="process">The process to draw.</param>
    /// <param name="stream">Where to write; it is flushed, not closed.</param>
    /// <param name="title">What the process is, shown after the region's name; null shows the name only.</param>
    /// <param name="language">The language of every label.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="process"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public static void WriteSvg(RegionProfile profile, ProcessDefinition process, Stream stream, LocalizedText? title, Language language)
    {
        Guard.Against.Null(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true);
        WriteSvg(profile, process, writer, title, language);
    }

    /// <summary>The swimlane diagram of <paramref name="process"/> as SVG text (a convenience over the writer overload).</summary>
    /// <param name="profile">The profile whose actors perform the steps.</param>
    /// <param name="process">The process to draw.</param>
    /// <param name="title">What the process is, shown after the region's name; null shows the name only.</param>
    /// <param name="language">The language of every label.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="process"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public static string ToSvg(RegionProfile profile, ProcessDefinition process, LocalizedText? title = null, Language language = Language.Finnish)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteSvg(profile, process, writer, title, language);
        return writer.ToString();
    }

    /// <summary>
    /// Writes the process as a Mermaid flowchart (<c>flowchart LR</c>, one <c>subgraph</c> per performing actor, one
    /// node per step, one arrow per predecessor link), for a <c>```mermaid</c> block in Markdown.
    /// </summary>
    /// <param name="profile">The profile whose actors perform the steps.</param>
    /// <param name="process">The process to draw.</param>
    /// <param name="writer">Where to write; it is flushed, not closed.</param>
    /// <param name="title">What the process is, written as a comment and the chart's title; null uses the region's name.</param>
    /// <param name="language">The language of every label.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="process"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public static void WriteMermaid(RegionProfile profile, ProcessDefinition process, TextWriter writer, LocalizedText? title, Language language)
    {
        Guard.Against.Null(writer);
        var layout = Layout(profile, process, title, language);
        var nodes = new Dictionary<StepId, string>();
        for (var i = 0; i < process.Steps.Count; i++)
        {
            nodes[process.Steps[i].Id] = $"s{Vocabulary.Number(i + 1)}";
        }

        var text = new StringBuilder();
        text.Append("---\ntitle: \"").Append(Mermaid(layout.Title)).Append("\"\n---\n");
        text.Append("flowchart LR\n");
        for (var lane = 0; lane < layout.Lanes.Count; lane++)
        {
            text.Append("  subgraph lane").Append(Vocabulary.Number(lane + 1)).Append("[\"").Append(Mermaid(layout.Lanes[lane].Name)).Append("\"]\n");
            text.Append("    direction LR\n");
            foreach (var box in layout.Boxes.Where(b => b.Lane == lane).OrderBy(b => b.Column))
            {
                var lines = box.DetailTexts.Prepend(box.Title);
                text.Append("    ").Append(nodes[box.Step.Id]).Append("[\"").Append(string.Join("<br/>", lines.Select(Mermaid))).Append("\"]\n");
            }

            text.Append("  end\n");
        }

        foreach (var edge in layout.Edges)
        {
            text.Append("  ").Append(nodes[edge.From]).Append(" --> ").Append(nodes[edge.To]).Append('\n');
        }

        writer.Write(text.ToString());
        writer.Flush();
    }

    /// <summary>The process as Mermaid flowchart text (a convenience over <see cref="WriteMermaid"/>).</summary>
    /// <param name="profile">The profile whose actors perform the steps.</param>
    /// <param name="process">The process to draw.</param>
    /// <param name="title">What the process is; null uses the region's name.</param>
    /// <param name="language">The language of every label.</param>
    /// <returns>The Mermaid text, lines ending in LF.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="process"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public static string ToMermaid(RegionProfile profile, ProcessDefinition process, LocalizedText? title = null, Language language = Language.Finnish)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteMermaid(profile, process, writer, title, language);
        return writer.ToString();
    }

    /// <summary>The layout of the diagram, for tests and for drawing.</summary>
    internal static FlowLayout Layout(RegionProfile profile, ProcessDefinition process, LocalizedText? title, Language language)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(process);
        Guard.Against.EnumOutOfRange(language);
        return FlowLayoutBuilder.Build(profile, process, title, language);
    }

    // Mermaid reads entity codes in quoted labels: '#' first, since every code starts with it.
    private static string Mermaid(string text) => text
        .Replace("#", "#35;", StringComparison.Ordinal)
        .Replace("\"", "#quot;", StringComparison.Ordinal)
        .Replace("<", "#lt;", StringComparison.Ordinal)
        .Replace(">", "#gt;", StringComparison.Ordinal)
        .Replace("`", "#96;", StringComparison.Ordinal);

    private static void Draw(FlowLayout layout, TextWriter writer)
    {
        using var svg = SvgWriter.Start(writer, layout.Width, layout.Height, "process-flow", layout.Title, layout.Description);
        svg.ArrowMarker("arrow", Palette.Muted);
        for (var i = 0; i < layout.Lanes.Count; i++)
        {
            var lane = layout.Lanes[i];
            svg.StartGroup("lane", ("data-actor", lane.Actor.Value));
            svg.Rect(lane.Area, i % 2 == 0 ? Palette.BandB : "#ffffff", Palette.Grid, 1);
            svg.Rect(new Box(lane.Area.X, lane.Area.Y, FlowLayoutBuilder.HeaderWidth, lane.Area.Height), Palette.BandA, Palette.Grid, 1);
            svg.Text(lane.Header);
            svg.EndGroup();
        }

        foreach (var edge in layout.Edges)
        {
            var data = string.Join(" ", edge.Points.Select((p, i) => $"{(i == 0 ? "M" : "L")} {SvgWriter.N(p.X)} {SvgWriter.N(p.Y)}"));
            svg.StartGroup("edge", ("data-from", edge.From.Value), ("data-to", edge.To.Value), ("data-after", edge.IsAfter ? "true" : "false"));
            svg.Path(data, "none", Palette.Muted, 2, markerEnd: "arrow");
            svg.EndGroup();
        }

        foreach (var box in layout.Boxes)
        {
            var completes = box.Completes;
            svg.StartGroup("step", ("data-step", box.Step.Id.Value), ("data-number", Vocabulary.Number(box.Number)));
            svg.Rect(box.Box, "#ffffff", completes ? Palette.Positive : Palette.Accent, completes ? 3 : 2, 6);
            svg.Text(box.Name);
            if (box.Details is { } details)
            {
                svg.Text(details);
            }

            svg.EndGroup();
        }

        svg.Text(layout.Labels[0]);
    }
}
