using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Figures.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Compilations;

/// <summary>Lays out a horizontal bar chart or a value grid, 800 units wide (wider only for many columns).</summary>
internal static class ChartLayoutBuilder
{
    public const double Width = 800;
    public const double Margin = 24;
    public const double LabelWidth = 260;

    public static ChartLayout Build(ChartData data)
    {
        var labels = new List<FigureLabel>();
        var legend = new List<Swatch>();
        var rules = new List<Box>();
        var values = new List<ChartValue>();
        var columnWidth = data.IsGrid
            ? Math.Max(96, data.Columns.Max(c => TextMeasure.Wrap(Breakable(c), 150, 12).Max(l => TextMeasure.Width(l, 12))) + 16)
            : 0;
        var width = data.IsGrid ? Math.Max(Width, (2 * Margin) + LabelWidth + 12 + (data.Columns.Count * columnWidth)) : Width;
        var title = FigureLabel.At("title", TextMeasure.Wrap(data.Title, width - (2 * Margin), 18, bold: true), Margin, Margin, 18, bold: true);
        labels.Add(title);
        var y = title.Box.Bottom + 12;

        if (data.MarkedMeaning is { } meaning && data.Rows.Any(r => r.Marked))
        {
            var text = FigureLabel.At("swatch-label", TextMeasure.Wrap(meaning, width - (2 * Margin) - 36, 13), Margin + 32, y, 13);
            legend.Add(new Swatch("marked", new Box(Margin, y + 2, 24, 12), Palette.Recurring, null, 1, text));
            labels.Add(text);
            y = text.Box.Bottom + 10;
        }

        if (data.Rows.Count == 0)
        {
            var empty = FigureLabel.At("empty", TextMeasure.Wrap(data.Empty, width - (2 * Margin), 14), Margin, y, 14, fill: Palette.Muted);
            labels.Add(empty);
            return new ChartLayout(width, empty.Box.Bottom + Margin, data.Title, data.Empty, values, legend, labels, rules);
        }

        var x0 = Margin + LabelWidth + 12;
        if (data.IsGrid)
        {
            var headerHeight = 0.0;
            for (var c = 0; c < data.Columns.Count; c++)
            {
                var header = FigureLabel.At("column", TextMeasure.Wrap(Breakable(data.Columns[c]), columnWidth - 12, 12), x0 + (c * columnWidth) + 6, y, 12, bold: false, fill: Palette.Muted);
                labels.Add(header);
                headerHeight = Math.Max(headerHeight, header.Box.Height);
            }

            y += headerHeight + 6;
            var max = Math.Max(1, data.Rows.Max(r => r.Values.Max()));
            foreach (var row in data.Rows)
            {
                var label = RowLabel(row, data, Margin, y);
                var height = Math.Max(label.Box.Height, 26) + 6;
                labels.Add(label);
                for (var c = 0; c < row.Values.Count; c++)
                {
                    var cell = new Box(x0 + (c * columnWidth) + 3, y, columnWidth - 6, height - 6);
                    var share = row.Values[c] / (double)max;
                    var fill = Shade(share);
                    var text = FigureLabel.Centered("value", [Vocabulary.Number(row.Values[c])], cell.CenterX, cell.CenterY, 14, bold: true, fill: share >= 0.65 ? "#ffffff" : Palette.Text);
                    values.Add(new ChartValue(row.Key, c, row.Values[c], cell, fill, text));
                    labels.Add(text);
                }

                y += height;
            }
        }
        else
        {
            var valueSpace = 60.0;
            var maxLength = width - Margin - x0 - valueSpace;
            var max = Math.Max(1, data.Rows.Max(r => r.Values[0]));
            foreach (var row in data.Rows)
            {
                var label = RowLabel(row, data, Margin, y);
                var height = Math.Max(label.Box.Height, 22) + 8;
                labels.Add(label);
                var centerY = y + ((height - 8) / 2);
                var length = Math.Max(2, maxLength * row.Values[0] / max);
                var bar = new Box(x0, centerY - 9, length, 18);
                var text = FigureLabel.At("value", [Vocabulary.Number(row.Values[0])], bar.Right + 6, centerY - (TextMeasure.LineHeight(14) / 2), 14, bold: true);
                values.Add(new ChartValue(row.Key, 0, row.Values[0], bar, row.Marked ? Palette.Recurring : Palette.Accent, text));
                labels.Add(text);
                y += height;
            }

            rules.Add(new Box(x0, title.Box.Bottom + 12, 0, y - title.Box.Bottom - 12));
        }

        return new ChartLayout(width, y + Margin, data.Title, Describe(data), values, legend, labels, rules);
    }

    // A period heading (1.1.2025–30.6.2025) may break after its dash.
    private static string Breakable(string heading) => heading.Replace("–", "– ", StringComparison.Ordinal);

    private static FigureLabel RowLabel(ChartRow row, ChartData data, double x, double y)
    {
        var text = row.Marked ? $"{row.Label} ({data.MarkedWord})" : row.Label;
        return FigureLabel.At("row-label", TextMeasure.Wrap(text, LabelWidth, 14), x, y, 14);
    }

    // From a pale to the accent blue by the value's share of the largest.
    private static string Shade(double share)
    {
        static int Mix(int from, int to, double t) => (int)Math.Round(from + ((to - from) * t));
        var t = Math.Clamp(share, 0, 1);
        return $"#{Mix(0xf2, 0x1f, t):x2}{Mix(0xf6, 0x5f, t):x2}{Mix(0xfa, 0x99, t):x2}";
    }

    private static string Describe(ChartData data) =>
        string.Join("; ", data.Rows.Select(r => $"{r.Label}: {string.Join(", ", r.Values.Select(Vocabulary.Number))}"));
}
