using System.Text;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Figures.Clock;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Figures.Svg;
using RakenteellinenSosiaalityo.Core.Figures.Text;

namespace RakenteellinenSosiaalityo.Core.Figures;

/// <summary>
/// Draws an <see cref="AnnualClock"/> as the plans' annual clock wheel (fi: vuosikello; K figure 3, EK annex 3) in SVG:
/// the twelve months around a circle with the quarters marked, each scheduled activity as an arc over its window (a
/// one-day activity as a tick) coloured by its <see cref="ActivityKind"/>, a numbered badge on each mark, and below the
/// wheel a numbered legend with every activity's label, when it happens and who is responsible, and a legend of the
/// kinds' colours.
/// </summary>
/// <remarks>
/// <para>
/// Labels never overlap: the wheel carries numbers only, and the words go to the legend, wrapped to its columns.
/// Activities are packed on concentric tracks so that no two marks on a track share an angle; the wheel grows when a
/// clock needs more tracks. The figure is 1000 user units wide (wider only for a very crowded clock), readable printed
/// on A4 and shown 800 pixels wide.
/// </para>
/// <para>
/// The output is a pure function of the clock and the options: the same bytes on every machine and in every culture.
/// Each activity is a <c>g</c> element of class <c>activity</c> with <c>data-rule</c>, <c>data-occurrence</c> and
/// <c>data-number</c> attributes and a <c>title</c> (the tooltip) holding its label and dates.
/// </para>
/// </remarks>
public static class ClockWheel
{
    /// <summary>Writes the wheel of <paramref name="clock"/> as an SVG document to <paramref name="writer"/>.</summary>
    /// <param name="clock">The annual clock.</param>
    /// <param name="writer">Where to write; it is flushed, not closed.</param>
    /// <param name="options">How to draw; null means <see cref="WheelOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="writer"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="WheelOptions.Progress"/> is not the progress of this clock, or <see cref="WheelOptions.Language"/> is undefined.</exception>
    public static void WriteSvg(AnnualClock clock, TextWriter writer, WheelOptions? options)
    {
        Guard.Against.Null(clock);
        Guard.Against.Null(writer);
        var layout = WheelLayoutBuilder.Build(clock, Check(options));
        Draw(layout, writer);
        writer.Flush();
    }

    /// <summary>Writes the wheel of <paramref name="clock"/> as an SVG document, UTF-8 without a byte order mark, to <paramref name="stream"/>.</summary>
    /// <param name="clock">The annual clock.</param>
    /// <param name="stream">Where to write; it is flushed, not closed.</param>
    /// <param name="options">How to draw; null means <see cref="WheelOptions.Default"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> or <paramref name="stream"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="WheelOptions.Progress"/> is not the progress of this clock, or <see cref="WheelOptions.Language"/> is undefined.</exception>
    public static void WriteSvg(AnnualClock clock, Stream stream, WheelOptions? options)
    {
        Guard.Against.Null(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(false), 4096, leaveOpen: true);
        WriteSvg(clock, writer, options);
    }

    /// <summary>The wheel of <paramref name="clock"/> as SVG text (a convenience over <see cref="WriteSvg(AnnualClock, TextWriter, WheelOptions?)"/>).</summary>
    /// <param name="clock">The annual clock.</param>
    /// <param name="options">How to draw; null means <see cref="WheelOptions.Default"/>.</param>
    /// <returns>The SVG document.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    /// <exception cref="ArgumentException"><see cref="WheelOptions.Progress"/> is not the progress of this clock, or <see cref="WheelOptions.Language"/> is undefined.</exception>
    public static string ToSvg(AnnualClock clock, WheelOptions? options = null)
    {
        using var writer = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        WriteSvg(clock, writer, options);
        return writer.ToString();
    }

    /// <summary>The layout of the wheel, for tests and for drawing.</summary>
    internal static WheelLayout Layout(AnnualClock clock, WheelOptions? options = null) =>
        WheelLayoutBuilder.Build(Guard.Against.Null(clock), Check(options));

    private static WheelOptions Check(WheelOptions? options)
    {
        options ??= WheelOptions.Default;
        Guard.Against.EnumOutOfRange(options.Language, nameof(options));
        return options;
    }

