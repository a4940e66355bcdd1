using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>The people-facing names of <see cref="CandidateSource"/> values in Finnish, Swedish and English (fi: ilmiön valinnan lähde).</summary>
public static class CandidateSourceText
{
    /// <summary>The name of <paramref name="value"/> to show to people, e.g. in a report or a listing.</summary>
    /// <param name="value">A defined value.</param>
    /// <returns>The name in fi, sv and en.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this CandidateSource value) => value switch
    {
        CandidateSource.Compilations => new("sosiaalisten raporttien koosteet", "sammanställningar av sociala rapporter", "compilations of social reports"),
        CandidateSource.Clients => new("asiakkaat", "klienter", "clients"),
        CandidateSource.OtherActors => new("alueen muut toimijat", "regionens andra aktörer", "other actors of the region"),
        CandidateSource.Management => new("johdon huomiot", "ledningens iakttagelser", "observations of management"),
        CandidateSource.Strategy => new("strategian painopisteet", "strategins prioriteringar", "the priorities of the strategy"),
        CandidateSource.HytePriorities => new("HYTE-kärjet", "prioriteringar för välfärd och hälsa (HYTE)", "wellbeing and health promotion (HYTE) priorities"),
        CandidateSource.NationalThemes => new("kansallisen kehittämisen aiheet", "nationella utvecklingsteman", "national development themes"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined CandidateSource value."),
    };
}
