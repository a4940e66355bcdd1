namespace RakenteellinenSosiaalityo.Core.Figures.Geometry;

/// <summary>An axis-aligned rectangle in a figure's user units (y grows downwards, as in SVG).</summary>
internal readonly record struct Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;

    public double Bottom => Y + Height;

    public double CenterX => X + (Width / 2);

    public double CenterY => Y + (Height / 2);

    public static Box Around(double centerX, double centerY, double width, double height) =>
        new(centerX - (width / 2), centerY - (height / 2), width, height);

    /// <summary>Whether the two boxes share any area (touching edges do not count).</summary>
    public bool Overlaps(Box other) =>
        X < other.Right && other.X < Right && Y < other.Bottom && other.Y < Bottom;

    /// <summary>Whether <paramref name="other"/> lies wholly inside this box.</summary>
    public bool Contains(Box other) =>
        other.X >= X && other.Y >= Y && other.Right <= Right && other.Bottom <= Bottom;

    public bool Contains(double x, double y) => x >= X && x <= Right && y >= Y && y <= Bottom;

    /// <summary>The smallest distance from (<paramref name="x"/>, <paramref name="y"/>) to a point of the box.</summary>
    public double DistanceTo(double x, double y)
    {
        var dx = Math.Max(Math.Max(X - x, 0), x - Right);
        var dy = Math.Max(Math.Max(Y - y, 0), y - Bottom);
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    /// <summary>The largest distance from (<paramref name="x"/>, <paramref name="y"/>) to a point of the box.</summary>
    public double FarthestFrom(double x, double y)
    {
        var dx = Math.Max(Math.Abs(X - x), Math.Abs(Right - x));
        var dy = Math.Max(Math.Abs(Y - y), Math.Abs(Bottom - y));
        return Math.Sqrt((dx * dx) + (dy * dy));
    }

    public Box Inflate(double by) => new(X - by, Y - by, Width + (2 * by), Height + (2 * by));
}