    private static void Draw(WheelLayout layout, TextWriter writer)
    {
        using var svg = SvgWriter.Start(writer, layout.Width, layout.Height, "annual-clock", layout.Title, layout.Description);
        var c = layout.Center;

        // Quarter band: months tinted by quarter, white lines between months.
        svg.StartGroup("months");
        for (var m = 0; m < 12; m++)
        {
            svg.Path(Sector(c, layout.BandInner, layout.BandOuter, layout.MonthStarts[m], layout.MonthStarts[m + 1]), m / 3 % 2 == 0 ? Palette.BandA : Palette.BandB, "#ffffff", 1.5);
        }

        svg.Circle(c, layout.BandInner, "#fbfcfd", Palette.Grid, 1);
        for (var m = 0; m < 12; m++)
        {
            var quarter = m % 3 == 0;
            svg.Line(Point.OnCircle(c, layout.HubRadius, layout.MonthStarts[m]), Point.OnCircle(c, quarter ? layout.BandOuter : layout.BandInner, layout.MonthStarts[m]), quarter ? Palette.Muted : Palette.Grid, quarter ? 2 : 1);
        }

        svg.EndGroup();
        svg.Circle(c, layout.HubRadius, "#ffffff", Palette.Line, 1.5);

        foreach (var mark in layout.Marks)
        {
            DrawMark(svg, layout, mark);
        }

        if (layout.AsOfAngle is { } asOf)
        {
            svg.StartGroup("as-of");
            svg.Line(Point.OnCircle(c, layout.HubRadius, asOf), Point.OnCircle(c, layout.BandOuter, asOf), Palette.Overdue, 2.5, "6 4");
            svg.EndGroup();
        }

        foreach (var label in layout.Labels.Where(l => l.Role is not ("badge-number" or "legend-number")))
        {
            svg.Text(label);
        }

        foreach (var entry in layout.Entries)
        {
            svg.StartGroup("legend-entry", ("data-rule", entry.Rule.Id.Value), ("data-number", Vocabulary.Number(entry.Number)));
            svg.Circle(entry.Badge, entry.BadgeRadius, "#ffffff", Palette.Of(entry.Rule.Activity), 3);
            svg.Text(entry.NumberLabel);
            svg.EndGroup();
        }

        foreach (var swatch in layout.Kinds.Concat(layout.Statuses))
        {
            svg.StartGroup("swatch", ("data-key", swatch.Key));
            svg.Rect(swatch.Sample, swatch.Fill, swatch.Stroke, 2, 2);
            svg.EndGroup();
        }
    }

    private static void DrawMark(SvgWriter svg, WheelLayout layout, WheelMark mark)
    {
        var activity = mark.Activity;
        var colour = Palette.Of(activity.Rule.Activity);
        var opacity = mark.Status == MarkStatus.Upcoming ? 0.35 : 1;
        svg.StartGroup(
            "activity",
            ("data-rule", activity.Rule.Id.Value),
            ("data-occurrence", Vocabulary.Number(activity.Occurrence)),
            ("data-number", Vocabulary.Number(mark.Number)),
            ("data-status", mark.Status.ToString().ToLowerInvariant()));
        svg.Title(WheelLayoutBuilder.Tooltip(layout, mark));
        if (mark.IsSingleDay)
        {
            var angle = (mark.StartAngle + mark.EndAngle) / 2;
            var tick = (layout.TrackWidth / 2) - 1;
            svg.Path(
                $"M {SvgWriter.N(Point.OnCircle(layout.Center, mark.Radius - tick, angle).X)} {SvgWriter.N(Point.OnCircle(layout.Center, mark.Radius - tick, angle).Y)} L {SvgWriter.N(Point.OnCircle(layout.Center, mark.Radius + tick, angle).X)} {SvgWriter.N(Point.OnCircle(layout.Center, mark.Radius + tick, angle).Y)}",
                "none",
                colour,
                5,
                opacity);
        }
        else
        {
            // Ends pulled in a little, so that windows which follow each other (monthly, quarterly) read as separate marks.
            var inset = mark.EndAngle - mark.StartAngle > 4 ? 0.9 : 0;
            svg.Path(Arc(layout.Center, mark.Radius, mark.StartAngle + inset, mark.EndAngle - inset), "none", colour, layout.TrackWidth - 10, opacity);
        }

        var overdue = mark.Status == MarkStatus.Overdue;
        svg.Circle(mark.Badge, mark.BadgeRadius, overdue ? "#ffe3e3" : "#ffffff", overdue ? Palette.Overdue : colour, 3, mark.Status == MarkStatus.Upcoming ? "3 2" : null);
        svg.Text(mark.NumberLabel);
        svg.EndGroup();
    }

    private static string Arc(Point center, double radius, double from, double to)
    {
        if (to - from >= 359.9)
        {
            return Arc(center, radius, from, from + 180) + " " + Arc(center, radius, from + 180, from + 359.9).Replace("M", "L", StringComparison.Ordinal);
        }

        var start = Point.OnCircle(center, radius, from);
        var end = Point.OnCircle(center, radius, to);
        var large = to - from > 180 ? 1 : 0;
        return $"M {SvgWriter.N(start.X)} {SvgWriter.N(start.Y)} A {SvgWriter.N(radius)} {SvgWriter.N(radius)} 0 {large} 1 {SvgWriter.N(end.X)} {SvgWriter.N(end.Y)}";
    }

    private static string Sector(Point center, double inner, double outer, double from, double to)
    {
        var a = Point.OnCircle(center, outer, from);
        var b = Point.OnCircle(center, outer, to);
        var d = Point.OnCircle(center, inner, to);
        var e = Point.OnCircle(center, inner, from);
        var large = to - from > 180 ? 1 : 0;
        return $"M {SvgWriter.N(a.X)} {SvgWriter.N(a.Y)} A {SvgWriter.N(outer)} {SvgWriter.N(outer)} 0 {large} 1 {SvgWriter.N(b.X)} {SvgWriter.N(b.Y)} "
            + $"L {SvgWriter.N(d.X)} {SvgWriter.N(d.Y)} A {SvgWriter.N(inner)} {SvgWriter.N(inner)} 0 {large} 0 {SvgWriter.N(e.X)} {SvgWriter.N(e.Y)} Z";
    }
}
