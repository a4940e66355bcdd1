using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// A semiannual compilation of social reports (fi: puolivuosikooste) and where it is in its region's compilation
/// process (<see cref="RegionProfile.CompilationProcess"/>), with everything recorded on it, the actions decided and
/// its full history.
/// </summary>
/// <remarks>
/// <para>
/// Made from a <see cref="CompilationContent"/> (<see cref="Compiler.Compile"/>) by performing the process's first
/// step (<see cref="Create"/>). Immutable: every operation returns the new compilation and appends one entry to
/// <see cref="ProcessAggregate{TId, TEvent}.History"/> — who (actor and, where known, person), when, what, and anything recorded or decided. The
/// content and the history alone rebuild the compilation (<see cref="Rebuild"/>), equal to the live one.
/// </para>
/// <para>
/// The rules are those of reports, from the same engine: only the actor the profile names for a step performs it or
/// records under it; a step waits for the step it follows; a step is performed once — doing it again is refused with
/// <see cref="LifecycleRules.StepAlreadyPerformed"/>; operations come in time order, and the compilation is made at or
/// after its cutoff. A compilation is never returned or withdrawn: the plans name no such step. A broken rule throws
/// <see cref="LifecycleException"/> naming the actor, the step and the compilation (<c>compilation &lt;id&gt;</c>);
/// each operation has a <c>Can…</c> twin that answers first without throwing. No recorded text, decided action,
/// responsible person or note may hold a personal identity code, a phone number or an e-mail address
/// (<see cref="PersonalDataException"/>, naming the field and kind, never the value).
/// </para>
/// <para>
/// Decisions are first-class: a step that records <see cref="RecordKind.Decision"/> (K: the steering group, EK: ArTu)
/// may decide <see cref="ActionDecision"/>s, which become numbered <see cref="DecidedAction"/>s. An action is marked done
/// or cancelled (<see cref="ChangeActionStatus"/>) by the actor that decided it or by its responsible actor, if one is
/// named; a responsible person alone gives no right, since the library authorizes actors, not persons. Done and
/// cancelled are final. A decision step's required <c>decision</c> record is met by a decided action or by a
/// <see cref="RecordEntry"/> of kind decision (a decision that starts no action).
/// </para>
/// <para>
/// The included reports follow the compilation: <see cref="StageOf"/> tells for any report whether it is included and
/// at which step of the compilation it now is, carried over, or excluded with the reason.
/// </para>
/// </remarks>
public sealed record Compilation : ProcessAggregate<CompilationId, CompilationEvent>
{
    private Compilation(CompilationId id, CompilationContent content, ValueList<CompilationEvent> history, ProcessAuthorization progress, ValueList<DecidedAction> actions)
        : base(id, content.RegionId, history, progress)
    {
        Content = content;
        Actions = actions;
    }

    /// <summary>What the compilation holds: the included, carried-over and excluded reports, groups, counts and themes.</summary>
    public CompilationContent Content { get; }

    /// <summary>The actions decided on the compilation, by number, each with its current status.</summary>
    public IReadOnlyList<DecidedAction> Actions { get; }

    /// <summary>The last step performed: where the compilation, and each report it includes, now is.</summary>
    public StepId CurrentStep => Authorization.Performed[^1];

    private protected override string Noun => "compilation";

    /// <summary>Whether <paramref name="by"/> may make a compilation of <paramref name="content"/> now (perform the compilation process's first step).</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="content">The content, as <see cref="Compiler.Compile"/> made it.</param>
    /// <param name="by">Who would make it.</param>
    /// <param name="at">The instant the compilation would be created (its first step performed).</param>
    /// <param name="entries">What the first step would record; null means nothing.</param>
    /// <param name="decisions">The actions the first step would decide; null means none.</param>
    /// <returns>Allowed, or why not: <c>region-mismatch</c>, <c>time-out-of-order</c> (before the cutoff), <c>wrong-actor</c>, <c>record-missing</c>, <c>record-not-accepted</c>, <c>unknown-actor</c>, <c>personal-data</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="content"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException">A list holds null.</exception>
    public static LifecycleCheck CanCreate(RegionProfile profile, CompilationContent content, Performer by, Instant at, IReadOnlyList<RecordEntry>? entries = null, IReadOnlyList<ActionDecision>? decisions = null)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(content);
        Guard.Against.Null(by);
        var entryList = ValueList.From(entries, nameof(entries));
        var decisionList = ValueList.From(decisions, nameof(decisions));
        var subject = InWordsOf(CompilationId.For(content.RegionId, content.Period));
        if (content.RegionId != profile.Id)
        {
            return LifecycleCheck.Refuse(LifecycleRules.RegionMismatch, $"The content of {subject} is of region '{content.RegionId}', not '{profile.Id}'; pass that region's profile.");
        }

