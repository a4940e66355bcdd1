using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>A section of a phenomenon-based social report (fi: raportin osio; K 4.1).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PhenomenonReportSection>))]
public enum PhenomenonReportSection
{
    /// <summary>The situational picture of the phenomenon (fi: tilannekuva).</summary>
    SituationalPicture = 0,

    /// <summary>The effects of the phenomenon on clients (fi: ilmiön vaikutukset asiakkaisiin).</summary>
    EffectsOnClients = 1,

    /// <summary>How common the phenomenon is in the region's social services, computed from compilations (fi: ilmiön esiintyvyys hyvinvointialueen sosiaalipalveluissa).</summary>
    Prevalence = 2,

    /// <summary>The professionals' action proposals, each with its addressee (fi: toimenpide-ehdotukset).</summary>
    ActionProposals = 3,

    /// <summary>The sources of the knowledge (fi: lähteet).</summary>
    Sources = 4,
}
