using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// The written sections of a phenomenon-based report (fi: raportin teksti): situational picture, effects on clients,
/// action proposals with their addressees, and sources. The prevalence section is not written but computed from the
/// compilations (<see cref="PhenomenonPrevalence"/>). <see cref="PhenomenonReport.ComposeDraft(Regions.RegionProfile, IEnumerable{Compilations.Compilation}, Text.Language)"/> gives a first draft;
/// the writer edits it.
/// </summary>
/// <remarks>Immutable; compares by value. Every text passes the privacy guard when the report is written.</remarks>
public sealed record PhenomenonReportText
{
    /// <summary>Creates the text.</summary>
    /// <param name="title">The report's title.</param>
    /// <param name="situationalPicture">The situational picture (fi: tilannekuva).</param>
    /// <param name="effectsOnClients">The effects on clients (fi: vaikutukset asiakkaisiin).</param>
    /// <param name="actionProposals">The action proposals, each with its addressee.</param>
    /// <param name="sources">The sources, one per line.</param>
    /// <exception cref="ArgumentException">A text is empty, or a list holds null or an empty text.</exception>
    [JsonConstructor]
    public PhenomenonReportText(string title, string situationalPicture, string effectsOnClients, IReadOnlyList<ActionProposal> actionProposals, IReadOnlyList<string> sources)
    {
        Title = Guard.Against.NullOrBlank(title);
        SituationalPicture = Guard.Against.NullOrBlank(situationalPicture);
        EffectsOnClients = Guard.Against.NullOrBlank(effectsOnClients);
        ActionProposals = ValueList.Required(actionProposals, nameof(actionProposals));
        Sources = CheckSources(sources, nameof(sources));
    }

    /// <summary>The report's title.</summary>
    /// <exception cref="ArgumentException">Set to null, an empty or a white-space text.</exception>
    [JsonPropertyName("title")]
    public string Title { get; init => field = Guard.Against.NullOrBlank(value, nameof(Title)); }

    /// <summary>The situational picture.</summary>
    /// <exception cref="ArgumentException">Set to null, an empty or a white-space text.</exception>
    [JsonPropertyName("situationalPicture")]
    public string SituationalPicture { get; init => field = Guard.Against.NullOrBlank(value, nameof(SituationalPicture)); }

    /// <summary>The effects on clients.</summary>
    /// <exception cref="ArgumentException">Set to null, an empty or a white-space text.</exception>
    [JsonPropertyName("effectsOnClients")]
    public string EffectsOnClients { get; init => field = Guard.Against.NullOrBlank(value, nameof(EffectsOnClients)); }

    /// <summary>The action proposals, each with its addressee.</summary>
    /// <exception cref="ArgumentException">Set to null, or to a list holding null.</exception>
    [JsonPropertyName("actionProposals")]
    public IReadOnlyList<ActionProposal> ActionProposals { get; init => field = ValueList.Required(value, nameof(ActionProposals)); }

    /// <summary>The sources.</summary>
    /// <exception cref="ArgumentException">Set to null, or to a list holding null or an empty text.</exception>
    [JsonPropertyName("sources")]
    public IReadOnlyList<string> Sources { get; init => field = CheckSources(value, nameof(Sources)); }

    internal IEnumerable<PersonalDataFinding> FindPersonalData() =>
        PersonalDataScanner.Scan(Title, "text.title")
            .Concat(PersonalDataScanner.Scan(SituationalPicture, "text.situationalPicture"))
            .Concat(PersonalDataScanner.Scan(EffectsOnClients, "text.effectsOnClients"))
            .Concat(ActionProposals.SelectMany((p, i) => PersonalDataScanner.Scan(p.Text, $"text.actionProposals[{i}].text")))
            .Concat(Sources.SelectMany((s, i) => PersonalDataScanner.Scan(s, $"text.sources[{i}]")));

    private static ValueList<string> CheckSources(IReadOnlyList<string>? sources, string name)
    {
        var list = ValueList.Required(sources, name);
        return list.Any(Blank.IsBlank) ? throw new ArgumentException("A source is a non-empty text.", name) : list;
    }
}
