using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// A report not yet ready for compilation at the cutoff (fi: seuraavaan koosteeseen siirtyvä raportti): it goes to the
/// next compilation, which lists it as carried over from <see cref="OriginalPeriod"/>.
/// </summary>
/// <param name="Id">The report's id.</param>
/// <param name="OriginalPeriod">The reporting period the report was submitted in.</param>
/// <param name="StatusAtCutoff">Where the report was at the cutoff.</param>
public sealed record CarriedOverReport(
    [property: JsonRequired, JsonPropertyName("id")] ReportId Id,
    [property: JsonRequired, JsonPropertyName("originalPeriod")] ReportingPeriod OriginalPeriod,
    [property: JsonRequired, JsonPropertyName("statusAtCutoff")] LifecycleStatus StatusAtCutoff);
