using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>Where a candidate phenomenon for a phenomenon-based report comes from (fi: ilmiön valinnan lähde; EK 5.1, 5.3).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CandidateSource>))]
public enum CandidateSource
{
    /// <summary>Recurring or widespread phenomena in the compilations of social reports (fi: sosiaalisissa raporteissa toistuvat ilmiöt).</summary>
    Compilations = 0,

    /// <summary>Phenomena raised by clients themselves, client panels or experts by experience (fi: asiakkaiden esiin nostamat ilmiöt).</summary>
    Clients = 1,

    /// <summary>Phenomena raised by other actors of the region (fi: alueen muiden toimijoiden esiin nostamat ilmiöt).</summary>
    OtherActors = 2,

    /// <summary>Observations of management (fi: johdon huomiot).</summary>
    Management = 3,

    /// <summary>The priorities of the region's strategy (fi: strategian painopisteet).</summary>
    Strategy = 4,

    /// <summary>The priorities of the regional wellbeing and health promotion plan (fi: HYTE-kärjet).</summary>
    HytePriorities = 5,

    /// <summary>The national development themes of structural social work, e.g. THL's (fi: kansallisen kehittämisen aiheet).</summary>
    NationalThemes = 6,
}
