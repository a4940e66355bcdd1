using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>What a social report brings up (fi: raportin aihe): the six subjects listed in the Kymenlaakso plan, 4.3.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReportSubject>))]
public enum ReportSubject
{
    /// <summary>Clients' needs and problems and their societal connections (fi: asiakkaiden tarpeet ja ongelmat sekä niiden yhteiskunnalliset yhteydet).</summary>
    ClientNeeds = 0,

    /// <summary>Phenomena of social wellbeing or social problems (fi: sosiaalisen hyvinvoinnin tai sosiaalisten ongelmien ilmiöt).</summary>
    WellbeingPhenomena = 1,

    /// <summary>How the service system and client processes work, and development needs (fi: palvelujärjestelmän ja asiakasprosessien toimivuus, kehittämistarpeet).</summary>
    ServiceSystem = 2,

    /// <summary>Observations and weak signals to react to (fi: havainnot ja heikot signaalit).</summary>
    WeakSignals = 3,

    /// <summary>Good practices, effective services and service paths (fi: hyvät käytännöt, vaikuttavat palvelut ja palvelupolut).</summary>
    GoodPractices = 4,

    /// <summary>Action proposals to improve, intervene or strengthen a positive thing (fi: toimenpide-ehdotukset).</summary>
    ActionProposals = 5,
}
