using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// How a region makes its phenomenon-based social reports (fi: ilmiölähtöisen sosiaalisen raportoinnin malli), the
/// profile's <c>phenomenonReports</c> section: how often, who chooses the phenomenon and from which sources, the
/// workshops, which step writes the report, its sections, and who receives the finished report. The steps and their
/// actors are the profile's <see cref="Regions.RegionProfile.PhenomenonProcess"/>.
/// </summary>
/// <remarks>
/// Immutable; compares by value. Cross-references (known actors, steps of the phenomenon process, workshop numbers
/// 1, 2, …) are checked when a profile is loaded or validated.
/// </remarks>
public sealed record PhenomenonReportSettings
{
    /// <summary>Creates the settings.</summary>
    /// <param name="cadence">How often a report is made.</param>
    /// <param name="chosenBy">The actors who choose the phenomenon together; the first step's actor records the choice.</param>
    /// <param name="selectionSources">Where candidate phenomena come from.</param>
    /// <param name="workshops">The workshops, by number.</param>
    /// <param name="writeStep">The id of the phenomenon process step whose actor writes the report; the text can be edited until it is performed.</param>
    /// <param name="sections">The report's sections, in order.</param>
    /// <param name="recipients">Who receives the finished report: actors or named external parties.</param>
    /// <param name="source">The plan sections the settings come from, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="cadence"/> is undefined, a list is empty where it must not be or holds null or an undefined value, or <paramref name="writeStep"/> is the default id.</exception>
    [JsonConstructor]
    public PhenomenonReportSettings(
        PhenomenonCadence cadence,
        IReadOnlyList<ActorId> chosenBy,
        IReadOnlyList<CandidateSource> selectionSources,
        IReadOnlyList<WorkshopDefinition> workshops,
        StepId writeStep,
        IReadOnlyList<PhenomenonReportSection> sections,
        IReadOnlyList<PartyReference>? recipients = null,
        string? source = null)
    {
        Cadence = Guard.Against.EnumOutOfRange(cadence);
        ChosenBy = NotEmpty(ValueList.FromValues(chosenBy), nameof(chosenBy));
        SelectionSources = NotEmpty(ValueList.FromValues(selectionSources), nameof(selectionSources));
        Workshops = NotEmpty(ValueList.From(workshops, nameof(workshops)), nameof(workshops));
        WriteStep = SystemId.NotDefault(writeStep, nameof(writeStep));
        Sections = NotEmpty(ValueList.FromValues(sections), nameof(sections));
        Recipients = ValueList.From(recipients, nameof(recipients));
        foreach (var actor in ChosenBy)
        {
            if (actor.Value is null)
            {
                throw new ArgumentException("The default ActorId names no actor.", nameof(chosenBy));
            }
        }

        Source = source is null ? null : Guard.Against.NullOrBlank(source);
        foreach (var s in SelectionSources)
        {
            Guard.Against.EnumOutOfRange(s);
        }

        foreach (var s in Sections)
        {
            Guard.Against.EnumOutOfRange(s);
        }
    }

    /// <summary>How often a report is made.</summary>
    [JsonPropertyName("cadence")]
    public PhenomenonCadence Cadence { get; }

    /// <summary>The actors who choose the phenomenon together (K 4.3: the steering group with the working group; EK 5.3: the network, ArTu and the profession director).</summary>
    [JsonPropertyName("chosenBy")]
    public IReadOnlyList<ActorId> ChosenBy { get; }

    /// <summary>Where candidate phenomena come from.</summary>
    [JsonPropertyName("selectionSources")]
    public IReadOnlyList<CandidateSource> SelectionSources { get; }

    /// <summary>The workshops, by number.</summary>
    [JsonPropertyName("workshops")]
    public IReadOnlyList<WorkshopDefinition> Workshops { get; }

    /// <summary>The id of the step whose actor writes the report.</summary>
    [JsonPropertyName("writeStep")]
    public StepId WriteStep { get; }

    /// <summary>The report's sections, in order.</summary>
    [JsonPropertyName("sections")]
    public IReadOnlyList<PhenomenonReportSection> Sections { get; }

    /// <summary>Who receives the finished report; empty when the plan names nobody.</summary>
    [JsonPropertyName("recipients")]
    public IReadOnlyList<PartyReference> Recipients { get; }

    /// <summary>The plan sections the settings come from; null when not recorded.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; }

    /// <summary>The workshop with number <paramref name="number"/>, or null.</summary>
    /// <param name="number">The workshop's number.</param>
    /// <returns>The workshop, or null when the profile has none with that number.</returns>
    public WorkshopDefinition? FindWorkshop(int number) => Workshops.FirstOrDefault(w => w.Number == number);

    private static ValueList<T> NotEmpty<T>(ValueList<T> list, string name) =>
        list.Count > 0 ? list : throw new ArgumentException("The list must not be empty.", name);
}
