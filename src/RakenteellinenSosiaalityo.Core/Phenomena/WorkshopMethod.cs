using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>How a workshop session of a phenomenon-based report collects its knowledge (fi: tiedonkeruun menetelmä; K 4.3, EK 5.1, 5.3).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<WorkshopMethod>))]
public enum WorkshopMethod
{
    /// <summary>A workshop of the group (fi: työpaja; K 4.3).</summary>
    Workshop = 0,

    /// <summary>Group interviews in small groups (fi: pienryhmissä toteutettu ryhmähaastattelu; EK 5.1).</summary>
    SmallGroupInterview = 1,

    /// <summary>Statistics (fi: tilastotieto; EK 5.1).</summary>
    Statistics = 2,

    /// <summary>Anonymized descriptions of client cases (fi: asiakastapausten anonymisoidut kuvaukset; EK 5.1).</summary>
    AnonymizedCaseDescription = 3,

    /// <summary>Research knowledge (fi: tutkimustieto; EK 5.3).</summary>
    Research = 4,

    /// <summary>Indicator data (fi: indikaattoritieto; EK 5.3).</summary>
    IndicatorData = 5,
}
