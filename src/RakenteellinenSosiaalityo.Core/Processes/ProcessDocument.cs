using RakenteellinenSosiaalityo.Core.Regions;
using System.Text.Json.Serialization;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The header every JSON document of a process-driven aggregate has: the format version, the region, and the status
/// and performed steps written for readers (checked against the history when read). The aggregate's document adds its
/// id, content and history.
/// </summary>
internal abstract record ProcessDocument
{
    [JsonPropertyName("schemaVersion")]
    [JsonPropertyOrder(-10)]
    public required int SchemaVersion { get; init; }

    [JsonPropertyName("regionId")]
    [JsonPropertyOrder(-8)]
    public required RegionId RegionId { get; init; }

    [JsonPropertyName("status")]
    [JsonPropertyOrder(-7)]
    public required LifecycleStatus Status { get; init; }

    [JsonPropertyName("performedSteps")]
    [JsonPropertyOrder(-6)]
    public IReadOnlyList<StepId>? PerformedSteps { get; init; }
}
