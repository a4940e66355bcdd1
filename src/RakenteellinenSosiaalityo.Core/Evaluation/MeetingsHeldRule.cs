using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "the body meets as planned" (fi: kokoontuu sovitusti): the <see cref="MeetingHeld"/> records of
/// <see cref="Body"/> against a planned number — <see cref="Target"/>, or the activities of the annual-clock rules
/// <see cref="PlannedBy"/> in the evaluated dates.
/// </summary>
/// <remarks>Held at least as many as planned: realized; otherwise not realized. Immutable; compares by value.</remarks>
public sealed record MeetingsHeldRule
{
    /// <summary>Creates the rule; exactly one of <paramref name="target"/> and <paramref name="plannedBy"/> is given.</summary>
    /// <param name="body">The actor whose meetings count.</param>
    /// <param name="target">The planned number of meetings, e.g. 11.</param>
    /// <param name="plannedBy">The ids of the clock rules whose activities are the planned meetings.</param>
    /// <exception cref="ArgumentException"><paramref name="body"/> is the default, not exactly one of target and plannedBy is given, plannedBy is empty or holds an invalid or repeated id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is less than 1.</exception>
    [JsonConstructor]
    public MeetingsHeldRule(ActorId body, int? target = null, IReadOnlyList<string>? plannedBy = null)
    {
        Body = RecordText.Actor(body, nameof(body));
        if ((target is null) == (plannedBy is null))
        {
            throw new ArgumentException("Give exactly one of 'target' (a number of meetings) and 'plannedBy' (clock rule ids).", nameof(target));
        }

        Target = target is { } t ? Guard.Against.OutOfRange(t, nameof(target), 1, 1000) : null;
        if (plannedBy is not null)
        {
            var ids = ValueList.From(plannedBy, nameof(plannedBy));
            if (ids.Count == 0 || ids.Any(id => !Slug.IsValid(id)) || ids.Distinct(StringComparer.Ordinal).Count() != ids.Count)
            {
                throw new ArgumentException($"plannedBy lists one or more distinct clock rule ids, each {Slug.Description}.", nameof(plannedBy));
            }

            PlannedBy = ids;
        }
    }

    /// <summary>The actor whose meetings count.</summary>
    [JsonPropertyName("body")]
    public ActorId Body { get; }

    /// <summary>The planned number of meetings; null when <see cref="PlannedBy"/> gives it.</summary>
    [JsonPropertyName("target")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Target { get; }

    /// <summary>The clock rules whose activities in the evaluated dates are the planned meetings; null when <see cref="Target"/> gives it.</summary>
    [JsonPropertyName("plannedBy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<string>? PlannedBy { get; }
}
