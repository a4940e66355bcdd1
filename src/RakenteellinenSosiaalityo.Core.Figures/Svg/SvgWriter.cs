using System.Globalization;
using System.Text;
using System.Xml;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;

namespace RakenteellinenSosiaalityo.Core.Figures.Svg;

/// <summary>
/// Writes SVG 1.1 with <see cref="XmlWriter"/>: numbers culture-invariant with at most two decimals, no XML declaration
/// (the encoding is the target's), LF line ends, so the same figure is the same bytes on every machine.
/// </summary>
internal sealed class SvgWriter : IDisposable
{
    public const string Namespace = "http://www.w3.org/2000/svg";
    public const string FontFamily = "'DejaVu Sans', Verdana, Arial, Helvetica, sans-serif";

    private readonly XmlWriter xml;

    private SvgWriter(TextWriter target)
    {
        xml = XmlWriter.Create(target, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            CloseOutput = false,
            Encoding = new UTF8Encoding(false),
        });
    }

    /// <summary>Starts a document of the given size with its accessible title and description.</summary>
    public static SvgWriter Start(TextWriter target, double width, double height, string id, string title, string description)
    {
        var svg = new SvgWriter(target);
        var xml = svg.xml;
        xml.WriteStartElement("svg", Namespace);
        xml.WriteAttributeString("width", N(width));
        xml.WriteAttributeString("height", N(height));
        xml.WriteAttributeString("viewBox", $"0 0 {N(width)} {N(height)}");
        xml.WriteAttributeString("role", "img");
        xml.WriteAttributeString("aria-labelledby", $"{id}-title {id}-desc");
        xml.WriteAttributeString("font-family", FontFamily);
        xml.WriteStartElement("title", Namespace);
        xml.WriteAttributeString("id", $"{id}-title");
        xml.WriteString(title);
        xml.WriteEndElement();
        xml.WriteStartElement("desc", Namespace);
        xml.WriteAttributeString("id", $"{id}-desc");
        xml.WriteString(description);
        xml.WriteEndElement();
        svg.Rect(new Box(0, 0, width, height), "#ffffff");
        return svg;
    }

    public static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    public void StartGroup(string cssClass, params (string Name, string Value)[] attributes)
    {
        xml.WriteStartElement("g", Namespace);
        xml.WriteAttributeString("class", cssClass);
        foreach (var (name, value) in attributes)
        {
            xml.WriteAttributeString(name, value);
        }
    }

    public void EndGroup() => xml.WriteEndElement();

    /// <summary>A <c>title</c> child: the tooltip and accessible name of the enclosing group.</summary>
    public void Title(string text)
    {
        xml.WriteStartElement("title", Namespace);
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    public void Rect(Box box, string fill, string? stroke = null, double strokeWidth = 1, double radius = 0)
    {
        xml.WriteStartElement("rect", Namespace);
        xml.WriteAttributeString("x", N(box.X));
        xml.WriteAttributeString("y", N(box.Y));
        xml.WriteAttributeString("width", N(box.Width));
        xml.WriteAttributeString("height", N(box.Height));
        if (radius > 0)
        {
            xml.WriteAttributeString("rx", N(radius));
        }

        Paint(fill, stroke, strokeWidth);
        xml.WriteEndElement();
    }

    public void Circle(Point center, double radius, string fill, string? stroke = null, double strokeWidth = 1, string? dash = null)
    {
        xml.WriteStartElement("circle", Namespace);
        xml.WriteAttributeString("cx", N(center.X));
        xml.WriteAttributeString("cy", N(center.Y));
        xml.WriteAttributeString("r", N(radius));
        Paint(fill, stroke, strokeWidth);
        if (dash is not null)
        {
            xml.WriteAttributeString("stroke-dasharray", dash);
        }

        xml.WriteEndElement();
    }

    public void Line(Point from, Point to, string stroke, double strokeWidth, string? dash = null)
    {
        xml.WriteStartElement("line", Namespace);
        xml.WriteAttributeString("x1", N(from.X));
        xml.WriteAttributeString("y1", N(from.Y));
        xml.WriteAttributeString("x2", N(to.X));
        xml.WriteAttributeString("y2", N(to.Y));
        xml.WriteAttributeString("stroke", stroke);
        xml.WriteAttributeString("stroke-width", N(strokeWidth));
        if (dash is not null)
        {
            xml.WriteAttributeString("stroke-dasharray", dash);
        }

        xml.WriteEndElement();
    }

    public void Path(string data, string fill, string? stroke = null, double strokeWidth = 1, double opacity = 1, string? markerEnd = null, string? lineCap = null)
    {
        xml.WriteStartElement("path", Namespace);
        xml.WriteAttributeString("d", data);
        Paint(fill, stroke, strokeWidth);
        if (opacity < 1)
        {
            xml.WriteAttributeString("opacity", N(opacity));
        }

        if (markerEnd is not null)
        {
            xml.WriteAttributeString("marker-end", $"url(#{markerEnd})");
        }

        if (lineCap is not null)
        {
            xml.WriteAttributeString("stroke-linecap", lineCap);
        }

        xml.WriteEndElement();
    }

    /// <summary>Defines an arrow head marker for edges.</summary>
    public void ArrowMarker(string id, string fill)
    {
        xml.WriteStartElement("defs", Namespace);
        xml.WriteStartElement("marker", Namespace);
        xml.WriteAttributeString("id", id);
        xml.WriteAttributeString("viewBox", "0 0 10 10");
        xml.WriteAttributeString("refX", "9");
        xml.WriteAttributeString("refY", "5");
        xml.WriteAttributeString("markerWidth", "7");
        xml.WriteAttributeString("markerHeight", "7");
        xml.WriteAttributeString("orient", "auto");
        Path("M 0 0 L 10 5 L 0 10 z", fill);
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    /// <summary>Writes a label: one <c>text</c> element with a <c>tspan</c> per line, placed as the layout says.</summary>
    public void Text(FigureLabel label)
    {
        var x = label.Anchor switch
        {
            TextAnchor.Middle => label.Box.CenterX,
            TextAnchor.End => label.Box.Right,
            _ => label.Box.X,
        };
        xml.WriteStartElement("text", Namespace);
        xml.WriteAttributeString("class", label.Role);
        xml.WriteAttributeString("x", N(x));
        xml.WriteAttributeString("y", N(Baseline(label, 0)));
        xml.WriteAttributeString("font-size", N(label.FontSize));
        if (label.Bold)
        {
            xml.WriteAttributeString("font-weight", "bold");
        }

        if (label.Anchor != TextAnchor.Start)
        {
            xml.WriteAttributeString("text-anchor", label.Anchor == TextAnchor.Middle ? "middle" : "end");
        }

        xml.WriteAttributeString("fill", label.Fill);
        if (label.Lines.Count == 1)
        {
            xml.WriteString(label.Lines[0]);
        }
        else
        {
            for (var i = 0; i < label.Lines.Count; i++)
            {
                xml.WriteStartElement("tspan", Namespace);
                xml.WriteAttributeString("x", N(x));
                xml.WriteAttributeString("y", N(Baseline(label, i)));
                xml.WriteString(label.Lines[i]);
                xml.WriteEndElement();
            }
        }

        xml.WriteEndElement();
    }

    public void Dispose()
    {
        xml.WriteEndElement();
        xml.WriteEndDocument();
        xml.Flush();
        xml.Dispose();
    }

    // The baseline sits 0.8 em below the line's top: ascenders stay inside the line and descenders above the next one.
    private static double Baseline(FigureLabel label, int line) => label.Box.Y + (label.FontSize * 0.95) + (line * label.LineHeight);

    private void Paint(string fill, string? stroke, double strokeWidth)
    {
        xml.WriteAttributeString("fill", fill);
        if (stroke is not null)
        {
            xml.WriteAttributeString("stroke", stroke);
            xml.WriteAttributeString("stroke-width", N(strokeWidth));
        }
    }
}
