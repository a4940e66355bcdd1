using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>Why a report of the period is listed as excluded from its compilation (fi: poissulkemisen syy).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ExclusionReason>))]
public enum ExclusionReason
{
    /// <summary>The report was withdrawn by the cutoff.</summary>
    Withdrawn = 0,

    /// <summary>The report was not ready by the cutoff and its content holds personal data, so the privacy guard blocks it.</summary>
    PersonalData = 1,
}
