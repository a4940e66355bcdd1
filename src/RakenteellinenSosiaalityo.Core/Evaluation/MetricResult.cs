using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// The evaluation of one metric (fi: mittarin arvio): its status, the value measured against its target, and how —
/// the evaluator's explanation for a derived metric, the person's assessment for a manual one.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record MetricResult
{
    /// <summary>Creates a result.</summary>
    /// <param name="metric">The metric evaluated.</param>
    /// <param name="status">Its status.</param>
    /// <param name="measured">The value measured, e.g. 9 meetings held; null for a manual metric.</param>
    /// <param name="target">The target, e.g. 11 meetings planned; null for a manual metric.</param>
    /// <param name="explanation">How a derived metric got its status, in fi, sv and en; null for a manual metric.</param>
    /// <param name="assessment">The person's assessment of a manual metric; null when derived or not assessed.</param>
    /// <exception cref="ArgumentNullException"><paramref name="metric"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is undefined.</exception>
    [JsonConstructor]
    public MetricResult(EvaluationMetric metric, MetricStatus status, int? measured, int? target, LocalizedText? explanation, ManualAssessment? assessment)
    {
        Metric = Guard.Against.Null(metric);
        Status = Guard.Against.EnumOutOfRange(status);
        Measured = measured;
        Target = target;
        Explanation = explanation;
        Assessment = assessment;
    }

    /// <summary>The metric evaluated.</summary>
    [JsonPropertyName("metric")]
    public EvaluationMetric Metric { get; }

    /// <summary>Its status.</summary>
    [JsonPropertyName("status")]
    public MetricStatus Status { get; }

    /// <summary>The value measured; null for a manual metric.</summary>
    [JsonPropertyName("measured")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Measured { get; }

    /// <summary>The target; null for a manual metric.</summary>
    [JsonPropertyName("target")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Target { get; }

    /// <summary>How a derived metric got its status, e.g. "9 / 11 meetings held (Social work network)"; null for a manual metric.</summary>
    [JsonPropertyName("explanation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Explanation { get; }

    /// <summary>The assessment of a manual metric; null when derived or not assessed.</summary>
    [JsonPropertyName("assessment")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ManualAssessment? Assessment { get; }

    /// <summary>Returns the metric's id, the status and the value.</summary>
    /// <returns>For example <c>network-meetings: NotRealized 9 / 11</c>.</returns>
    public override string ToString() =>
        $"{Metric.Id}: {Status}{(Measured is { } m && Target is { } t ? $" {m} / {t}" : string.Empty)}";
}
