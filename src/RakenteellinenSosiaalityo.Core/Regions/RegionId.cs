using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Regions;

/// <summary>
/// The identifier of a wellbeing region's profile (<see cref="RegionProfile"/>) (fi: alueen tunniste), e.g. <c>etela-karjala</c>: lower-case kebab-case ASCII, starting with a letter, at most 64
/// characters, as written in region files and documents.
/// </summary>
/// <remarks>The default value has a null <see cref="Value"/> and identifies nothing; it is never valid in a profile or document.</remarks>
[JsonConverter(typeof(SystemIdJsonConverter<RegionId>))]
public readonly record struct RegionId : ISystemId<RegionId>
{
    /// <summary>Creates a region id.</summary>
    /// <param name="value">The id text, e.g. <c>etela-karjala</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not lower-case kebab-case ASCII of 1–64 characters (see <see cref="IsValid"/>).</exception>
    public RegionId(string value)
        => Value = SystemId.Check<RegionId>(value, nameof(value));

    static string ISystemId<RegionId>.What => "region";

    static string ISystemId<RegionId>.Rule => Slug.Description;

    /// <summary>The id text; null only for <c>default(RegionId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid region id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => Slug.IsValid(value);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static RegionId ISystemId<RegionId>.Of(string value) => new(value);
}
