using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>A count under a key, e.g. the number of included reports from service <c>child-welfare</c>.</summary>
/// <param name="Key">The key: a service, theme or profession id, or a subject's camelCase name.</param>
/// <param name="Count">The count, at least 1.</param>
/// <exception cref="ArgumentNullException"><paramref name="Key"/> is null.</exception>
public readonly record struct KeyCount(string Key, int Count)
{
    /// <summary>The key: a service, theme or profession id, or a subject's camelCase name.</summary>
    [JsonRequired]
    [JsonPropertyName("key")]
    public string Key { get; init => field = Guard.Against.Null(value, nameof(Key)); } = Guard.Against.Null(Key);

    /// <summary>The count, at least 1.</summary>
    [JsonRequired]
    [JsonPropertyName("count")]
    public int Count { get; init; } = Count;
}
