using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>
/// A user-visible label in Finnish (required), Swedish and English (fi: monikielinen teksti).
/// </summary>
/// <remarks>
/// Values compare by their three texts. In JSON a label is an object <c>{ "fi": "…", "sv": "…", "en": "…" }</c>
/// where only <c>fi</c> is required.
/// </remarks>
public sealed record LocalizedText
{
    /// <summary>Creates a label.</summary>
    /// <param name="fi">The Finnish text; must not be null, empty or white space.</param>
    /// <param name="sv">The Swedish text, or null when there is none.</param>
    /// <param name="en">The English text, or null when there is none.</param>
    /// <exception cref="ArgumentNullException"><paramref name="fi"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="fi"/> is empty or white space, or <paramref name="sv"/> or
    /// <paramref name="en"/> is empty or white space (use null for a missing translation).</exception>
    [JsonConstructor]
    public LocalizedText(string fi, string? sv = null, string? en = null)
    {
        Fi = Guard.Against.NullOrBlank(fi);
        Sv = CheckOptional(sv, nameof(sv));
        En = CheckOptional(en, nameof(en));
    }

    /// <summary>The Finnish text (fi); never null or empty.</summary>
    [JsonPropertyName("fi")]
    public string Fi { get; }

    /// <summary>The Swedish text (sv), or null when the label has no Swedish translation.</summary>
    [JsonPropertyName("sv")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Sv { get; }

    /// <summary>The English text (en), or null when the label has no English translation.</summary>
    [JsonPropertyName("en")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? En { get; }

    /// <summary>The text in <paramref name="language"/>, falling back to Finnish when that translation is missing.</summary>
    /// <param name="language">The wanted language.</param>
    /// <returns>The text in the wanted language, or the Finnish text.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public string Get(Language language) => language switch
    {
        Language.Finnish => Fi,
        Language.Swedish => Sv ?? Fi,
        Language.English => En ?? Fi,
        _ => throw new ArgumentOutOfRangeException(nameof(language), language, "Unknown language."),
    };

    /// <summary>Whether the label has its own text in <paramref name="language"/> (no fallback).</summary>
    /// <param name="language">The language asked for.</param>
    /// <returns>True when the label has a text in that language.</returns>
    public bool Has(Language language) => language switch
    {
        Language.Finnish => true,
        Language.Swedish => Sv is not null,
        Language.English => En is not null,
        _ => false,
    };

    /// <summary>Returns the Finnish text.</summary>
    /// <returns>The Finnish text.</returns>
    public override string ToString() => Fi;

    private static string? CheckOptional(string? value, string parameterName)
    {
        if (value is not null && Blank.IsBlank(value))
        {
            throw new ArgumentException("A translation must not be empty or white space; leave it null when there is none.", parameterName);
        }

        return value;
    }
}
