using System.Text;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Figures.Compilations;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Figures.Svg;
using RakenteellinenSosiaalityo.Core.Figures.Text;

namespace RakenteellinenSosiaalityo.Core.Figures;

/// <summary>
/// One chart of a compilation (fi: koosteen kaavio), made by <see cref="CompilationCharts"/>: its SVG and its text
/// alternative, a Markdown table holding every number the chart shows, so the chart is never the only way to read them.
/// </summary>
public sealed class CompilationChart
{
    private readonly ChartData data;

    internal CompilationChart(ChartData data)
    {
        this.data = data;
        Layout = ChartLayoutBuilder.Build(data);
    }

    /// <summary>Gets the chart's id, fit for a file name: <c>themes</c>, <c>services</c>, <c>subjects</c>, <c>polarity</c> or <c>theme-trend</c>.</summary>
    public string Id => data.Id;

    /// <summary>Gets the chart's title in the language it was made in.</summary>
    public string Title => data.Title;

    /// <summary>Gets the text alternative: a Markdown table with a row per bar (or per grid row) and every number, or a sentence when the chart is empty.</summary>
    public string TextAlternative
    {
        get
        {
            if (data.Rows.Count == 0)
            {
                return data.Empty + "\n";
            }

            var md = new StringBuilder();
            md.Append("| ").Append(MarkdownText.Escape(data.KeyHeading));
            foreach (var column in data.Columns)
            {
                md.Append(" | ").Append(MarkdownText.Escape(column));
            }

            if (data.MarkedMeaning is not null)
            {
                md.Append(" | ").Append(MarkdownText.Escape(data.MarkedWord));
            }

            md.Append(" |\n|---").Append(string.Concat(Enumerable.Repeat("|---:", data.Columns.Count))).Append(data.MarkedMeaning is null ? string.Empty : "|---").Append("|\n");
            foreach (var row in data.Rows)
            {
                md.Append("| ").Append(MarkdownText.Escape(row.Label));
                foreach (var value in row.Values)
                {
                    md.Append(" | ").Append(Vocabulary.Number(value));
                }

                if (data.MarkedMeaning is not null)
                {
                    md.Append(" | ").Append(row.Marked ? "✓" : string.Empty);
                }

                md.Append(" |\n");
            }

            return md.ToString();
        }
    }

    /// <summary>Gets the layout the SVG is drawn from.</summary>
    internal ChartLayout Layout { get; }

    /// <summary>Writes the chart as an SVG document.</summary>
    /// <param name="writer">Where to write; it is flushed, not closed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="writer"/> is null.</exception>
    public void WriteSvg(TextWriter writer)
    {
        Guard.Against.Null(writer);
        var layout = Layout;
        using (var svg = SvgWriter.Start(writer, layout.Width, layout.Height, $"chart-{Id}", layout.Title, layout.Description))
        {
            foreach (var rule in layout.Rules)
            {
                svg.Line(new Point(rule.X, rule.Y), new Point(rule.X, rule.Bottom), Palette.Line, 1);
            }

            foreach (var swatch in layout.Legend)
            {
                svg.Rect(swatch.Sample, swatch.Fill, swatch.Stroke, 1, 2);
            }

            foreach (var value in layout.Values)
            {
                svg.StartGroup("value", ("data-key", value.Key), ("data-column", Vocabulary.Number(value.Column)), ("data-value", Vocabulary.Number(value.Value)));
                svg.Rect(value.Shape, value.Fill, data.IsGrid ? Palette.Grid : null, 1, 2);
                svg.EndGroup();
            }

            foreach (var label in layout.Labels)
            {
                svg.Text(label);
            }
        }

        writer.Flush();
    }

    /// <summary>The chart as SVG text (a convenience over <see cref="WriteSvg"/>).</summary>
    /// <returns>The SVG document.</returns>
    public string ToSvg()
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteSvg(writer);
        return writer.ToString();
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Id}: {Title} ({data.Rows.Count} rows)";
}
