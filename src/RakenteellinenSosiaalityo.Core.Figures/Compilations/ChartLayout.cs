using RakenteellinenSosiaalityo.Core.Figures.Geometry;

namespace RakenteellinenSosiaalityo.Core.Figures.Compilations;

/// <summary>A drawn value: its row and column, the bar or cell, and the number's label.</summary>
internal sealed record ChartValue(string Key, int Column, int Value, Box Shape, string Fill, FigureLabel Label);

/// <summary>Where everything of a chart goes; the SVG is drawn from it and tests check its boxes.</summary>
internal sealed record ChartLayout(
    double Width,
    double Height,
    string Title,
    string Description,
    IReadOnlyList<ChartValue> Values,
    IReadOnlyList<Swatch> Legend,
    IReadOnlyList<FigureLabel> Labels,
    IReadOnlyList<Box> Rules)
{
    public Box ViewBox => new(0, 0, Width, Height);
}
