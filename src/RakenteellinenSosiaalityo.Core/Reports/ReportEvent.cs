using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>
/// One entry of a social report's history (fi: raportin käsittelyhistorian tapahtuma): who did what and when, and
/// anything recorded. The history alone is enough to rebuild the report (<see cref="SocialReport.Rebuild"/>).
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ReportEvent : ProcessEvent
{
    /// <summary>Creates a history entry. Reports create their own; this constructor is for reading a stored history.</summary>
    /// <param name="action">What was done.</param>
    /// <param name="at">When it happened: the instant recorded in the history; a history is in time order, so no entry is before the one it follows.</param>
    /// <param name="by">Who did it: the actor the profile names for the operation, and the person acting for it when one is recorded.</param>
    /// <param name="stepId">The process step, for <see cref="LifecycleAction.StepPerformed"/> and <see cref="LifecycleAction.EntryRecorded"/>; null otherwise.</param>
    /// <param name="entries">What was recorded; null means nothing.</param>
    /// <param name="reason">Why, for a return or a withdrawal; null otherwise or when not given.</param>
    /// <param name="content">The content, for <see cref="LifecycleAction.Created"/> and <see cref="LifecycleAction.Revised"/>; null otherwise.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="action"/> is undefined, or a field required or forbidden by the action is missing or given.</exception>
    [JsonConstructor]
    public ReportEvent(LifecycleAction action, Instant at, Performer by, StepId? stepId = null, IReadOnlyList<RecordEntry>? entries = null, string? reason = null, ReportContent? content = null)
        : base(at, by, stepId, entries)
    {
        Guard.Against.EnumOutOfRange(action);
        var needsStep = action is LifecycleAction.StepPerformed or LifecycleAction.EntryRecorded;
        var needsContent = action is LifecycleAction.Created or LifecycleAction.Revised;
        if (needsStep != (stepId is not null))
        {
            throw new ArgumentException(needsStep ? $"A '{action}' entry names its step." : $"A '{action}' entry names no step.", nameof(stepId));
        }

        if (needsContent != (content is not null))
        {
            throw new ArgumentException(needsContent ? $"A '{action}' entry carries the content." : $"A '{action}' entry carries no content.", nameof(content));
        }

        var list = Entries;
        if (action == LifecycleAction.EntryRecorded ? list.Count != 1 : action != LifecycleAction.StepPerformed && list.Count > 0)
        {
            throw new ArgumentException("An 'EntryRecorded' entry records exactly one entry; only a performed step records others.", nameof(entries));
        }

        if (reason is not null && action is not (LifecycleAction.ReturnedForCompletion or LifecycleAction.Withdrawn))
        {
            throw new ArgumentException("Only a return for completion or a withdrawal has a reason.", nameof(reason));
        }

        Action = action;
        Reason = reason is null ? null : Guard.Against.NullOrBlank(reason);
        Content = content;
    }

    /// <summary>What was done.</summary>
    [JsonPropertyName("action")]
    [JsonPropertyOrder(-10)]
    public LifecycleAction Action { get; }

    /// <summary>Why the report was returned or withdrawn; null otherwise or when not given.</summary>
    [JsonPropertyName("reason")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Reason { get; }

    /// <summary>The report's content as created or revised; null for other actions.</summary>
    [JsonPropertyName("content")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportContent? Content { get; }

    private protected override string What => Action.ToString();
}
