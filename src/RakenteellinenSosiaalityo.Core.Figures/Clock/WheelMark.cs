using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;

namespace RakenteellinenSosiaalityo.Core.Figures.Clock;

/// <summary>
/// One scheduled activity on the wheel: an arc over its window (clipped to the year) on one track, and a numbered
/// badge at the middle of the arc. Angles are degrees clockwise from twelve o'clock (1 January at 0°).
/// </summary>
internal sealed record WheelMark(
    ScheduledActivity Activity,
    int Number,
    int Track,
    double Radius,
    double StartAngle,
    double EndAngle,
    double OccupiedStart,
    double OccupiedEnd,
    Point Badge,
    double BadgeRadius,
    MarkStatus Status,
    FigureLabel NumberLabel)
{
    public bool IsSingleDay => Activity.IsSingleDay;
}
