using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>A report of the period listed as excluded from its compilation, with the reason (fi: pois jätetty raportti).</summary>
/// <param name="Id">The report's id.</param>
/// <param name="OriginalPeriod">The reporting period the report was submitted in.</param>
/// <param name="Reason">Why it is excluded.</param>
public sealed record ExcludedReport(
    [property: JsonRequired, JsonPropertyName("id")] ReportId Id,
    [property: JsonRequired, JsonPropertyName("originalPeriod")] ReportingPeriod OriginalPeriod,
    [property: JsonRequired, JsonPropertyName("reason")] ExclusionReason Reason);
