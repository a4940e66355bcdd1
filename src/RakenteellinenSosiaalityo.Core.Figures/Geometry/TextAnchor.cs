namespace RakenteellinenSosiaalityo.Core.Figures.Geometry;

/// <summary>Where a label's x coordinate sits on its lines (SVG <c>text-anchor</c>).</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
