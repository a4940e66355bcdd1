using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// What a region calls its compilations (fi: koosteen nimi), in the singular and the plural, in Finnish, Swedish and
/// English. The one home of the rule that names a compilation after the period scheme: <see cref="For"/>.
/// </summary>
/// <remarks>
/// One period a year gives "vuosikooste / årssammanställning / annual compilation", two "puolivuosikooste /
/// halvårssammanställning / semiannual compilation", four "neljännesvuosikooste / kvartalssammanställning / quarterly
/// compilation", and any other number the neutral "koonti / sammanställning / compilation"; a profile's own label
/// (<see cref="CompilationRules.Name"/>) wins over all of them. Names are written in lower case, as they read inside a
/// sentence; <see cref="Capitalized"/> gives the heading form. Immutable; compares by value.
/// </remarks>
public sealed record CompilationName
{
    private static readonly CompilationName Annual = Of("vuosikooste", "vuosikoosteet", "årssammanställning", "årssammanställningar", "annual compilation", "annual compilations");
    private static readonly CompilationName Semiannual = Of("puolivuosikooste", "puolivuosikoosteet", "halvårssammanställning", "halvårssammanställningar", "semiannual compilation", "semiannual compilations");
    private static readonly CompilationName Quarterly = Of("neljännesvuosikooste", "neljännesvuosikoosteet", "kvartalssammanställning", "kvartalssammanställningar", "quarterly compilation", "quarterly compilations");
    private static readonly CompilationName Neutral = Of("koonti", "koonnit", "sammanställning", "sammanställningar", "compilation", "compilations");

    /// <summary>The name of one compilation, e.g. "vuosikooste".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("singular")]
    public required LocalizedText Singular { get; init => field = Guard.Against.Null(value, nameof(Singular)); }

    /// <summary>The name of several compilations, e.g. "vuosikoosteet".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("plural")]
    public required LocalizedText Plural { get; init => field = Guard.Against.Null(value, nameof(Plural)); }

    /// <summary>The name of the compilations of a region: its own label when the profile has one, otherwise the name its period scheme gives.</summary>
    /// <param name="scheme">The region's reporting periods.</param>
    /// <param name="label">The profile's own label (<see cref="CompilationRules.Name"/>), or null.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="scheme"/> is null.</exception>
    public static CompilationName For(ReportingPeriodScheme scheme, CompilationName? label = null)
    {
        Guard.Against.Null(scheme);
        return label ?? scheme.Periods.Count switch
        {
            1 => Annual,
            2 => Semiannual,
            4 => Quarterly,
            _ => Neutral,
        };
    }

    /// <summary>A text with its first letter in upper case, for a heading: "vuosikooste" gives "Vuosikooste".</summary>
    /// <param name="text">The text.</param>
    /// <returns>The capitalized text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Capitalized(string text)
    {
        Guard.Against.Null(text);
        return text.Length == 0 ? text : string.Concat(char.ToUpperInvariant(text[0]).ToString(), text.AsSpan(1));
    }

    /// <summary>Returns the Finnish singular.</summary>
    /// <returns>For example <c>vuosikooste</c>.</returns>
    public override string ToString() => Singular.Fi;

    private static CompilationName Of(string fi, string fiPlural, string sv, string svPlural, string en, string enPlural) =>
        new() { Singular = new LocalizedText(fi, sv, en), Plural = new LocalizedText(fiPlural, svPlural, enPlural) };
}
