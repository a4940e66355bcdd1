using RakenteellinenSosiaalityo.Core.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// An action decided on a compilation or on a phenomenon-based report (fi: toimenpide) and where it stands: what, who is responsible, when it is
/// followed up, who decided it and when, and whether it is open, done or cancelled.
/// </summary>
/// <remarks>
/// Compilations make these from <see cref="ActionDecision"/>s, numbered 1, 2, … in the order decided; the public
/// constructor is for reading a stored compilation. Immutable; compares by value.
/// </remarks>
public sealed record DecidedAction
{
    /// <summary>Creates a decided action.</summary>
    /// <param name="compilation">The compilation it was decided on.</param>
    /// <param name="number">Its number within the compilation, from 1.</param>
    /// <param name="description">What is to be done.</param>
    /// <param name="responsible">Who is responsible.</param>
    /// <param name="followUp">When it is followed up.</param>
    /// <param name="stepId">The compilation step that decided it.</param>
    /// <param name="decidedBy">Who decided it.</param>
    /// <param name="decidedAt">When it was decided: the instant the deciding step was performed or the decision recorded.</param>
    /// <param name="status">Where it stands.</param>
    /// <param name="closedBy">Who marked it done or cancelled; null while open.</param>
    /// <param name="closedAt">When it was marked done or cancelled; null while open.</param>
    /// <param name="note">What was noted when it was closed, or null.</param>
    /// <param name="phenomenonReport">The phenomenon report it was decided on, instead of a compilation (then <paramref name="compilation"/> is the default id); null for a compilation's action.</param>
    /// <exception cref="ArgumentNullException"><paramref name="responsible"/> or <paramref name="decidedBy"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="compilation"/> or <paramref name="stepId"/> is the default id, <paramref name="number"/> is below 1, a text is empty or white space, <paramref name="status"/> is undefined, or the closing fields do not match the status.</exception>
    [JsonConstructor]
    public DecidedAction(
        CompilationId compilation,
        int number,
        string description,
        ActionResponsible responsible,
        LocalDate followUp,
        StepId stepId,
        Performer decidedBy,
        Instant decidedAt,
        ActionStatus status = ActionStatus.Open,
        Performer? closedBy = null,
        Instant? closedAt = null,
        string? note = null,
        Phenomena.PhenomenonReportId? phenomenonReport = null)
    {
        if ((compilation.Value is null) == (phenomenonReport?.Value is null))
        {
            throw new ArgumentException("An action is decided on exactly one compilation or phenomenon report; the default ids identify none.", nameof(compilation));
        }

        Guard.Against.NegativeOrZero(number);
        Guard.Against.EnumOutOfRange(status);
        var open = status == ActionStatus.Open;
        if (open != (closedBy is null) || open != (closedAt is null) || (open && note is not null))
        {
            throw new ArgumentException("An open action has no closing performer, time or note; a done or cancelled one has the performer and the time.", nameof(status));
        }

        if (note is not null)
        {
            Guard.Against.NullOrBlank(note);
        }

        Compilation = compilation;
        Number = number;
        Description = Guard.Against.NullOrBlank(description);
        Responsible = Guard.Against.Null(responsible);
        FollowUp = followUp;
        StepId = SystemId.NotDefault(stepId, nameof(stepId));
        DecidedBy = Guard.Against.Null(decidedBy);
        DecidedAt = decidedAt;
        Status = status;
        ClosedBy = closedBy;
        ClosedAt = closedAt;
        Note = note;
        PhenomenonReport = phenomenonReport;
    }

    /// <summary>The compilation the action was decided on; the default id for an action of a phenomenon report.</summary>
    [JsonPropertyName("compilation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingDefault)]
    public CompilationId Compilation { get; }

    /// <summary>The phenomenon report the action was decided on; null for a compilation's action.</summary>
    [JsonPropertyName("phenomenonReport")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Phenomena.PhenomenonReportId? PhenomenonReport { get; }

    /// <summary>Its number within the compilation, from 1 in the order decided.</summary>
    [JsonPropertyName("number")]
    public int Number { get; }

    /// <summary>What is to be done.</summary>
    [JsonPropertyName("description")]
    public string Description { get; }

    /// <summary>Who is responsible.</summary>
    [JsonPropertyName("responsible")]
    public ActionResponsible Responsible { get; }

    /// <summary>When the action is followed up.</summary>
    [JsonPropertyName("followUp")]
    public LocalDate FollowUp { get; }

    /// <summary>The compilation step that decided it, e.g. <c>artu-decision</c>.</summary>
    [JsonPropertyName("stepId")]
    public StepId StepId { get; }

    /// <summary>Who decided it: the performer of <see cref="StepId"/>.</summary>
    [JsonPropertyName("decidedBy")]
    public Performer DecidedBy { get; }

    /// <summary>When it was decided.</summary>
    [JsonPropertyName("decidedAt")]
    public Instant DecidedAt { get; }

    /// <summary>Where it stands.</summary>
    [JsonPropertyName("status")]
    public ActionStatus Status { get; }

    /// <summary>Who marked it done or cancelled; null while open.</summary>
    [JsonPropertyName("closedBy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Performer? ClosedBy { get; }

    /// <summary>When it was marked done or cancelled; null while open.</summary>
    [JsonPropertyName("closedAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public Instant? ClosedAt { get; }

    /// <summary>What was noted when it was closed; null when nothing.</summary>
    [JsonPropertyName("note")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note { get; }

    /// <summary>Whether the action is still open on <paramref name="asOf"/> although its follow-up date has passed (the follow-up date itself is not yet past).</summary>
    /// <param name="asOf">The day to look from.</param>
    /// <returns>True when open and <see cref="FollowUp"/> is before <paramref name="asOf"/>.</returns>
    public bool IsOpenPastFollowUp(LocalDate asOf) => Status == ActionStatus.Open && FollowUp < asOf;

    /// <summary>Returns the number, compilation, responsible party, follow-up date and status, never the description.</summary>
    /// <returns>For example <c>action 2 of compilation etela-karjala-2025-07-01 for coordinator, follow-up 2026-03-31: open</c>.</returns>
    public override string ToString() =>
        $"action {Number} of {(PhenomenonReport is { } report ? $"phenomenon report {report}" : $"compilation {Compilation}")} for {Responsible}, follow-up {FollowUp:uuuu-MM-dd}: {Status}";

    internal DecidedAction Closed(ActionStatus status, Performer by, Instant at, string? note) =>
        new(Compilation, Number, Description, Responsible, FollowUp, StepId, DecidedBy, DecidedAt, status, by, at, note, PhenomenonReport);
}
