using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Actors;

/// <summary>
/// An actor of structural social work in a region (fi: toimija): a role, a group, a management body or an external
/// party, with what it is, what it is responsible for and whom it works with, as the region's plan says.
/// </summary>
/// <remarks>Immutable; compares by value, collections included.</remarks>
public sealed record Actor
{
    /// <summary>The actor's id, unique within its profile.</summary>
    /// <exception cref="ArgumentException">Set to the default id.</exception>
    [JsonPropertyName("id")]
    public required ActorId Id
    {
        get;
        init => field = value.Value is null ? throw new ArgumentException("The default ActorId names no actor.", nameof(Id)) : value;
    }

    /// <summary>What kind of actor this is.</summary>
    [JsonPropertyName("kind")]
    public required ActorKind Kind { get; init; }

    /// <summary>The actor's name, in Finnish exactly as the plan writes it.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("name")]
    public required LocalizedText Name { get; init => field = Guard.Against.Null(value, nameof(Name)); }

    /// <summary>What the actor is in structural social work (fi: rooli), e.g. "Rakenteellisen sosiaalityön prosessin omistaja"; null when the plan gives no role.</summary>
    [JsonPropertyName("role")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Role { get; init; }

    /// <summary>Who the actor consists of, where the plan says (e.g. "1-2 osallistujaa jokaisesta palvelusta"); null otherwise.</summary>
    [JsonPropertyName("composition")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Composition { get; init; }

    /// <summary>The actor's responsibilities (fi: vastuut), in the plan's order; responsibility <c>n</c> is item <c>n - 1</c>.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("responsibilities")]
    [AllowNull]
    public IReadOnlyList<LocalizedText> Responsibilities
    {
        get;
        init => field = ValueList.From(value, nameof(Responsibilities));
    } = ValueList<LocalizedText>.Empty;

    /// <summary>Whom the actor works with (fi: yhteistyö): actors of the profile or named external parties.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("collaborators")]
    [AllowNull]
    public IReadOnlyList<PartyReference> Collaborators
    {
        get;
        init => field = ValueList.From(value, nameof(Collaborators));
    } = ValueList<PartyReference>.Empty;

    /// <summary>How often the actor meets, where the plan says; null otherwise.</summary>
    [JsonPropertyName("meetingCadence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public MeetingCadence? MeetingCadence { get; init; }

    /// <summary>The section of the plan the actor comes from, e.g. <c>4.1</c>; null when not recorded.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>Returns the actor's id and Finnish name.</summary>
    /// <returns>For example <c>network (Sosiaalityön verkosto)</c>.</returns>
    public override string ToString() => $"{Id} ({Name.Fi})";
}
