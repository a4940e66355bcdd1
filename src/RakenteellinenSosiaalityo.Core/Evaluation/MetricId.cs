using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// The identifier of an evaluation metric of the region's plan (<see cref="EvaluationMetric"/>) (fi: mittarin tunniste), e.g. <c>network-meetings</c>: lower-case kebab-case ASCII, starting with a letter, at most 64
/// characters, as written in region files.
/// </summary>
/// <remarks>The default value has a null <see cref="Value"/> and identifies nothing; it is never valid in a profile.</remarks>
[JsonConverter(typeof(SystemIdJsonConverter<MetricId>))]
public readonly record struct MetricId : ISystemId<MetricId>
{
    /// <summary>Creates a metric id.</summary>
    /// <param name="value">The id text, e.g. <c>network-meetings</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not lower-case kebab-case ASCII of 1–64 characters (see <see cref="IsValid"/>).</exception>
    public MetricId(string value)
        => Value = SystemId.Check<MetricId>(value, nameof(value));

    static string ISystemId<MetricId>.What => "metric";

    static string ISystemId<MetricId>.Rule => Slug.Description;

    /// <summary>The id text; null only for <c>default(MetricId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid metric id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => Slug.IsValid(value);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static MetricId ISystemId<MetricId>.Of(string value) => new(value);
}
