using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// One theme of a region's shared vocabulary of phenomena (fi: ilmiöteema), e.g. housing or mental health: social
/// reports name themes, and compilations group and count reports by them.
/// </summary>
/// <remarks>Immutable; compares by value. The default vocabulary is <see cref="PhenomenonThemes.SocialWelfareActSupportNeeds"/>.</remarks>
public sealed record PhenomenonTheme
{
    /// <summary>The theme's id, unique within its profile, lower-case kebab-case, e.g. <c>housing</c>.</summary>
    /// <exception cref="ArgumentException">Set to the default <see cref="ThemeId"/>, which identifies no theme.</exception>
    [JsonPropertyName("id")]
    public required ThemeId Id
    {
        get;
        init => field = SystemId.NotDefault(value, nameof(Id));
    }

    /// <summary>The theme's label, e.g. "Asuminen".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("name")]
    public required LocalizedText Name { get; init => field = Guard.Against.Null(value, nameof(Name)); }

    /// <summary>Where the theme comes from, e.g. <c>SHL 11 §</c>; null when not recorded.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>Returns the id and Finnish label.</summary>
    /// <returns>For example <c>housing (Asuminen)</c>.</returns>
    public override string ToString() => $"{Id} ({Name.Fi})";
}
