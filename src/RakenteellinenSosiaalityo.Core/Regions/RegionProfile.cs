using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Areas;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Plans;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Regions;

/// <summary>
/// Everything the library knows about one wellbeing region's structural social work (fi: hyvinvointialueen
/// rakenteellisen sosiaalityön profiili): its plan, actors, services, reporting periods, the processes of its social reports, compilations and phenomenon reports, its annual clock and its evaluation metrics. A region is data: the built-in
/// profiles are in <see cref="BuiltInRegions"/>; any other region is a JSON file read with <see cref="RegionProfileJson"/>.
/// </summary>
/// <remarks>
/// <para>Immutable; compares by value, collections included.</para>
/// <para>
/// Rules that span several parts (unique actor ids, references to known actors, the reporting periods covering the
/// year once) are checked when a profile is loaded from JSON, which only ever returns a valid profile. A profile
/// built or changed in code (with <c>with</c>) is checked by <see cref="Validate"/>, which reports every problem at
/// once with the JSON path it would have in the profile's JSON form.
/// </para>
/// </remarks>
public sealed record RegionProfile
{
    /// <summary>The version of the profile JSON format this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>
    /// The address of the JSON schema the profile's file names in its <c>$schema</c> property (for editors), or null.
    /// Kept so that a file read and written again keeps it.
    /// </summary>
    [JsonPropertyName("$schema")]
    [JsonPropertyOrder(-11)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? JsonSchema { get; init; }

    /// <summary>The version of the JSON format; always <see cref="CurrentSchemaVersion"/>.</summary>
    [JsonPropertyName("schemaVersion")]
    [JsonPropertyOrder(-10)]
#pragma warning disable CA1822 // An instance property, so that the serializer writes it at the root of every document.
    public int SchemaVersion => CurrentSchemaVersion;
#pragma warning restore CA1822

    /// <summary>The region's id, lower-case kebab-case, e.g. <c>etela-karjala</c>.</summary>
    /// <exception cref="ArgumentException">Set to the default <see cref="RegionId"/>, which identifies no region.</exception>
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-9)]
    public required RegionId Id
    {
        get;
        init => field = SystemId.NotDefault(value, nameof(Id));
    }

    /// <summary>The region's official name, e.g. "Etelä-Karjalan hyvinvointialue".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("name")]
    [JsonPropertyOrder(-8)]
    public required LocalizedText Name { get; init => field = Guard.Against.Null(value, nameof(Name)); }

    /// <summary>The region's business id (Y-tunnus).</summary>
    /// <exception cref="ArgumentException">Set to the default business id.</exception>
    [JsonPropertyName("businessId")]
    [JsonPropertyOrder(-7)]
    public required BusinessId BusinessId
    {
        get;
        init => field = value.Value is null ? throw new ArgumentException("The default BusinessId is not a business id.", nameof(BusinessId)) : value;
    }

    /// <summary>The region's implementation plan of structural social work.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("plan")]
    [JsonPropertyOrder(-6)]
    public required ImplementationPlan Plan { get; init => field = Guard.Against.Null(value, nameof(Plan)); }

    /// <summary>The actors of the region's structural social work, in the plan's order.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("actors")]
    [JsonPropertyOrder(-5)]
    [AllowNull]
    public required IReadOnlyList<Actor> Actors
    {
        get;
        init => field = ValueList.From(value, nameof(Actors));
    } = ValueList<Actor>.Empty;

    /// <summary>How the region cuts the year into reporting periods.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("reportingPeriods")]
    [JsonPropertyOrder(-4)]
    public required ReportingPeriodScheme ReportingPeriods { get; init => field = Guard.Against.Null(value, nameof(ReportingPeriods)); }

    /// <summary>The services and units of the region that social reports come from.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("services")]
    [JsonPropertyOrder(-3)]
    [AllowNull]
    public required IReadOnlyList<ServiceUnit> Services
    {
        get;
        init => field = ValueList.From(value, nameof(Services));
    } = ValueList<ServiceUnit>.Empty;

    /// <summary>
    /// The region's municipalities or areas (fi: kunnat tai alueet) that reports name and compilations can group by
    /// (<see cref="GroupingDimension.Area"/>); empty when the region has none (both built-in profiles).
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonIgnore]
    [AllowNull]
    public IReadOnlyList<Area> Areas
    {
        get;
        init => field = ValueList.From(value, nameof(Areas));
    } = ValueList<Area>.Empty;

    // The JSON form of Areas: left out when the region has none, so that a profile without areas writes as before.
    [JsonInclude]
    [JsonPropertyName("areas")]
    [JsonPropertyOrder(-3)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    internal IReadOnlyList<Area>? AreasJson
    {
        get => Areas.Count == 0 ? null : Areas;
        init => Areas = value ?? ValueList<Area>.Empty;
    }

    /// <summary>
    /// The steps a form-based social report goes through, from submission to ready for compilation
    /// (<see cref="ProcessDefinition.CompletionStep"/>), and who performs each.
    /// </summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("reportProcess")]
    [JsonPropertyOrder(-2)]
    public required ProcessDefinition ReportProcess { get; init => field = Guard.Against.Null(value, nameof(ReportProcess)); }

    /// <summary>The steps a semiannual compilation goes through, from compiling it to communicating it, and who performs each.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("compilationProcess")]
    [JsonPropertyOrder(-1)]
    public required ProcessDefinition CompilationProcess { get; init => field = Guard.Against.Null(value, nameof(CompilationProcess)); }

    /// <summary>
    /// The steps a phenomenon-based social report goes through, from choosing the phenomenon to the feedback, and who
    /// performs each (K 4.3, EK 5.3 and annex 2); null when the profile has none. Comes with <see cref="PhenomenonReports"/>.
    /// </summary>
    [JsonPropertyName("phenomenonProcess")]
    [JsonPropertyOrder(0)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProcessDefinition? PhenomenonProcess { get; init; }

    /// <summary>
    /// How the region makes its phenomenon-based social reports (cadence, selection, workshops, sections, recipients);
    /// null when the profile has none. Comes with <see cref="PhenomenonProcess"/>.
    /// </summary>
    [JsonPropertyName("phenomenonReports")]
    [JsonPropertyOrder(1)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PhenomenonReportSettings? PhenomenonReports { get; init; }

    /// <summary>
    /// The region's vocabulary of phenomenon themes, which reports name and compilations group by; when the JSON omits
    /// it, <see cref="PhenomenonThemes.SocialWelfareActSupportNeeds"/>.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the default vocabulary, as when the JSON omits it.</remarks>
    [JsonPropertyName("phenomenonThemes")]
    [JsonPropertyOrder(2)]
    [AllowNull]
    public IReadOnlyList<PhenomenonTheme> PhenomenonThemes
    {
        get;
        init => field = ValueList.From(value ?? Phenomena.PhenomenonThemes.SocialWelfareActSupportNeeds, nameof(PhenomenonThemes));
    } = Phenomena.PhenomenonThemes.SocialWelfareActSupportNeeds;

    /// <summary>The settings of the region's compilations; when the JSON omits them, <see cref="CompilationRules.Default"/>.</summary>
    /// <remarks>Null is taken as <see cref="CompilationRules.Default"/>, as when the JSON omits them.</remarks>
    [JsonPropertyName("compilationRules")]
    [JsonPropertyOrder(3)]
    [AllowNull]
    public CompilationRules CompilationRules { get; init => field = value ?? CompilationRules.Default; } = CompilationRules.Default;

    /// <summary>
    /// The region's annual clock (fi: vuosikello) as rules, or null when the profile has none;
    /// <see cref="AnnualClock.For"/> gives the dated activities of a year.
    /// </summary>
    [JsonPropertyName("clock")]
    [JsonPropertyOrder(4)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClockDefinition? Clock { get; init; }

    /// <summary>
    /// The plan's evaluation metrics (fi: arviointimittarit), in the plan's table order; empty when the profile has none.
    /// <see cref="Evaluator"/> evaluates them.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("metrics")]
    [JsonPropertyOrder(5)]
    [AllowNull]
    public IReadOnlyList<EvaluationMetric> Metrics
    {
        get;
        init => field = ValueList.From(value, nameof(Metrics));
    } = ValueList<EvaluationMetric>.Empty;

    /// <summary>The metric with id <paramref name="id"/>, or null when the profile has none.</summary>
    /// <param name="id">The metric's id.</param>
    /// <returns>The metric, or null.</returns>
    public EvaluationMetric? FindMetric(MetricId id) => Metrics.FirstOrDefault(m => m.Id == id);

    /// <summary>What the profile assumes where its plan is silent.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("assumptions")]
    [JsonPropertyOrder(10)]
    [AllowNull]
    public IReadOnlyList<Assumption> Assumptions
    {
        get;
        init => field = ValueList.From(value, nameof(Assumptions));
    } = ValueList<Assumption>.Empty;

    /// <summary>The actor with id <paramref name="id"/>.</summary>
    /// <param name="id">The actor's id.</param>
    /// <returns>The actor.</returns>
    /// <exception cref="KeyNotFoundException">The profile has no such actor.</exception>
    public Actor GetActor(ActorId id) =>
        FindActor(id) ?? throw new KeyNotFoundException($"Region profile '{Id}' has no actor '{id}'. Its actors are: {string.Join(", ", Actors.Select(a => a.Id))}.");

    /// <summary>The actor with id <paramref name="id"/>, or null when the profile has none.</summary>
    /// <param name="id">The actor's id.</param>
    /// <returns>The actor, or null.</returns>
    public Actor? FindActor(ActorId id) => Actors.FirstOrDefault(a => a.Id == id);

    /// <summary>The actor's Finnish name for messages, redacted of personal data, or a phrase saying the profile has no such actor.</summary>
    internal string ActorNameForMessages(ActorId id) =>
        FindActor(id) is { } found ? Privacy.PersonalDataScanner.Redact(found.Name.Fi) : "an actor the profile does not have";

    /// <summary>The service with id <paramref name="id"/>, or null when the profile has none.</summary>
    /// <param name="id">The service's id.</param>
    /// <returns>The service, or null.</returns>
    public ServiceUnit? FindService(ServiceId id) => ById(Services, id, static s => s.Id);

    /// <summary>
    /// What the region calls its compilations: <see cref="CompilationRules.Name"/> when the profile has one, otherwise
    /// the name its period scheme gives (<see cref="CompilationName.For"/>: one period a year, vuosikooste; two,
    /// puolivuosikooste; four, neljännesvuosikooste; otherwise koonti).
    /// </summary>
    [JsonIgnore]
    public CompilationName CompilationName => CompilationName.For(ReportingPeriods, CompilationRules.Name);

    /// <summary>The municipality or area with id <paramref name="id"/>, or null when the profile has none.</summary>
    /// <param name="id">The area's id.</param>
    /// <returns>The area, or null.</returns>
    public Area? FindArea(string? id) => ById(Areas, id, static a => a.Id);

    /// <summary>The phenomenon theme with id <paramref name="id"/>, or null when the profile has none.</summary>
    /// <param name="id">The theme's id.</param>
    /// <returns>The theme, or null.</returns>
    public PhenomenonTheme? FindTheme(ThemeId id) => ById(PhenomenonThemes, id, static t => t.Id);

    // A loop with a static selector, not LINQ with a closure: every report created, submitted or read asks.
    private static T? ById<T, TId>(IReadOnlyList<T> items, TId id, Func<T, TId> idOf)
        where T : class
    {
        for (var i = 0; i < items.Count; i++)
        {
            if (EqualityComparer<TId>.Default.Equals(idOf(items[i]), id))
            {
                return items[i];
            }
        }

        return null;
    }

    /// <summary>
    /// Checks the rules that span the profile (unique ids, known actors, reporting periods covering the year once,
    /// and every structural rule of the JSON format) and returns every problem found.
    /// </summary>
    /// <returns>The problems, each with the JSON path it has in the profile's JSON form; empty when the profile is valid.</returns>
    public IReadOnlyList<ValidationProblem> Validate() => RegionProfileJson.Validate(this);
}
