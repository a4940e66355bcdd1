using RakenteellinenSosiaalityo.Core.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// One entry of a phenomenon report's history (fi: ilmiölähtöisen raportin käsittelyhistorian tapahtuma): who did
/// what and when, with the selection, the workshop session, the written text, what was recorded and decided, and the
/// recipients. The history alone rebuilds the report (<see cref="PhenomenonReport.Rebuild"/>).
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record PhenomenonEvent : DecidingEvent
{
    /// <summary>Creates a history entry. Reports create their own; this constructor is for reading a stored history.</summary>
    /// <param name="kind">What was done.</param>
    /// <param name="at">When it happened: the instant recorded in the history; a history is in time order, so no entry is before the one it follows.</param>
    /// <param name="by">Who did it: the actor the profile names for the operation, and the person acting for it when one is recorded.</param>
    /// <param name="stepId">The process step; every kind names one.</param>
    /// <param name="entries">What was recorded; null means nothing.</param>
    /// <param name="selection">The selection, for <see cref="PhenomenonEventKind.Chosen"/>; null otherwise.</param>
    /// <param name="session">The session, for <see cref="PhenomenonEventKind.WorkshopRecorded"/>; null otherwise.</param>
    /// <param name="text">The text, for <see cref="PhenomenonEventKind.Written"/>; null otherwise.</param>
    /// <param name="prevalence">The computed prevalence, for <see cref="PhenomenonEventKind.Written"/>; null otherwise.</param>
    /// <param name="decisions">The actions decided; null means none.</param>
    /// <param name="recipients">To whom the report went, for a performed step; null means nobody.</param>
    /// <param name="actionNumber">The action whose status changed, for <see cref="PhenomenonEventKind.ActionStatusChanged"/>; null otherwise.</param>
    /// <param name="status">The action's new status, for <see cref="PhenomenonEventKind.ActionStatusChanged"/>; null otherwise.</param>
    /// <param name="note">What was noted with the status change, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> or <paramref name="stepId"/> is null (the type is nullable only because the step id of every kind of event is, see <see cref="Processes.ProcessEvent.StepId"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id, or <paramref name="kind"/> is undefined, a list holds null, or a field required or forbidden by the kind is missing or given.</exception>
    [JsonConstructor]
    public PhenomenonEvent(
        PhenomenonEventKind kind,
        Instant at,
        Performer by,
        StepId? stepId,
        IReadOnlyList<RecordEntry>? entries = null,
        PhenomenonSelection? selection = null,
        WorkshopSession? session = null,
        PhenomenonReportText? text = null,
        PhenomenonPrevalence? prevalence = null,
        IReadOnlyList<ActionDecision>? decisions = null,
        IReadOnlyList<PartyReference>? recipients = null,
        int? actionNumber = null,
        ActionStatus? status = null,
        string? note = null)
        : base(at, by, SystemId.NotDefault(Guard.Against.Null(stepId), nameof(stepId)), entries, decisions, kind == PhenomenonEventKind.ActionStatusChanged, actionNumber, status, note)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Recipients = ValueList.From(recipients, nameof(recipients));
        if ((kind == PhenomenonEventKind.Chosen) != (selection is not null)
            || (kind == PhenomenonEventKind.WorkshopRecorded) != (session is not null)
            || (kind == PhenomenonEventKind.Written) != (text is not null)
            || (kind == PhenomenonEventKind.Written) != (prevalence is not null))
        {
            throw new ArgumentException($"A '{kind}' entry carries the selection only when chosen, the session only when a workshop is recorded, and the text with its prevalence only when written.", nameof(kind));
        }

        var recording = kind is PhenomenonEventKind.StepPerformed or PhenomenonEventKind.EntryRecorded;
        if ((!recording && (Entries.Count > 0 || Decisions.Count > 0)) || (kind != PhenomenonEventKind.StepPerformed && Recipients.Count > 0))
        {
            throw new ArgumentException($"A '{kind}' entry records no entries, decisions or recipients of its own.", nameof(entries));
        }

        if (kind == PhenomenonEventKind.EntryRecorded && Entries.Count + Decisions.Count != 1)
        {
            throw new ArgumentException("An 'EntryRecorded' entry records exactly one entry or one decision.", nameof(entries));
        }

        Selection = selection;
        Session = session;
        Text = text;
        Prevalence = prevalence;
    }

    /// <summary>What was done.</summary>
    [JsonPropertyName("kind")]
    [JsonPropertyOrder(-10)]
    public PhenomenonEventKind Kind { get; }

    /// <summary>The selection, when the phenomenon was chosen; null otherwise.</summary>
    [JsonPropertyName("selection")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PhenomenonSelection? Selection { get; }

    /// <summary>The session, when a workshop session was recorded; null otherwise.</summary>
    [JsonPropertyName("session")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public WorkshopSession? Session { get; }

    /// <summary>The text, when the report was written; null otherwise.</summary>
    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PhenomenonReportText? Text { get; }

    /// <summary>The prevalence computed when the report was written; null otherwise.</summary>
    [JsonPropertyName("prevalence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PhenomenonPrevalence? Prevalence { get; }

    /// <summary>To whom the report went; empty when nobody.</summary>
    [JsonPropertyName("recipients")]
    public IReadOnlyList<PartyReference> Recipients { get; }

    private protected override string What => Kind.ToString();
}
