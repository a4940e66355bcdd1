using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Plans;

/// <summary>
/// The statute a plan rests on (fi: lakiperusta): for structural social work the Social Welfare Act
/// (sosiaalihuoltolaki 1301/2014), section 7, with its three duties as the plan words them.
/// </summary>
public sealed record LegalBasis
{
    /// <summary>The act's name, e.g. "Sosiaalihuoltolaki".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("act")]
    public required LocalizedText Act { get; init => field = Guard.Against.Null(value, nameof(Act)); }

    /// <summary>The statute number, e.g. <c>1301/2014</c>.</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    [JsonPropertyName("statute")]
    public required string Statute { get; init => field = Guard.Against.NullOrBlank(value, nameof(Statute)); }

    /// <summary>The section, e.g. <c>7</c>.</summary>
    /// <exception cref="ArgumentException">Set to null, empty or white space.</exception>
    [JsonPropertyName("section")]
    public required string Section { get; init => field = Guard.Against.NullOrBlank(value, nameof(Section)); }

    /// <summary>The duties the section lays down, in its order (for s. 7: knowledge, measures and proposals, expertise in planning).</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("duties")]
    [AllowNull]
    public required IReadOnlyList<LocalizedText> Duties
    {
        get;
        init => field = ValueList.From(value, nameof(Duties));
    } = ValueList<LocalizedText>.Empty;

    /// <summary>
    /// The citation in <paramref name="language"/>: <c>Sosiaalihuoltolaki 1301/2014, 7 §</c>,
    /// <c>Socialvårdslagen 1301/2014, 7 §</c>, <c>Social Welfare Act 1301/2014, section 7</c> (the act's name falls
    /// back to Finnish where the profile gives no translation).
    /// </summary>
    /// <param name="language">The language to cite in.</param>
    /// <returns>The citation.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="language"/> is not a defined <see cref="Language"/>.</exception>
    public string Citation(Language language) => language == Language.English
        ? $"{Act.Get(language)} {Statute}, section {Section}"
        : $"{Act.Get(language)} {Statute}, {Section} §";

    /// <summary>The citation, e.g. <c>Sosiaalihuoltolaki 1301/2014, 7 §</c>.</summary>
    /// <returns>The citation in Finnish style.</returns>
    public override string ToString() => $"{Act.Fi} {Statute}, {Section} §";
}
