using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// One step of a region's report or compilation process (fi: prosessin vaihe): who performs it, which step it follows,
/// what it must record and when it is due.
/// </summary>
/// <remarks>Immutable; compares by value, collections included.</remarks>
public sealed record ProcessStep
{
    /// <summary>The step's id, unique within its process, lower-case kebab-case, e.g. <c>supervisor-review</c>.</summary>
    /// <exception cref="ArgumentException">Set to the default <see cref="StepId"/>, which identifies no step.</exception>
    [JsonPropertyName("id")]
    public required StepId Id
    {
        get;
        init => field = SystemId.NotDefault(value, nameof(Id));
    }

    /// <summary>The step's name, e.g. "Esihenkilö käsittelee raportin".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("name")]
    public required LocalizedText Name { get; init => field = Guard.Against.Null(value, nameof(Name)); }

    /// <summary>The actor of the profile who performs the step; nobody else may.</summary>
    /// <exception cref="ArgumentException">Set to the default id.</exception>
    [JsonPropertyName("performedBy")]
    public required ActorId PerformedBy
    {
        get;
        init => field = value.Value is null ? throw new ArgumentException("The default ActorId names no actor.", nameof(PerformedBy)) : value;
    }

    /// <summary>
    /// The id of the step this one follows, or null for "the step before it in the list" (the first step follows none).
    /// Two steps may follow the same step: they are then independent of each other.
    /// </summary>
    /// <exception cref="ArgumentException">Set to the default <see cref="StepId"/>, which identifies no step.</exception>
    [JsonPropertyName("after")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StepId? After
    {
        get;
        init => field = value is { } after ? SystemId.NotDefault(after, nameof(After)) : null;
    }

    /// <summary>What performing the step must record: each kind at least once. Null or absent means nothing.</summary>
    /// <exception cref="ArgumentException">Set to a list holding an undefined kind.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("records")]
    [AllowNull]
    public IReadOnlyList<RecordKind> Records
    {
        get;
        init => field = ValueList.FromValues(CheckKinds(value, nameof(Records)));
    } = ValueList<RecordKind>.Empty;

    /// <summary>What performing the step may record besides <see cref="Records"/>. Null or absent means nothing.</summary>
    /// <exception cref="ArgumentException">Set to a list holding an undefined kind.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("mayRecord")]
    [AllowNull]
    public IReadOnlyList<RecordKind> MayRecord
    {
        get;
        init => field = ValueList.FromValues(CheckKinds(value, nameof(MayRecord)));
    } = ValueList<RecordKind>.Empty;

    /// <summary>When the step is due; null when the plan sets no time.</summary>
    [JsonPropertyName("due")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StepDue? Due { get; init; }

    /// <summary>The plan section the step comes from, e.g. <c>5.3</c>; null when not recorded.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; init; }

    /// <summary>Whether performing the step may record <paramref name="kind"/>.</summary>
    /// <param name="kind">A record kind.</param>
    /// <returns>True when <paramref name="kind"/> is in <see cref="Records"/> or <see cref="MayRecord"/>.</returns>
    public bool Accepts(RecordKind kind) => Records.Contains(kind) || MayRecord.Contains(kind);

    /// <summary>Returns the step's id and Finnish name.</summary>
    /// <returns>For example <c>supervisor-review (Esihenkilö käsittelee raportin)</c>.</returns>
    public override string ToString() => $"{Id} ({Name.Fi})";

    // Null means empty, like the other lists of the model: the source-generated deserializer sets an init-only
    // property that the JSON omits to null.
    private static IReadOnlyList<RecordKind>? CheckKinds(IReadOnlyList<RecordKind>? kinds, string name)
    {
        foreach (var kind in kinds ?? [])
        {
            Guard.Against.EnumOutOfRange(kind, name);
        }

        return kinds;
    }
}
