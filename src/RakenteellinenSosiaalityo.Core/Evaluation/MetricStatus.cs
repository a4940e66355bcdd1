using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>The status of an evaluation metric (fi: toimenpiteen tilanne).</summary>
/// <remarks>In JSON the camelCase name, e.g. <c>"notRealized"</c>.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<MetricStatus>))]
public enum MetricStatus
{
    /// <summary>A manual metric nobody has assessed yet (fi: ei arvioitu).</summary>
    NotAssessed = 0,

    /// <summary>Realized (fi: toteutunut; kyllä).</summary>
    Realized = 1,

    /// <summary>Partly realized (fi: osittain toteutunut).</summary>
    Partly = 2,

    /// <summary>Not realized (fi: ei toteutunut; ei).</summary>
    NotRealized = 3,
}
