using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// One rule of a region's annual clock (fi: vuosikellon sääntö): what happens, who is responsible, who takes part,
/// when in the year, and which plan section says so.
/// </summary>
/// <remarks>Immutable; compares by value, collections included.</remarks>
public sealed record ClockRule
{
    /// <summary>The rule's id, unique within the clock, lower-case kebab-case, e.g. <c>network-meeting</c>.</summary>
    /// <exception cref="ArgumentException">Set to the default <see cref="ClockRuleId"/>, which identifies no rule.</exception>
    [JsonPropertyName("id")]
    public required ClockRuleId Id
    {
        get;
        init => field = SystemId.NotDefault(value, nameof(Id));
    }

    /// <summary>What kind of activity the rule schedules.</summary>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">Set to an undefined kind.</exception>
    [JsonPropertyName("activity")]
    public required ActivityKind Activity { get; init => field = Guard.Against.EnumOutOfRange(value, nameof(Activity)); }

    /// <summary>The activity's label, e.g. "Sosiaalityön verkoston tapaaminen"; the calendar's summary.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("label")]
    public required LocalizedText Label { get; init => field = Guard.Against.Null(value, nameof(Label)); }

    /// <summary>The actor of the profile responsible for the activity.</summary>
    /// <exception cref="ArgumentException">Set to the default id.</exception>
    [JsonPropertyName("responsible")]
    public required ActorId Responsible
    {
        get;
        init => field = value.Value is null ? throw new ArgumentException("The default ActorId names no actor.", nameof(Responsible)) : value;
    }

    /// <summary>Who else takes part: actors of the profile or named external parties. Null or absent means nobody.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("participants")]
    [AllowNull]
    public IReadOnlyList<PartyReference> Participants
    {
        get => field ?? ValueList<PartyReference>.Empty;
        init => field = ValueList.From(value, nameof(Participants));
    }

    /// <summary>When in the year the activity happens.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("when")]
    public required ClockWhen When { get; init => field = Guard.Against.Null(value, nameof(When)); }

    /// <summary>The plan section the rule comes from, e.g. <c>5.3, liite 3</c>; null when not recorded.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>Returns the rule's id, activity and time.</summary>
    /// <returns>For example <c>network-meeting (Meeting, monthly except 4, 5, 6, 7)</c>.</returns>
    public override string ToString() => $"{Id} ({Activity}, {When})";
}