        if (at < content.Cutoff)
        {
            return LifecycleCheck.Refuse(
                LifecycleRules.TimeOutOfOrder,
                $"{Capitalize(subject)} is made at {at}, before its cutoff {content.Cutoff}; a compilation is made at or after the cutoff of its content.");
        }

        return CheckStep(ProcessAuthorization.Created(content.Cutoff), profile, profile.CompilationProcess.First.Id, by, at, entryList, decisionList, subject);
    }

    /// <summary>
    /// Makes a compilation of <paramref name="content"/>: performs the first step of the region's compilation process
    /// (K 4.3: the half year's reports are compiled; EK 4.1: the safety expert compiles them in January and August).
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="content">The content, as <see cref="Compiler.Compile"/> made it.</param>
    /// <param name="by">Who makes it: the actor of the first step.</param>
    /// <param name="at">The instant the compilation is created, its first step performed: not before the content's cutoff, since the compilation holds what was submitted by then.</param>
    /// <param name="entries">What the first step records; null means nothing.</param>
    /// <param name="decisions">The actions the first step decides, if it records decisions; null means none.</param>
    /// <returns>The compilation, its id derived from the region and the period.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="content"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException">A list holds null.</exception>
    /// <exception cref="PersonalDataException">Something recorded or decided holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanCreate"/>).</exception>
    public static Compilation Create(RegionProfile profile, CompilationContent content, Performer by, Instant at, IReadOnlyList<RecordEntry>? entries = null, IReadOnlyList<ActionDecision>? decisions = null)
    {
        var check = CanCreate(profile, content, by, at, entries, decisions);
        var id = CompilationId.For(content.RegionId, content.Period);
        var entryList = ValueList.From(entries, nameof(entries));
        var decisionList = ValueList.From(decisions, nameof(decisions));
        var stepId = profile.CompilationProcess.First.Id;
        Enforce(check, InWordsOf(id), stepId, by, entryList, decisionList);
        var created = new CompilationEvent(CompilationEventKind.StepPerformed, at, by, stepId, entryList, decisionList);
        var progress = ProcessAuthorization.Created(content.Cutoff).AfterStep(profile.CompilationProcess, stepId, at);
        return new Compilation(id, content, ValueList<CompilationEvent>.From([created]), progress, Decide(id, ValueList<DecidedAction>.Empty, stepId, by, at, decisionList));
    }

    /// <summary>Rebuilds a compilation from its content and its history alone, checking every entry against the rules as if it happened now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="content">The compilation's content.</param>
    /// <param name="history">The history, oldest first, beginning with the first step of the compilation process.</param>
    /// <returns>The compilation, equal to the one whose history it is.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LifecycleException">The history is empty, does not begin with the first step, or has an entry the rules refuse (<c>invalid-history</c>; the message names the entry's index and the rule).</exception>
    public static Compilation Rebuild(RegionProfile profile, CompilationContent content, IReadOnlyList<CompilationEvent> history)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(content);
        Guard.Against.Null(history);
        var firstStep = profile.CompilationProcess.First.Id;
        return ProcessHistory.Rebuild(
            history,
            InWordsOf(CompilationId.For(content.RegionId, content.Period)),
            e => e is { Kind: CompilationEventKind.StepPerformed } && e.StepId == firstStep,
            $"its first step '{firstStep}'",
            first => Create(profile, content, first.By, first.At, first.Entries, first.Decisions),
            (compilation, e, _) => e.Kind switch
            {
                CompilationEventKind.StepPerformed => compilation.Perform(profile, e.StepId!.Value, e.By, e.At, e.Entries, e.Decisions),
                CompilationEventKind.EntryRecorded when e.Entries.Count == 1 => compilation.Record(profile, e.StepId!.Value, e.By, e.At, e.Entries[0]),
                CompilationEventKind.EntryRecorded => compilation.Record(profile, e.StepId!.Value, e.By, e.At, e.Decisions[0]),
                _ => compilation.ChangeActionStatus(profile, e.ActionNumber!.Value, e.Status!.Value, e.By, e.At, e.Note),
            });
    }

    /// <summary>The actions of <paramref name="compilations"/> still open although their follow-up date has passed.</summary>
    /// <param name="compilations">Compilations, e.g. all of a region's.</param>
    /// <param name="asOf">The day to look from; an action whose follow-up date is this day is not yet past.</param>
    /// <returns>The actions, by follow-up date, then compilation id (ordinal), then number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compilations"/> is null or holds null.</exception>
    public static IReadOnlyList<DecidedAction> OpenActionsPastFollowUp(IEnumerable<Compilation> compilations, LocalDate asOf)
        => ActionLedger.OpenPastFollowUp(compilations, c => c.Actions, asOf, nameof(compilations));

    /// <summary>The actions of this compilation still open although their follow-up date has passed.</summary>
    /// <param name="asOf">The day to look from; an action whose follow-up date is this day is not yet past.</param>
    /// <returns>The actions, by follow-up date, then number.</returns>
    public IReadOnlyList<DecidedAction> OpenActionsPastFollowUp(LocalDate asOf) => OpenActionsPastFollowUp([this], asOf);

    /// <summary>Whether <paramref name="by"/> may perform step <paramref name="stepId"/> now, recording <paramref name="entries"/> and deciding <paramref name="decisions"/>.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id, e.g. <c>network-review</c>.</param>
    /// <param name="by">Who would perform it.</param>
    /// <param name="at">The instant the step would be performed; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="entries">What the step would record.</param>
    /// <param name="decisions">The actions it would decide; null means none.</param>
    /// <returns>Allowed, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="decisions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id, or a list holds null.</exception>
    public LifecycleCheck CanPerform(RegionProfile profile, StepId stepId, Performer by, Instant at, IReadOnlyList<RecordEntry> entries, IReadOnlyList<ActionDecision>? decisions = null)
    {
        SystemId.NotDefault(stepId, nameof(stepId));
        Guard.Against.Null(by);
        Guard.Against.Null(entries);
        var entryList = ValueList.From(entries, nameof(entries));
        var decisionList = ValueList.From(decisions, nameof(decisions));
        var region = CheckRegion(profile);
        return region.IsAllowed ? CheckStep(Authorization, profile, stepId, by, at, entryList, decisionList, InWords) : region;
    }

    /// <summary>Performs step <paramref name="stepId"/> of the compilation process, recording <paramref name="entries"/> and deciding <paramref name="decisions"/>.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id, e.g. <c>steering-group-decision</c>.</param>
    /// <param name="by">Who performs it: the actor the profile names for the step.</param>
    /// <param name="at">The instant the step is performed, recorded in the history; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="entries">What the step records, each a separate entry: every kind the step requires, and only kinds it accepts.</param>
    /// <param name="decisions">The actions the step decides (only a step that records decisions); null means none.</param>
    /// <returns>The compilation with the step performed and the actions numbered on.</returns>
    /// <exception cref="ArgumentNullException">An argument other than <paramref name="decisions"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id, or a list holds null.</exception>
    /// <exception cref="PersonalDataException">An entry or a decision holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanPerform"/>).</exception>
    public Compilation Perform(RegionProfile profile, StepId stepId, Performer by, Instant at, IReadOnlyList<RecordEntry> entries, IReadOnlyList<ActionDecision>? decisions = null)
    {
        var check = CanPerform(profile, stepId, by, at, entries, decisions);
        var entryList = ValueList.From(entries, nameof(entries));
        var decisionList = ValueList.From(decisions, nameof(decisions));
        Enforce(check, InWords, stepId, by, entryList, decisionList);
        return Append(
            new CompilationEvent(CompilationEventKind.StepPerformed, at, by, stepId, entryList, decisionList),
            Authorization.AfterStep(profile.CompilationProcess, stepId, at),
            Decide(Id, Actions, stepId, by, at, decisionList));
    }

    /// <summary>Whether <paramref name="by"/> may record <paramref name="entry"/> under step <paramref name="stepId"/> now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id.</param>
    /// <param name="by">Who would record it.</param>
    /// <param name="at">The instant the entry or decision would be recorded; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="entry">The entry.</param>
    /// <returns>Allowed, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public LifecycleCheck CanRecord(RegionProfile profile, StepId stepId, Performer by, Instant at, RecordEntry entry)
    {
        Guard.Against.Null(entry);
        return CheckRecord(profile, stepId, by, at, entry, ValueList<RecordEntry>.From([entry]), ValueList<ActionDecision>.Empty);
    }

    /// <summary>
    /// Records one entry under a step, with who and when, e.g. one of the network's observations or solution proposals
    /// (EK 5.3: separate entries). The step must be pending or performed, and the entry's kind one the step records.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id.</param>
    /// <param name="by">Who records it: the step's actor.</param>
    /// <param name="at">The instant the entry or decision is recorded; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="entry">The entry.</param>
    /// <returns>The compilation with the entry in its history.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PersonalDataException">The entry holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanRecord(RegionProfile, StepId, Performer, Instant, RecordEntry)"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public Compilation Record(RegionProfile profile, StepId stepId, Performer by, Instant at, RecordEntry entry)
    {
        var entries = ValueList<RecordEntry>.From([Guard.Against.Null(entry)]);
        Enforce(CanRecord(profile, stepId, by, at, entry), InWords, stepId, by, entries, ValueList<ActionDecision>.Empty);
        return Append(new CompilationEvent(CompilationEventKind.EntryRecorded, at, by, stepId, entries), Authorization.AfterEntry(at), Actions);
    }

    /// <summary>Whether <paramref name="by"/> may decide <paramref name="decision"/> under step <paramref name="stepId"/> now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id: one that records decisions.</param>
    /// <param name="by">Who would decide it.</param>
    /// <param name="at">The instant the entry or decision would be recorded; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="decision">The decision.</param>
    /// <returns>Allowed, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public LifecycleCheck CanRecord(RegionProfile profile, StepId stepId, Performer by, Instant at, ActionDecision decision)
    {
        Guard.Against.Null(decision);
        return CheckRecord(profile, stepId, by, at, ActionLedger.DecisionMarker, ValueList<RecordEntry>.Empty, ValueList<ActionDecision>.From([decision]));
    }

    /// <summary>
    /// Decides one more action under a step that records decisions, before or after the step is performed (e.g. an
    /// action ArTu agrees at a later meeting). The action gets the next number.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id: one that records decisions.</param>
    /// <param name="by">Who decides it: the step's actor.</param>
    /// <param name="at">The instant the entry or decision is recorded; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="decision">The decision.</param>
    /// <returns>The compilation with the action.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PersonalDataException">The description or the responsible person holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanRecord(RegionProfile, StepId, Performer, Instant, ActionDecision)"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public Compilation Record(RegionProfile profile, StepId stepId, Performer by, Instant at, ActionDecision decision)
    {
        var decisions = ValueList<ActionDecision>.From([Guard.Against.Null(decision)]);
        Enforce(CanRecord(profile, stepId, by, at, decision), InWords, stepId, by, ValueList<RecordEntry>.Empty, decisions);
        return Append(
            new CompilationEvent(CompilationEventKind.EntryRecorded, at, by, stepId, decisions: decisions),
            Authorization.AfterEntry(at),
            Decide(Id, Actions, stepId, by, at, decisions));
    }

    /// <summary>Whether <paramref name="by"/> may mark action <paramref name="actionNumber"/> as <paramref name="status"/> now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="actionNumber">The action's number.</param>
    /// <param name="status">Done or cancelled.</param>
    /// <param name="by">Who would change it.</param>
    /// <param name="at">The instant the action would be marked; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="note">What is noted with it, or null.</param>
    /// <returns>Allowed, or why not: <c>region-mismatch</c>, <c>time-out-of-order</c>, <c>unknown-action</c>, <c>action-closed</c>, <c>wrong-actor</c>, <c>personal-data</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not done or cancelled (an action is never reopened), or <paramref name="note"/> is empty or white space.</exception>
    public LifecycleCheck CanChangeActionStatus(RegionProfile profile, int actionNumber, ActionStatus status, Performer by, Instant at, string? note = null)
    {
        Guard.Against.Null(by);
        ActionLedger.RequireClosing(status, note);
        var region = CheckRegion(profile);
        return region.IsAllowed ? ActionLedger.CheckStatusChange(profile, Actions, actionNumber, status, by, at, Authorization.LastAt, note, On) : region;
    }

    /// <summary>
    /// Marks a decided action done or cancelled (final). Done by the actor that decided it (K: the steering group, EK:
    /// ArTu) or by its responsible actor, if the decision names one.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="actionNumber">The action's number.</param>
    /// <param name="status">Done or cancelled.</param>
    /// <param name="by">Who changes it.</param>
    /// <param name="at">The instant the action is marked done or cancelled; it becomes the action's <see cref="DecidedAction.ClosedAt"/>; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="note">What is noted with it, or null.</param>
    /// <returns>The compilation with the action's new status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not done or cancelled, or <paramref name="note"/> is empty or white space.</exception>
    /// <exception cref="PersonalDataException">The note holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanChangeActionStatus"/>).</exception>
    public Compilation ChangeActionStatus(RegionProfile profile, int actionNumber, ActionStatus status, Performer by, Instant at, string? note = null)
    {
        ActionLedger.EnforceStatusChange(CanChangeActionStatus(profile, actionNumber, status, by, at, note), On, by);
        var actions = ActionLedger.Close(Actions, actionNumber, status, by, at, note);
        return Append(
            new CompilationEvent(CompilationEventKind.ActionStatusChanged, at, by, actionNumber: actionNumber, status: status, note: note),
            Authorization.AfterEntry(at),
            ValueList<DecidedAction>.From(actions));
    }

    /// <summary>Every entry of <paramref name="kind"/> recorded on the compilation, oldest first, each with its step, who and when.</summary>
    /// <param name="kind">The kind, e.g. <see cref="RecordKind.SolutionProposal"/>.</param>
    /// <returns>The entries; decided actions are in <see cref="Actions"/>, not here.</returns>
    public IReadOnlyList<CompilationEntry> Entries(RecordKind kind) =>
        History.SelectMany(e => e.Entries.Where(x => x.Kind == kind).Select(x => new CompilationEntry(e.StepId!.Value, e.By, e.At, x))).ToList();

    /// <summary>
    /// Where report <paramref name="report"/> stands in this compilation: included and at the compilation's current
    /// step, carried over (with its status at the cutoff), excluded (with the reason), or not in this compilation.
    /// </summary>
    /// <param name="report">The report's id.</param>
    /// <returns>The report's stage.</returns>
    /// <exception cref="ArgumentException"><paramref name="report"/> is the default id.</exception>
    public ReportStage StageOf(ReportId report)
    {
        SystemId.NotDefault(report, nameof(report));

        if (Content.Included.Any(r => r.Id == report))
        {
            return new ReportStage(report, Id, ReportPlacement.Included, CurrentStep, Status);
        }

        if (Content.CarriedOver.FirstOrDefault(c => c.Id == report) is { } carried)
        {
            return new ReportStage(report, Id, ReportPlacement.CarriedOver, StatusAtCutoff: carried.StatusAtCutoff);
        }

        return Content.Excluded.FirstOrDefault(x => x.Id == report) is { } excluded
            ? new ReportStage(report, Id, ReportPlacement.Excluded, ExclusionReason: excluded.Reason)
            : new ReportStage(report, Id, ReportPlacement.NotInCompilation);
    }

    /// <summary>Returns the id, status and current step.</summary>
    /// <returns>For example <c>compilation etela-karjala-2025-07-01: inProcess at network-review</c>.</returns>
    public override string ToString() => $"{InWords}: {CamelCase.Of(Status)} at {CurrentStep}";

    private static string InWordsOf(CompilationId id) => $"compilation {id}";

    private static LifecycleCheck CheckStep(ProcessAuthorization progress, RegionProfile profile, StepId stepId, Performer by, Instant at, ValueList<RecordEntry> entries, ValueList<ActionDecision> decisions, string subject)
    {
        var check = progress.CheckStep(profile, profile.CompilationProcess, stepId, by.Actor, at, ActionLedger.WithMarkers(entries, decisions), subject, restartable: false);
        return check.IsAllowed || check.Code == LifecycleRules.PersonalData ? ActionLedger.Check(profile, entries, decisions, subject) : check;
    }

    private LifecycleCheck CheckRecord(RegionProfile profile, StepId stepId, Performer by, Instant at, RecordEntry standIn, ValueList<RecordEntry> entries, ValueList<ActionDecision> decisions)
    {
        SystemId.NotDefault(stepId, nameof(stepId));
        Guard.Against.Null(by);
        var region = CheckRegion(profile);
        if (!region.IsAllowed)
        {
            return region;
        }

        var check = Authorization.CheckEntry(profile, profile.CompilationProcess, stepId, by.Actor, at, standIn, InWords);
        return check.IsAllowed || check.Code == LifecycleRules.PersonalData ? ActionLedger.Check(profile, entries, decisions, InWords) : check;
    }

    private static void Enforce(LifecycleCheck check, string subject, StepId stepId, Performer by, ValueList<RecordEntry> entries, ValueList<ActionDecision> decisions) =>
        ActionLedger.Enforce(check, subject, stepId, by);

    private static ValueList<DecidedAction> Decide(CompilationId id, IReadOnlyList<DecidedAction> actions, StepId stepId, Performer by, Instant at, ValueList<ActionDecision> decisions) =>
        ActionLedger.Decide(actions, decisions, (d, number) => new DecidedAction(id, number, d.Description, d.Responsible, d.FollowUp, stepId, by, at));

    private static string Capitalize(string text) => ProcessTarget.Capitalize(text);

    private protected override ProcessDefinition ProcessOf(RegionProfile profile) => profile.CompilationProcess;

    private Compilation Append(CompilationEvent entry, ProcessAuthorization next, IReadOnlyList<DecidedAction> actions) =>
        new(Id, Content, ProcessHistory.Append(History, entry), next, ValueList<DecidedAction>.From(actions));
}
