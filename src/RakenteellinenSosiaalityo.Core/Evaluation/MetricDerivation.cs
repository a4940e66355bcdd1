using System.Text.Json.Serialization;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// How a derived metric is measured from what the system records (fi: mittarin johtaminen kirjauksista): exactly one of
/// the rules is given.
/// </summary>
/// <remarks>
/// Immutable; compares by value. In JSON an object with exactly one property, e.g.
/// <c>{ "meetingsHeld": { "body": "network", "target": 11 } }</c>. See <see cref="Evaluator"/> for how each rule
/// gives a status.
/// </remarks>
public sealed record MetricDerivation
{
    /// <summary>Creates a derivation; exactly one argument is not null.</summary>
    /// <param name="reportsPerPeriod">Count of submitted social reports per reporting period.</param>
    /// <param name="meetingsHeld">Meetings of a body held against a target or the annual clock.</param>
    /// <param name="productsHandled">Compilations and phenomenon reports handled by a body.</param>
    /// <param name="phenomenonReport">A phenomenon report handled or approved by a body.</param>
    /// <param name="communication">Communication made to each of some audiences.</param>
    /// <param name="onboarding">Onboarding given to new professionals.</param>
    /// <exception cref="ArgumentException">Not exactly one rule is given.</exception>
    [JsonConstructor]
    public MetricDerivation(
        ReportsPerPeriodRule? reportsPerPeriod = null,
        MeetingsHeldRule? meetingsHeld = null,
        ProductsHandledRule? productsHandled = null,
        PhenomenonReportRule? phenomenonReport = null,
        CommunicationRule? communication = null,
        OnboardingRule? onboarding = null)
    {
        object?[] given = [reportsPerPeriod, meetingsHeld, productsHandled, phenomenonReport, communication, onboarding];
        if (given.Count(r => r is not null) != 1)
        {
            throw new ArgumentException($"A derived metric gives exactly one of {string.Join(", ", Kinds)}.", nameof(reportsPerPeriod));
        }

        ReportsPerPeriod = reportsPerPeriod;
        MeetingsHeld = meetingsHeld;
        ProductsHandled = productsHandled;
        PhenomenonReport = phenomenonReport;
        Communication = communication;
        Onboarding = onboarding;
    }

    /// <summary>The JSON names of the rules, one of which a derivation gives.</summary>
    public static IReadOnlyList<string> Kinds { get; } =
        Collections.ValueList<string>.From(["reportsPerPeriod", "meetingsHeld", "productsHandled", "phenomenonReport", "communication", "onboarding"]);

    /// <summary>Count of submitted social reports per reporting period; null when the rule is another kind.</summary>
    [JsonPropertyName("reportsPerPeriod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportsPerPeriodRule? ReportsPerPeriod { get; }

    /// <summary>Meetings of a body held; null when the rule is another kind.</summary>
    [JsonPropertyName("meetingsHeld")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeetingsHeldRule? MeetingsHeld { get; }

    /// <summary>Knowledge products handled by a body; null when the rule is another kind.</summary>
    [JsonPropertyName("productsHandled")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ProductsHandledRule? ProductsHandled { get; }

    /// <summary>A phenomenon report handled or approved; null when the rule is another kind.</summary>
    [JsonPropertyName("phenomenonReport")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PhenomenonReportRule? PhenomenonReport { get; }

    /// <summary>Communication to audiences; null when the rule is another kind.</summary>
    [JsonPropertyName("communication")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CommunicationRule? Communication { get; }

    /// <summary>Onboarding given; null when the rule is another kind.</summary>
    [JsonPropertyName("onboarding")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OnboardingRule? Onboarding { get; }

    /// <summary>The JSON name of the rule given, e.g. <c>meetingsHeld</c>.</summary>
    [JsonIgnore]
    public string Kind => this switch
    {
        { ReportsPerPeriod: not null } => "reportsPerPeriod",
        { MeetingsHeld: not null } => "meetingsHeld",
        { ProductsHandled: not null } => "productsHandled",
        { PhenomenonReport: not null } => "phenomenonReport",
        { Communication: not null } => "communication",
        _ => "onboarding",
    };

    // Whose handlings of compilations / phenomenon reports the rule counts (EvaluationMetric asks; each rule kind answers).
    internal Actors.ActorId? CompilationHandler => ProductsHandled is { Compilations: not null } rule ? rule.Body : null;

    internal Actors.ActorId? PhenomenonReportHandler =>
        PhenomenonReport?.Body ?? (ProductsHandled is { PhenomenonReports: not null } rule ? rule.Body : null);

    /// <summary>Returns the rule's JSON name.</summary>
    /// <returns>For example <c>meetingsHeld</c>.</returns>
    public override string ToString() => Kind;
}
