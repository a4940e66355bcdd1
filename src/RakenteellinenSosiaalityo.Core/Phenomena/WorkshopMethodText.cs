using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>The people-facing names of <see cref="WorkshopMethod"/> values in Finnish, Swedish and English (fi: tiedonkeruun menetelmä).</summary>
public static class WorkshopMethodText
{
    /// <summary>The name of <paramref name="value"/> to show to people, e.g. in a report or a listing.</summary>
    /// <param name="value">A defined value.</param>
    /// <returns>The name in fi, sv and en.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this WorkshopMethod value) => value switch
    {
        WorkshopMethod.Workshop => new("työpaja", "arbetsverkstad", "workshop"),
        WorkshopMethod.SmallGroupInterview => new("ryhmähaastattelu pienryhmissä", "gruppintervju i smågrupper", "small-group interview"),
        WorkshopMethod.Statistics => new("tilastotieto", "statistik", "statistics"),
        WorkshopMethod.AnonymizedCaseDescription => new("anonymisoidut asiakastapausten kuvaukset", "anonymiserade beskrivningar av klientfall", "anonymized client case descriptions"),
        WorkshopMethod.Research => new("tutkimustieto", "forskningsdata", "research knowledge"),
        WorkshopMethod.IndicatorData => new("indikaattoritieto", "indikatordata", "indicator data"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined WorkshopMethod value."),
    };
}
