using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>How a compilation accounts for a report (fi: raportin asema koosteessa).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReportPlacement>))]
public enum ReportPlacement
{
    /// <summary>The compilation does not account for the report: it is of another period, or not submitted by the cutoff.</summary>
    NotInCompilation = 0,

    /// <summary>Included: the report goes through the compilation's steps with it.</summary>
    Included = 1,

    /// <summary>Not ready by the cutoff; it goes to the next compilation.</summary>
    CarriedOver = 2,

    /// <summary>Listed as excluded, with the reason.</summary>
    Excluded = 3,
}
