using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>How many reports of a phenomenon's themes one service made in one reporting period, as a compilation counted them (fi: esiintyvyys).</summary>
/// <param name="ServiceId">The service's id.</param>
/// <param name="Period">The reporting period.</param>
/// <param name="Reports">How many included reports of the period, from the service, name at least one of the phenomenon's themes.</param>
public sealed record PrevalenceCount(
    [property: JsonPropertyName("serviceId")] ServiceId ServiceId,
    [property: JsonPropertyName("period")] ReportingPeriod Period,
    [property: JsonPropertyName("reports")] int Reports);
