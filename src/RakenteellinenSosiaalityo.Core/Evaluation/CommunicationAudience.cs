using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>Whom a communication of structural social work was for (fi: viestinnän kohderyhmä).</summary>
/// <remarks>In JSON the camelCase name, e.g. <c>"decisionMakers"</c>.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<CommunicationAudience>))]
public enum CommunicationAudience
{
    /// <summary>The region's own staff (fi: sisäinen viestintä), e.g. division infos, intranet, newsletters.</summary>
    Internal = 0,

    /// <summary>Decision makers (fi: päättäjät), e.g. council seminars.</summary>
    DecisionMakers = 1,

    /// <summary>Clients, residents and partners (fi: ulkoinen viestintä), e.g. websites and social media.</summary>
    External = 2,
}
