namespace RakenteellinenSosiaalityo.Core.Figures.Geometry;

/// <summary>
/// A block of text in a figure's layout: its lines, font and the box it occupies. The box comes from
/// <see cref="TextMeasure"/>'s conservative width estimate, so two labels whose boxes do not overlap do not overlap when
/// drawn with any common sans-serif font.
/// </summary>
/// <param name="Role">What the label is (<c>month</c>, <c>legend</c>, <c>step</c>...), for tests and the SVG class.</param>
/// <param name="Lines">The lines, already wrapped.</param>
/// <param name="Box">The area the lines occupy.</param>
/// <param name="FontSize">The font size in user units.</param>
/// <param name="Bold">Whether the text is bold.</param>
/// <param name="Anchor">Where the lines are anchored horizontally within the box.</param>
/// <param name="Fill">The text colour.</param>
internal sealed record FigureLabel(string Role, IReadOnlyList<string> Lines, Box Box, double FontSize, bool Bold, TextAnchor Anchor, string Fill)
{
    public double LineHeight => TextMeasure.LineHeight(FontSize);

    public string Text => string.Join(" ", Lines);

    /// <summary>A label of <paramref name="lines"/> whose top-left corner is at (<paramref name="x"/>, <paramref name="y"/>).</summary>
    public static FigureLabel At(string role, IReadOnlyList<string> lines, double x, double y, double fontSize, bool bold = false, TextAnchor anchor = TextAnchor.Start, string fill = Palette.Text)
    {
        var width = lines.Count == 0 ? 0 : lines.Max(l => TextMeasure.Width(l, fontSize, bold));
        return new FigureLabel(role, lines, new Box(x, y, width, TextMeasure.Height(lines.Count, fontSize)), fontSize, bold, anchor, fill);
    }

    /// <summary>A label whose box is centred on (<paramref name="centerX"/>, <paramref name="centerY"/>).</summary>
    public static FigureLabel Centered(string role, IReadOnlyList<string> lines, double centerX, double centerY, double fontSize, bool bold = false, string fill = Palette.Text)
    {
        var width = lines.Count == 0 ? 0 : lines.Max(l => TextMeasure.Width(l, fontSize, bold));
        var height = TextMeasure.Height(lines.Count, fontSize);
        return new FigureLabel(role, lines, Box.Around(centerX, centerY, width, height), fontSize, bold, TextAnchor.Middle, fill);
    }
}
