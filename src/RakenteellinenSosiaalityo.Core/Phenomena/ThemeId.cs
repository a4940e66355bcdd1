using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// The identifier of a phenomenon theme of the region's vocabulary (<see cref="PhenomenonTheme"/>) (fi: ilmiöteeman tunniste), e.g. <c>housing</c>: lower-case kebab-case ASCII, starting with a letter, at most 64
/// characters, as written in region files.
/// </summary>
/// <remarks>The default value has a null <see cref="Value"/> and identifies nothing; it is never valid in a profile.</remarks>
[JsonConverter(typeof(SystemIdJsonConverter<ThemeId>))]
public readonly record struct ThemeId : ISystemId<ThemeId>
{
    /// <summary>Creates a theme id.</summary>
    /// <param name="value">The id text, e.g. <c>housing</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not lower-case kebab-case ASCII of 1–64 characters (see <see cref="IsValid"/>).</exception>
    public ThemeId(string value)
        => Value = SystemId.Check<ThemeId>(value, nameof(value));

    static string ISystemId<ThemeId>.What => "theme";

    static string ISystemId<ThemeId>.Rule => Slug.Description;

    /// <summary>The id text; null only for <c>default(ThemeId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid theme id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => Slug.IsValid(value);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static ThemeId ISystemId<ThemeId>.Of(string value) => new(value);
}
