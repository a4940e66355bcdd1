using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>The three duties of structural social work in the Social Welfare Act 1301/2014, section 7 (fi: rakenteellisen sosiaalityön tehtävät).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<StatutoryDuty>))]
public enum StatutoryDuty
{
    /// <summary>1) Producing knowledge, based on client work, of clients' needs and their societal connections and of the effects of social services.</summary>
    KnowledgeProduction = 0,

    /// <summary>2) Goal-directed measures and action proposals to prevent and fix social problems and to develop residents' living environments.</summary>
    ActionProposals = 1,

    /// <summary>3) Bringing social welfare expertise into the planning of other sectors and municipalities, and cooperating with private providers and NGOs.</summary>
    ExpertiseInPlanning = 2,
}
