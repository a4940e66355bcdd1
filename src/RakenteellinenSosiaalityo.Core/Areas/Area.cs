using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Areas;

/// <summary>
/// A municipality or area of the region (fi: kunta tai alue) that reports name and compilations can group and count
/// by, e.g. the municipality of Loviisa.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record Area
{
    /// <summary>The area's id, unique within its profile, lower-case kebab-case, e.g. <c>loviisa</c>.</summary>
    /// <exception cref="ArgumentException">Set to a value that is not lower-case kebab-case ASCII of 1–64 characters.</exception>
    [JsonPropertyName("id")]
    public required string Id
    {
        get;
        init => field = Slug.IsValid(value) ? value : throw new ArgumentException($"An area id must be {Slug.Description}.", nameof(Id));
    }

    /// <summary>The area's name in Finnish, Swedish and English, e.g. "Loviisa" / "Lovisa" / "Loviisa".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("name")]
    public required LocalizedText Name { get; init => field = Guard.Against.Null(value, nameof(Name)); }

    /// <summary>Returns the area's id and Finnish name.</summary>
    /// <returns>For example <c>loviisa (Loviisa)</c>.</returns>
    public override string ToString() => $"{Id} ({Name.Fi})";
}
