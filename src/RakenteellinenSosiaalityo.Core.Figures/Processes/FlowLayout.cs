using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Figures.Processes;

/// <summary>A swimlane: one performing actor's row, with its header.</summary>
internal sealed record FlowLane(ActorId Actor, string Name, Box Area, FigureLabel Header, double ChannelY);

/// <summary>A step's box: where it is, its column, and its text.</summary>
internal sealed record FlowBox(ProcessStep Step, int Number, string Title, IReadOnlyList<string> DetailTexts, bool Completes, int Column, int Lane, Box Box, FigureLabel Name, FigureLabel? Details);

/// <summary>A predecessor link drawn as an orthogonal polyline from <see cref="From"/> to <see cref="To"/>; <see cref="IsAfter"/> when the profile wrote it as <c>after</c>.</summary>
internal sealed record FlowEdge(StepId From, StepId To, bool IsAfter, IReadOnlyList<Point> Points);

/// <summary>
/// Where everything of a swimlane flow goes: the SVG is drawn from this model, and tests check its boxes (nothing
/// outside the view box, no two labels or step boxes overlapping, every edge between the right boxes).
/// </summary>
internal sealed record FlowLayout(
    double Width,
    double Height,
    string Title,
    string Description,
    IReadOnlyList<FlowLane> Lanes,
    IReadOnlyList<FlowBox> Boxes,
    IReadOnlyList<FlowEdge> Edges,
    IReadOnlyList<FigureLabel> Labels)
{
    public Box ViewBox => new(0, 0, Width, Height);
}
