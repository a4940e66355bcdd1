using System.Globalization;
using System.Xml.Linq;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

/// <summary>Checks every figure test shares: the SVG parses, nothing is drawn outside its view box, no two labels overlap.</summary>
internal static class FigureChecks
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static readonly string[] XAttributes = ["x", "cx", "x1", "x2"];
    private static readonly string[] YAttributes = ["y", "cy", "y1", "y2"];

    /// <summary>Parses the SVG (throws when it is not well-formed XML) and checks its root.</summary>
    public static XDocument Parse(string svg)
    {
        var document = XDocument.Parse(svg);
        Assert.Equal(Svg + "svg", document.Root!.Name);
        Assert.NotNull(document.Root.Element(Svg + "title"));
        Assert.NotNull(document.Root.Element(Svg + "desc"));
        return document;
    }

    /// <summary>The view box's width and height.</summary>
    public static (double Width, double Height) ViewBox(XDocument document)
    {
        var parts = document.Root!.Attribute("viewBox")!.Value.Split(' ').Select(p => double.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        Assert.Equal(0, parts[0]);
        Assert.Equal(0, parts[1]);
        return (parts[2], parts[3]);
    }

    /// <summary>Every coordinate attribute and every path point of the document lies inside the view box.</summary>
    public static void AllCoordinatesInside(XDocument document)
    {
        var (width, height) = ViewBox(document);
        foreach (var element in document.Descendants().Where(e => e.Name.LocalName != "marker" && e.Ancestors().All(a => a.Name.LocalName != "marker")))
        {
            foreach (var name in XAttributes)
            {
                if (element.Attribute(name) is { } x)
                {
                    var value = double.Parse(x.Value, CultureInfo.InvariantCulture);
                    Assert.True(value >= 0 && value <= width, $"{element.Name.LocalName} {name}={x.Value} is outside 0–{width}");
                }
            }

            foreach (var name in YAttributes)
            {
                if (element.Attribute(name) is { } y)
                {
                    var value = double.Parse(y.Value, CultureInfo.InvariantCulture);
                    Assert.True(value >= 0 && value <= height, $"{element.Name.LocalName} {name}={y.Value} is outside 0–{height}");
                }
            }

            if (element.Name.LocalName == "path")
            {
                var tokens = element.Attribute("d")!.Value.Split(' ');
                for (var i = 0; i < tokens.Length; i++)
                {
                    // Endpoints of M, L and A commands (A carries five parameters before its endpoint).
                    var at = tokens[i] switch { "M" or "L" => i + 1, "A" => i + 6, _ => -1 };
                    if (at > 0)
                    {
                        var px = double.Parse(tokens[at], CultureInfo.InvariantCulture);
                        var py = double.Parse(tokens[at + 1], CultureInfo.InvariantCulture);
                        Assert.True(px >= 0 && px <= width && py >= 0 && py <= height, $"path point ({px}, {py}) is outside {width}×{height}");
                    }
                }
            }
        }
    }

    /// <summary>Every label's box lies inside the view box, and no two labels' boxes overlap.</summary>
    public static void LabelsInsideAndApart(IReadOnlyList<FigureLabel> labels, Box viewBox)
    {
        foreach (var label in labels)
        {
            Assert.True(viewBox.Contains(label.Box), $"The {label.Role} label '{label.Text}' ({label.Box}) is outside the view box {viewBox}.");
        }

        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                Assert.False(labels[i].Box.Overlaps(labels[j].Box), $"The {labels[i].Role} label '{labels[i].Text}' ({labels[i].Box}) overlaps the {labels[j].Role} label '{labels[j].Text}' ({labels[j].Box}).");
            }
        }
    }

    /// <summary>The text of a <c>text</c> element, its lines joined by spaces.</summary>
    public static string TextOf(XElement text) =>
        text.Elements(Svg + "tspan").Any() ? string.Join(" ", text.Elements(Svg + "tspan").Select(t => t.Value)) : text.Value;

    /// <summary>Runs <paramref name="action"/> with a current culture that writes numbers with a decimal comma and a minus sign of its own.</summary>
    public static T InCommaCulture<T>(Func<T> action)
    {
        var culture = (CultureInfo)CultureInfo.InvariantCulture.Clone();
        culture.NumberFormat.NumberDecimalSeparator = ",";
        culture.NumberFormat.NegativeSign = "\u2212";
        var before = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
        try
        {
            return action();
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = before;
        }
    }
}
