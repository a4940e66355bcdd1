using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>What a workshop collects about the phenomenon (fi: työpajassa kerättävä tieto; K 4.3).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<WorkshopInputKind>))]
public enum WorkshopInputKind
{
    /// <summary>How the phenomenon shows in the different services (fi: miten ilmiö näyttäytyy eri sosiaalipalveluissa).</summary>
    HowItShows = 0,

    /// <summary>How wide the phenomenon is (fi: kuinka laajasta ilmiöstä on kyse).</summary>
    Extent = 1,

    /// <summary>Action and solution proposals (fi: toimenpide- ja ratkaisuehdotukset).</summary>
    Proposals = 2,

    /// <summary>Other relevant knowledge about the phenomenon (fi: muu oleellinen tieto ilmiöön liittyen).</summary>
    OtherKnowledge = 3,
}
