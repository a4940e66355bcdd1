using System.Text.Json.Serialization;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>A count under a key, e.g. the number of included reports from service <c>child-welfare</c>.</summary>
/// <param name="Key">The key: a service, theme or profession id, or a subject's camelCase name.</param>
/// <param name="Count">The count, at least 1.</param>
public readonly record struct KeyCount(
    [property: JsonRequired, JsonPropertyName("key")] string Key,
    [property: JsonRequired, JsonPropertyName("count")] int Count);
