using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>Source-generated JSON metadata for the library's types (trimming- and AOT-safe).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(RegionProfile))]
[JsonSerializable(typeof(ReportingPeriod))]
internal sealed partial class CoreJsonContext : JsonSerializerContext;
