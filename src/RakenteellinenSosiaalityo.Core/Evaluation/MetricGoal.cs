using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>The goal of the plan a metric measures (fi: tavoite), by its number in the plan's table and its label.</summary>
/// <remarks>Immutable; compares by value. Metrics of the same goal carry the same number and label (checked when a profile is loaded).</remarks>
public sealed record MetricGoal
{
    /// <summary>Creates a goal.</summary>
    /// <param name="number">The goal's number in the plan's table, from 1.</param>
    /// <param name="label">The goal's label.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is less than 1.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="label"/> is null.</exception>
    [JsonConstructor]
    public MetricGoal(int number, LocalizedText label)
    {
        Number = Guard.Against.OutOfRange(number, nameof(number), 1, 99);
        Label = Guard.Against.Null(label);
    }

    /// <summary>The goal's number in the plan's table, from 1.</summary>
    [JsonPropertyName("number")]
    public int Number { get; }

    /// <summary>The goal's label.</summary>
    [JsonPropertyName("label")]
    public LocalizedText Label { get; }

    /// <summary>Returns the number and the Finnish label.</summary>
    /// <returns>For example <c>1. Rakenteellisen sosiaalityön tiedon kerääminen</c>.</returns>
    public override string ToString() => $"{Number}. {Label.Fi}";
}
