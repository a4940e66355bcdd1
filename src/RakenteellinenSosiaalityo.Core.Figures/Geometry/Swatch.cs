namespace RakenteellinenSosiaalityo.Core.Figures.Geometry;

/// <summary>A legend item: a coloured sample and its label.</summary>
internal sealed record Swatch(string Key, Box Sample, string Fill, string? Stroke, double Opacity, FigureLabel Label);
