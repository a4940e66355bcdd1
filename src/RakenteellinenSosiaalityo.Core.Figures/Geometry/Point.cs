namespace RakenteellinenSosiaalityo.Core.Figures.Geometry;

/// <summary>A point in a figure's user units (y grows downwards, as in SVG).</summary>
internal readonly record struct Point(double X, double Y)
{
    /// <summary>The point at <paramref name="radius"/> from <paramref name="center"/> in the direction <paramref name="degrees"/>, measured clockwise from twelve o'clock.</summary>
    public static Point OnCircle(Point center, double radius, double degrees)
    {
        var radians = degrees * Math.PI / 180;
        return new Point(center.X + (radius * Math.Sin(radians)), center.Y - (radius * Math.Cos(radians)));
    }
}
