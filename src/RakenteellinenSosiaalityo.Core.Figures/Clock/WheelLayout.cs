using RakenteellinenSosiaalityo.Core.Figures.Geometry;

namespace RakenteellinenSosiaalityo.Core.Figures.Clock;

/// <summary>
/// Where everything of an annual clock wheel goes, computed before anything is written: the SVG is drawn from this
/// model, and tests check its boxes (nothing outside the view box, no two labels overlapping).
/// </summary>
internal sealed record WheelLayout(
    double Width,
    double Height,
    string Title,
    string Description,
    Point Center,
    double HubRadius,
    double BandInner,
    double BandOuter,
    double TrackWidth,
    int Tracks,
    IReadOnlyList<double> MonthStarts,
    IReadOnlyList<WheelMark> Marks,
    IReadOnlyList<WheelLegendEntry> Entries,
    IReadOnlyList<Swatch> Kinds,
    IReadOnlyList<Swatch> Statuses,
    double? AsOfAngle,
    IReadOnlyList<FigureLabel> Labels)
{
    public Box ViewBox => new(0, 0, Width, Height);
}
