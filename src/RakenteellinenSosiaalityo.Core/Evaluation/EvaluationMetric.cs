using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// One evaluation metric of the plan (fi: arviointimittari): a measure under a goal, and how its status is found —
/// derived from what the system records (<see cref="Derived"/>) or assessed by a person (<see cref="IsManual"/>).
/// </summary>
/// <remarks>Immutable; compares by value. Ids are unique within a profile (checked when a profile is loaded).</remarks>
public sealed record EvaluationMetric
{
    /// <summary>Creates a metric; exactly one of <paramref name="derived"/> and <paramref name="manual"/> is given.</summary>
    /// <param name="id">The metric's id, lower-case kebab-case, e.g. <c>network-meetings</c>.</param>
    /// <param name="goal">The goal it measures.</param>
    /// <param name="label">The measure's label, as in the plan's table.</param>
    /// <param name="source">The plan section it comes from, e.g. <c>3</c> or <c>7, taulukko 1</c>; null when not recorded.</param>
    /// <param name="derived">How it is derived from records; null for a manual metric.</param>
    /// <param name="manual">True for a metric a person assesses; null (or false) for a derived one.</param>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id, <paramref name="source"/> is blank, or not exactly one of <paramref name="derived"/> and <paramref name="manual"/> is given.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="goal"/> or <paramref name="label"/> is null.</exception>
    [JsonConstructor]
    public EvaluationMetric(MetricId id, MetricGoal goal, LocalizedText label, string? source, MetricDerivation? derived, bool? manual)
    {
        Id = SystemId.NotDefault(id, nameof(id));
        Goal = Guard.Against.Null(goal);
        Label = Guard.Against.Null(label);
        Source = source is null ? null : Guard.Against.NullOrBlank(source);
        if ((derived is null) != (manual is true))
        {
            throw new ArgumentException("A metric is either derived from records or manual (assessed by a person): give exactly one of 'derived' and 'manual': true.", nameof(derived));
        }

        Derived = derived;
    }

    /// <summary>The metric's id.</summary>
    [JsonPropertyName("id")]
    public MetricId Id { get; }

    /// <summary>The goal it measures.</summary>
    [JsonPropertyName("goal")]
    public MetricGoal Goal { get; }

    /// <summary>The measure's label, as in the plan's table.</summary>
    [JsonPropertyName("label")]
    public LocalizedText Label { get; }

    /// <summary>The plan section it comes from; null when not recorded.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; }

    /// <summary>How the status is derived from records; null for a manual metric.</summary>
    [JsonPropertyName("derived")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MetricDerivation? Derived { get; }

    /// <summary>True for a manual metric (JSON <c>"manual": true</c>); null for a derived one.</summary>
    [JsonPropertyName("manual")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public bool? Manual => Derived is null ? true : null;

    /// <summary>Whether a person assesses the metric (a <see cref="ManualAssessment"/>) rather than the records.</summary>
    [JsonIgnore]
    public bool IsManual => Derived is null;

    /// <summary>
    /// The body that must record a <see cref="KnowledgeProductHandled"/> of each compilation it handles for this
    /// metric to count it (a <c>productsHandled</c> rule with a compilation count, e.g. EK: the network and ArTu);
    /// null when the metric counts no handled compilations.
    /// </summary>
    [JsonIgnore]
    public Actors.ActorId? CompilationHandler => Derived?.CompilationHandler;

    /// <summary>
    /// The body that must record a <see cref="KnowledgeProductHandled"/> of the phenomenon report it handles or
    /// approves for this metric to count it (a <c>phenomenonReport</c> rule, or a <c>productsHandled</c> rule with a
    /// phenomenon-report count); null when the metric counts no phenomenon reports.
    /// </summary>
    [JsonIgnore]
    public Actors.ActorId? PhenomenonReportHandler => Derived?.PhenomenonReportHandler;

    /// <summary>A metric derived from records.</summary>
    /// <param name="id">The metric's id.</param>
    /// <param name="goal">The goal.</param>
    /// <param name="label">The measure's label.</param>
    /// <param name="derived">How it is derived.</param>
    /// <param name="source">The plan section, or null.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentException">An id or text is invalid.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static EvaluationMetric DerivedBy(MetricId id, MetricGoal goal, LocalizedText label, MetricDerivation derived, string? source = null) =>
        new(id, goal, label, source, Guard.Against.Null(derived), null);

    /// <summary>A metric a person assesses.</summary>
    /// <param name="id">The metric's id.</param>
    /// <param name="goal">The goal.</param>
    /// <param name="label">The measure's label.</param>
    /// <param name="source">The plan section, or null.</param>
    /// <returns>The metric.</returns>
    /// <exception cref="ArgumentException">An id or text is invalid.</exception>
    /// <exception cref="ArgumentNullException">A required argument is null.</exception>
    public static EvaluationMetric Assessed(MetricId id, MetricGoal goal, LocalizedText label, string? source = null) =>
        new(id, goal, label, source, null, true);

    /// <summary>Returns the id, the goal number and how the metric is found.</summary>
    /// <returns>For example <c>network-meetings (goal 1, meetingsHeld)</c>.</returns>
    public override string ToString() => $"{Id} (goal {Goal.Number}, {Derived?.Kind ?? "manual"})";
}
