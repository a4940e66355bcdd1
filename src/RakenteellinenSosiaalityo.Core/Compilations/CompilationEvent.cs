using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// One entry of a compilation's history (fi: koosteen käsittelyhistorian tapahtuma): who did what and when, and
/// anything recorded or decided. The history alone, with the compilation's content, rebuilds the compilation
/// (<see cref="Compilation.Rebuild"/>).
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record CompilationEvent : DecidingEvent
{
    /// <summary>Creates a history entry. Compilations create their own; this constructor is for reading a stored history.</summary>
    /// <param name="kind">What was done.</param>
    /// <param name="at">When it happened: the instant recorded in the history; a history is in time order, so no entry is before the one it follows.</param>
    /// <param name="by">Who did it: the actor the profile names for the operation, and the person acting for it when one is recorded.</param>
    /// <param name="stepId">The process step, for <see cref="CompilationEventKind.StepPerformed"/> and <see cref="CompilationEventKind.EntryRecorded"/>; null otherwise.</param>
    /// <param name="entries">What was recorded; null means nothing.</param>
    /// <param name="decisions">The actions decided; null means none.</param>
    /// <param name="actionNumber">The action whose status changed, for <see cref="CompilationEventKind.ActionStatusChanged"/>; null otherwise.</param>
    /// <param name="status">The action's new status, for <see cref="CompilationEventKind.ActionStatusChanged"/>; null otherwise.</param>
    /// <param name="note">What was noted with the status change, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined, a list holds null, or a field required or forbidden by the kind is missing or given.</exception>
    [JsonConstructor]
    public CompilationEvent(
        CompilationEventKind kind,
        Instant at,
        Performer by,
        StepId? stepId = null,
        IReadOnlyList<RecordEntry>? entries = null,
        IReadOnlyList<ActionDecision>? decisions = null,
        int? actionNumber = null,
        ActionStatus? status = null,
        string? note = null)
        : base(at, by, stepId, entries, decisions, kind == CompilationEventKind.ActionStatusChanged, actionNumber, status, note)
    {
        Guard.Against.EnumOutOfRange(kind);
        var entryList = Entries;
        var decisionList = Decisions;
        var statusChange = kind == CompilationEventKind.ActionStatusChanged;
        if (statusChange == (stepId is not null))
        {
            throw new ArgumentException(statusChange ? "An 'ActionStatusChanged' entry names no step." : $"A '{kind}' entry names its step.", nameof(stepId));
        }

        if (statusChange && (entryList.Count > 0 || decisionList.Count > 0))
        {
            throw new ArgumentException("An 'ActionStatusChanged' entry records nothing else.", nameof(entries));
        }

        if (kind == CompilationEventKind.EntryRecorded && entryList.Count + decisionList.Count != 1)
        {
            throw new ArgumentException("An 'EntryRecorded' entry records exactly one entry or one decision; only a performed step records more.", nameof(entries));
        }

        Kind = kind;
    }

    /// <summary>What was done.</summary>
    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-10)]
    public CompilationEventKind Kind { get; }

    private protected override string What => Kind.ToString();
}
