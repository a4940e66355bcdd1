using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// What every history entry of an aggregate that follows a region's process has (fi: käsittelyhistorian tapahtuma):
/// when, who, the step where there is one, and what was recorded. Social reports, compilations and phenomenon reports
/// add their own fields (<see cref="Reports.ReportEvent"/>, <see cref="Compilations.CompilationEvent"/>).
/// </summary>
/// <remarks>Immutable; compares by value (the aggregate's own entry type included).</remarks>
public abstract record ProcessEvent
{
    /// <summary>Sets the fields every history entry has.</summary>
    /// <param name="at">When it happened: the instant recorded in the history; a history is in time order, so no entry is before the one it follows.</param>
    /// <param name="by">Who did it: the actor the profile names for the operation, and the person acting for it when one is recorded.</param>
    /// <param name="stepId">The process step, or null when the entry belongs to no step.</param>
    /// <param name="entries">What was recorded; null means nothing.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id, or <paramref name="entries"/> holds null.</exception>
    private protected ProcessEvent(Instant at, Performer by, StepId? stepId, IReadOnlyList<RecordEntry>? entries)
    {
        At = at;
        By = Guard.Against.Null(by);
        StepId = stepId is { } step ? SystemId.NotDefault(step, nameof(stepId)) : null;
        Entries = ValueList.From(entries, nameof(entries));
    }

    /// <summary>When it was done.</summary>
    [JsonPropertyName("at")]
    [JsonPropertyOrder(-9)]
    public Instant At { get; }

    /// <summary>Who did it: the actor, and the person where known.</summary>
    [JsonPropertyName("by")]
    [JsonPropertyOrder(-8)]
    public Performer By { get; }

    /// <summary>The process step, for a performed step or a recorded entry; null otherwise.</summary>
    [JsonPropertyName("stepId")]
    [JsonPropertyOrder(-7)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public StepId? StepId { get; }

    /// <summary>What was recorded, e.g. a supervisor's remark or the network's observations; empty when nothing.</summary>
    [JsonPropertyName("entries")]
    [JsonPropertyOrder(-6)]
    public IReadOnlyList<RecordEntry> Entries { get; }

    /// <summary>Returns the kind of entry, step, actor and time, never free text.</summary>
    /// <returns>For example <c>2025-03-02T08:00:00Z StepPerformed supervisor-review by unit-supervisor</c>.</returns>
    public sealed override string ToString() => $"{At} {What}{(StepId is null ? string.Empty : " " + StepId)}{Detail} by {By.Actor}";

    /// <summary>What was done (the name of the entry's action or kind), for <see cref="ToString"/>.</summary>
    private protected abstract string What { get; }

    /// <summary>Anything more <see cref="ToString"/> shows after the step (never free text); empty by default.</summary>
    private protected virtual string Detail => string.Empty;
}
