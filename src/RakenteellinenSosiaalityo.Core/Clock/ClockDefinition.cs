using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// The annual clock of a region profile (fi: vuosikello) as rules; <see cref="AnnualClock.For"/> turns it into the
/// dated activities of a year.
/// </summary>
/// <remarks>Immutable; compares by value. Rule ids are unique (checked when a profile is loaded or validated).</remarks>
public sealed record ClockDefinition
{
    /// <summary>Creates a clock.</summary>
    /// <param name="rules">The rules, in the order the region lists them.</param>
    /// <exception cref="ArgumentException"><paramref name="rules"/> holds null.</exception>
    [JsonConstructor]
    public ClockDefinition(IReadOnlyList<ClockRule>? rules) => Rules = ValueList.From(rules, nameof(rules));

    /// <summary>The rules, in the order the region lists them.</summary>
    [JsonPropertyName("rules")]
    public IReadOnlyList<ClockRule> Rules { get; }

    /// <summary>The rule with id <paramref name="id"/>, or null.</summary>
    /// <param name="id">A rule id.</param>
    /// <returns>The rule, or null when the clock has none with that id.</returns>
    public ClockRule? FindRule(ClockRuleId id) => Rules.FirstOrDefault(r => r.Id == id);
}
