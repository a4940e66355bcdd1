using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// A history entry of an aggregate whose process decides actions (fi: päätöksiä sisältävä tapahtuma): besides what
/// every <see cref="ProcessEvent"/> has, the actions decided and, for a status change, the action, its new status and
/// the note. <see cref="CompilationEvent"/> and <see cref="Phenomena.PhenomenonEvent"/> are such entries.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public abstract record DecidingEvent : ProcessEvent
{
    private protected DecidingEvent(Instant at, Performer by, StepId? stepId, IReadOnlyList<RecordEntry>? entries, IReadOnlyList<ActionDecision>? decisions, bool statusChange, int? actionNumber, ActionStatus? status, string? note)
        : base(at, by, stepId, entries)
    {
        Decisions = ValueList.From(decisions, nameof(decisions));
        if (statusChange != (actionNumber is not null) || statusChange != (status is not null) || (!statusChange && note is not null))
        {
            throw new ArgumentException("Only an 'ActionStatusChanged' entry, and it always, names the action and its new status; only it has a note.", nameof(actionNumber));
        }

        if (actionNumber is < 1)
        {
            throw new ArgumentException("Actions are numbered from 1.", nameof(actionNumber));
        }

        if (status is { } s)
        {
            Guard.Against.EnumOutOfRange(s);
        }

        ActionNumber = actionNumber;
        Status = status;
        Note = note is null ? null : Guard.Against.NullOrBlank(note);
    }

    /// <summary>The actions decided; empty when none.</summary>
    [JsonPropertyName("decisions")]
    public IReadOnlyList<ActionDecision> Decisions { get; }

    /// <summary>The number of the action whose status changed; null for other kinds.</summary>
    [JsonPropertyName("actionNumber")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ActionNumber { get; }

    /// <summary>The action's new status; null for other kinds.</summary>
    [JsonPropertyName("status")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ActionStatus? Status { get; }

    /// <summary>What was noted with the status change; null when nothing.</summary>
    [JsonPropertyName("note")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; }

    private protected override string Detail => ActionNumber is { } n ? $" action {n} {Status}" : string.Empty;
}
