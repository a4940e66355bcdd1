using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;

namespace RakenteellinenSosiaalityo.Core.Figures.Clock;

/// <summary>The numbered legend line of one clock rule: its badge, its label and when and by whom.</summary>
internal sealed record WheelLegendEntry(ClockRule Rule, int Number, Point Badge, double BadgeRadius, FigureLabel NumberLabel, FigureLabel Label, FigureLabel Detail);
