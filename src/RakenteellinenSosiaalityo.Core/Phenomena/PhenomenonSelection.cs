using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// The choice of the phenomenon of a year's phenomenon-based report (fi: ilmiön valinta): its title, the profile's
/// themes it covers (which give its prevalence in the compilations), the sources and the justification.
/// </summary>
/// <remarks>Immutable; compares by value. The texts pass the privacy guard when the choice is recorded.</remarks>
public sealed record PhenomenonSelection
{
    /// <summary>Creates a selection.</summary>
    /// <param name="year">The year of the report.</param>
    /// <param name="title">The phenomenon as the report's title, e.g. "Päihde- ja riippuvuusongelmat Etelä-Karjalan hyvinvointialueen sosiaalipalveluissa".</param>
    /// <param name="themes">The ids of the profile's phenomenon themes it covers; at least one.</param>
    /// <param name="reasons">The sources of the choice, each with its justification; at least one.</param>
    /// <param name="justification">Why this phenomenon, in words.</param>
    /// <exception cref="ArgumentException">A text is empty, a list is empty or holds null or the default id, or <paramref name="year"/> is outside 1–9999.</exception>
    [JsonConstructor]
    public PhenomenonSelection(int year, string title, IReadOnlyList<ThemeId> themes, IReadOnlyList<SelectionReason> reasons, string justification)
    {
        Year = Guard.Against.OutOfRange(year, nameof(year), 1, 9999);
        Title = Guard.Against.NullOrBlank(title);
        Themes = ValueList.FromValues(Guard.Against.Null(themes));
        Reasons = ValueList.From(reasons, nameof(reasons));
        Justification = Guard.Against.NullOrBlank(justification);
        if (Themes.Count == 0 || Themes.Any(t => t.Value is null))
        {
            throw new ArgumentException("A phenomenon covers at least one theme of the profile, each named by its id.", nameof(themes));
        }

        if (Reasons.Count == 0)
        {
            throw new ArgumentException("A choice has at least one source with its justification.", nameof(reasons));
        }
    }

    /// <summary>The year of the report.</summary>
    [JsonPropertyName("year")]
    public int Year { get; }

    /// <summary>The phenomenon as the report's title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; }

    /// <summary>The ids of the profile's phenomenon themes it covers.</summary>
    [JsonPropertyName("themes")]
    public IReadOnlyList<ThemeId> Themes { get; }

    /// <summary>The sources of the choice, each with its justification.</summary>
    [JsonPropertyName("reasons")]
    public IReadOnlyList<SelectionReason> Reasons { get; }

    /// <summary>Why this phenomenon.</summary>
    [JsonPropertyName("justification")]
    public string Justification { get; }

    internal IEnumerable<PersonalDataFinding> FindPersonalData() =>
        PersonalDataScanner.Scan(Title, "selection.title")
            .Concat(PersonalDataScanner.Scan(Justification, "selection.justification"))
            .Concat(Reasons.SelectMany((r, i) => PersonalDataScanner.Scan(r.Justification, $"selection.reasons[{i}].justification")));
}
