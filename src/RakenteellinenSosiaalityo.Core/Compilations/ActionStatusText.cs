using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>The people-facing names of <see cref="ActionStatus"/> values in Finnish, Swedish and English (fi: toimenpiteen tila).</summary>
public static class ActionStatusText
{
    /// <summary>The name of <paramref name="value"/> to show to people, e.g. in a report or a listing.</summary>
    /// <param name="value">A defined value.</param>
    /// <returns>The name in fi, sv and en.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this ActionStatus value) => value switch
    {
        ActionStatus.Open => new("avoin", "öppen", "open"),
        ActionStatus.Done => new("tehty", "utförd", "done"),
        ActionStatus.Cancelled => new("peruttu", "inställd", "cancelled"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined ActionStatus value."),
    };
}
