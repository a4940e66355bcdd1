using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>The people-facing names of <see cref="LifecycleStatus"/> values in Finnish, Swedish and English (fi: käsittelyn tila).</summary>
public static class LifecycleStatusText
{
    /// <summary>The name of <paramref name="value"/> to show to people, e.g. in a report or a listing.</summary>
    /// <param name="value">A defined value.</param>
    /// <returns>The name in fi, sv and en.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this LifecycleStatus value) => value switch
    {
        LifecycleStatus.Draft => new("luonnos", "utkast", "draft"),
        LifecycleStatus.InProcess => new("käsittelyssä", "under behandling", "in process"),
        LifecycleStatus.Completed => new("valmis", "klar", "completed"),
        LifecycleStatus.Returned => new("palautettu täydennettäväksi", "återsänd för komplettering", "returned for completion"),
        LifecycleStatus.Withdrawn => new("peruttu", "återkallad", "withdrawn"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined LifecycleStatus value."),
    };
}
