using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using CamelCase = RakenteellinenSosiaalityo.Core.Text.CamelCase;
using SystemId = RakenteellinenSosiaalityo.Core.Text.SystemId;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// A phenomenon-based social report (fi: ilmiölähtöinen sosiaalinen raportti) and where it is in its region's
/// phenomenon process (<see cref="RegionProfile.PhenomenonProcess"/>): the chosen phenomenon, the workshop sessions,
/// the written report with its prevalence computed from the compilations, the actions decided, the recipients, and the
/// full history.
/// </summary>
/// <remarks>
/// <para>
/// The same engine as reports and compilations: only the actor the profile names for a step performs it or records
/// under it; a step waits for the step it follows; a step is performed once; operations come in time order; every
/// operation has a <c>Can…</c> twin; the history alone rebuilds the report (<see cref="Rebuild"/>). A phenomenon report
/// is never returned or withdrawn: the plans name no such step.
/// </para>
/// <para>
/// The profile's <see cref="RegionProfile.PhenomenonReports"/> configures the rest: sessions of workshop N are recorded
/// under its step by that step's actor before the step is performed, and the step cannot be performed without one
/// (<c>workshop-missing</c>); the write step's actor writes the text until the step is performed, which needs a text
/// (<c>report-not-written</c>); a step that records decisions decides <see cref="ActionDecision"/>s, which become
/// numbered <see cref="DecidedAction"/>s as on compilations; a step that records a publication names its recipients.
/// </para>
/// <para>
/// Privacy: no selection text, workshop input, report text, recorded entry or decision may hold a personal identity
/// code, a phone number or an e-mail address (<see cref="PersonalDataException"/>), and a client case description must
/// be marked anonymized by the person recording it (<c>not-anonymized</c>). Participants are actors, services and a
/// count, never names.
/// </para>
/// </remarks>
public sealed record PhenomenonReport : ProcessAggregate<PhenomenonReportId, PhenomenonEvent>
{
    private PhenomenonReport(
        PhenomenonReportId id,
        RegionId regionId,
        ValueList<PhenomenonEvent> history,
        ProcessAuthorization progress,
        PhenomenonSelection selection,
        ValueList<WorkshopSession> sessions,
        PhenomenonReportText? text,
        PhenomenonPrevalence? prevalence,
        ValueList<DecidedAction> actions,
        ValueList<PartyReference> recipients)
        : base(id, regionId, history, progress)
    {
        Selection = selection;
        Sessions = sessions;
        Text = text;
        Prevalence = prevalence;
        Actions = actions;
        Recipients = recipients;
    }

    /// <summary>The chosen phenomenon, its themes, sources and justification.</summary>
    public PhenomenonSelection Selection { get; }

    /// <summary>The workshop sessions recorded, oldest first.</summary>
    public IReadOnlyList<WorkshopSession> Sessions { get; private init; }

    /// <summary>The written report; null until written.</summary>
    public PhenomenonReportText? Text { get; private init; }

    /// <summary>The prevalence computed from the compilations when the report was last written; null until written.</summary>
    public PhenomenonPrevalence? Prevalence { get; private init; }

    /// <summary>The actions decided on the report, by number.</summary>
    public IReadOnlyList<DecidedAction> Actions { get; private init; }

    /// <summary>To whom the finished report went, in the order recorded.</summary>
    public IReadOnlyList<PartyReference> Recipients { get; private init; }

    /// <summary>Whether the completion step of the phenomenon process has been performed (K: the steering group has handled it; EK: the network has approved it).</summary>
    public bool IsCompleted => Status == LifecycleStatus.Completed;

    private protected override string Noun => "phenomenon report";

    /// <summary>Whether <paramref name="by"/> may choose the phenomenon now (perform the phenomenon process's first step).</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="id">The report's id.</param>
    /// <param name="selection">The choice.</param>
    /// <param name="by">Who would record it.</param>
    /// <param name="at">The instant the phenomenon would be chosen (the report's first history entry).</param>
    /// <returns>Allowed, or why not: <c>no-phenomenon-process</c>, <c>wrong-actor</c>, <c>unknown-theme</c>, <c>unknown-source</c>, <c>personal-data</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="selection"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id.</exception>
    public static LifecycleCheck CanChoose(RegionProfile profile, PhenomenonReportId id, PhenomenonSelection selection, Performer by, Instant at)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(selection);
        Guard.Against.Null(by);
        SystemId.NotDefault(id, nameof(id));

        var target = new ProcessTarget($"phenomenon report {id}", profile.Id);
        if (Configured(profile, target.InWords) is { IsAllowed: false } none)
        {
            return none;
        }

        var process = profile.PhenomenonProcess!;
        return First(
            ProcessAuthorization.Created(at).CheckStep(profile, process, process.First.Id, by.Actor, at, [], target.InWords, restartable: false),
            () => selection.Themes.FirstOrDefault(t => profile.FindTheme(t) is null) is { Value: not null } theme
                ? LifecycleCheck.Refuse(LifecycleRules.UnknownTheme, $"The selection of {target} names phenomenon theme '{PersonalDataScanner.Redact(theme.Value)}', which region '{profile.Id}' does not have. Use one of: {string.Join(", ", profile.PhenomenonThemes.Select(t => t.Id))}.")
                : LifecycleCheck.Allowed,
            () => selection.Reasons.FirstOrDefault(r => !profile.PhenomenonReports!.SelectionSources.Contains(r.Source)) is { } reason
                ? LifecycleCheck.Refuse(LifecycleRules.UnknownSource, $"The selection of {target} gives source '{CamelCase.Of(reason.Source)}', which region '{profile.Id}' does not use. Its sources are: {string.Join(", ", profile.PhenomenonReports!.SelectionSources.Select(CamelCase.Of))}.")
                : LifecycleCheck.Allowed,
            () => target.Private(selection.FindPersonalData().ToList()));
    }

    /// <summary>
    /// Records the choice of the phenomenon: performs the first step of the phenomenon process (K 4.3: the steering
    /// group with the working group; EK 5.3: the network with ArTu and the profession director, at the end of Q1).
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="id">The report's id, e.g. <see cref="PhenomenonReportId.For"/>.</param>
    /// <param name="selection">The choice.</param>
    /// <param name="by">Who records it: the first step's actor.</param>
    /// <param name="at">The instant the phenomenon is chosen: the report's first history entry, whose Helsinki date completes the clock's theme-selection activity.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id.</exception>
    /// <exception cref="PersonalDataException">A text of the selection holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanChoose"/>).</exception>
    public static PhenomenonReport Choose(RegionProfile profile, PhenomenonReportId id, PhenomenonSelection selection, Performer by, Instant at)
    {
        var check = CanChoose(profile, id, selection, by, at);
        var subject = $"phenomenon report {id}";
        var process = profile.PhenomenonProcess!;
        check.ThrowIfRefused(subject, process.First.Id, by.Actor);
        var chosen = new PhenomenonEvent(PhenomenonEventKind.Chosen, at, by, process.First.Id, selection: selection);
        return new PhenomenonReport(
            id,
            profile.Id,
            ValueList<PhenomenonEvent>.From([chosen]),
            ProcessAuthorization.Created(at).AfterStep(process, process.First.Id, at),
            selection,
            ValueList<WorkshopSession>.Empty,
            null,
            null,
            ValueList<DecidedAction>.Empty,
            ValueList<PartyReference>.Empty);
    }

    /// <summary>Rebuilds a report from its history alone, checking every entry against the rules as if it happened now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="id">The report's id.</param>
    /// <param name="history">The history, oldest first, beginning with the choice.</param>
    /// <returns>The report, equal to the one whose history it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="history"/> is null.</exception>
    /// <exception cref="LifecycleException">The history is empty, does not begin with the choice, or has an entry the rules refuse (<c>invalid-history</c>; the message names the entry's index and the rule).</exception>
    public static PhenomenonReport Rebuild(RegionProfile profile, PhenomenonReportId id, IReadOnlyList<PhenomenonEvent> history)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(history);
        SystemId.NotDefault(id, nameof(id));
        return ProcessHistory.Rebuild(
            history,
            $"phenomenon report {id}",
            e => e.Kind == PhenomenonEventKind.Chosen,
            "the choice of the phenomenon (kind 'chosen')",
            first => Choose(profile, id, first.Selection!, first.By, first.At),
            (report, e, index) => e.Kind switch
            {
                PhenomenonEventKind.WorkshopRecorded => report.RecordWorkshop(profile, e.Session!, e.By, e.At),
                PhenomenonEventKind.Written => report.Apply(profile, e),
                PhenomenonEventKind.StepPerformed => report.Perform(profile, e.StepId!.Value, e.By, e.At, e.Entries, e.Decisions, e.Recipients),
                PhenomenonEventKind.EntryRecorded when e.Entries.Count == 1 => report.Record(profile, e.StepId!.Value, e.By, e.At, e.Entries[0]),
                PhenomenonEventKind.EntryRecorded => report.Record(profile, e.StepId!.Value, e.By, e.At, e.Decisions[0]),
                PhenomenonEventKind.ActionStatusChanged => report.ChangeActionStatus(profile, e.ActionNumber!.Value, e.Status!.Value, e.By, e.At, e.Note),
                _ => throw new LifecycleException(LifecycleRules.InvalidHistory, $"Entry {index} of the history of phenomenon report {id} chooses the phenomenon again.", $"phenomenon report {id}"),
            });
    }

    /// <summary>Whether <paramref name="by"/> may record <paramref name="session"/> now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="session">The session.</param>
    /// <param name="by">Who would record it: the actor of its workshop's step.</param>
    /// <param name="at">The instant the session would be recorded (not the session's own date); the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <returns>Allowed, or why not: <c>region-mismatch</c>, <c>unknown-workshop</c>, <c>wrong-actor</c>, <c>step-out-of-order</c>, <c>step-already-performed</c>, <c>unknown-actor</c>, <c>unknown-service</c>, <c>not-anonymized</c>, <c>personal-data</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LifecycleCheck CanRecordWorkshop(RegionProfile profile, WorkshopSession session, Performer by, Instant at)
    {
        Guard.Against.Null(session);
        Guard.Against.Null(by);
        return First(
            CheckRegion(profile),
            () => Configured(profile, InWords),
            () => profile.PhenomenonReports!.FindWorkshop(session.Workshop) is null
                ? LifecycleCheck.Refuse(LifecycleRules.UnknownWorkshop, $"Region '{profile.Id}' has no workshop {session.Workshop} for {InWords}; its workshops are numbered 1 to {profile.PhenomenonReports!.Workshops.Count}.")
                : LifecycleCheck.Allowed,
            () => CheckSessionStep(profile, profile.PhenomenonReports!.FindWorkshop(session.Workshop)!.Step, by, at),
            () => CheckParticipants(profile, session),
            () => session.Inputs.Select((input, i) => (input, i)).FirstOrDefault(x => (x.input.CaseDescription || session.Method == WorkshopMethod.AnonymizedCaseDescription) && !x.input.Anonymized) is { input: not null } bad
                ? LifecycleCheck.Refuse(LifecycleRules.NotAnonymized, $"Input {bad.i} of the session of workshop {session.Workshop} on {InWords} describes a client case but is not marked anonymized; anonymize it and mark it so before recording it.")
                : LifecycleCheck.Allowed,
            () => On.Private(session.FindPersonalData().ToList()));
    }

    /// <summary>
    /// Records one workshop session (K 4.3: a workshop of the working group; EK 5.1: one small-group interview), under
    /// its workshop's step, before that step is performed.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="session">The session.</param>
    /// <param name="by">Who records it: the actor of its workshop's step.</param>
    /// <param name="at">The instant the session is recorded (the session carries its own date); it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <returns>The report with the session.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PersonalDataException">An input holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanRecordWorkshop"/>).</exception>
    public PhenomenonReport RecordWorkshop(RegionProfile profile, WorkshopSession session, Performer by, Instant at)
    {
        var check = CanRecordWorkshop(profile, session, by, at);
        var step = profile.PhenomenonReports?.FindWorkshop(session.Workshop)?.Step;
        check.ThrowIfRefused(InWords, step, by.Actor);
        return Append(new PhenomenonEvent(PhenomenonEventKind.WorkshopRecorded, at, by, step!.Value, session: session)) with
        {
            Sessions = ValueList<WorkshopSession>.From([.. Sessions, session]),
        };
    }

    /// <summary>
    /// Composes a first draft of the report from the workshop sessions and the compilation figures: every input of
    /// every session appears in it (how it shows and how wide in the situational picture, proposals as action
    /// proposals addressed to the actor of the decision step, other knowledge and every session among the sources),
    /// with the prevalence's figures at the start of the situational picture. The writer edits it and writes it with
    /// <see cref="Write"/>.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="compilations">The region's recent compilations.</param>
    /// <returns>The draft; the texts are in the language the inputs were recorded in, the connecting words in Finnish.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="LifecycleException">The report belongs to another region, or the profile has no phenomenon process.</exception>
    public PhenomenonReportText ComposeDraft(RegionProfile profile, IEnumerable<Compilation> compilations) =>
        ComposeDraft(profile, compilations, Core.Text.Language.Finnish);

    /// <summary>
    /// Composes a first draft like <see cref="ComposeDraft(RegionProfile, IEnumerable{Compilation})"/>, with the
    /// connecting words, the workshop methods and the service names in <paramref name="language"/> (the language the
    /// report is written in, e.g. Swedish in a bilingual region).
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="compilations">The region's recent compilations.</param>
    /// <param name="language">The language of the connecting words.</param>
    /// <returns>The draft; the inputs' own texts are as they were recorded.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="LifecycleException">The report belongs to another region, or the profile has no phenomenon process.</exception>
    public PhenomenonReportText ComposeDraft(RegionProfile profile, IEnumerable<Compilation> compilations, Core.Text.Language language)
    {
        First(CheckRegion(profile), () => Configured(profile, InWords)).ThrowIfRefused(InWords, null, null);
        return PhenomenonDraft.Compose(profile, this, PhenomenonPrevalence.Compute(Selection.Themes, Guard.Against.Null(compilations).ToList()), language);
    }

    /// <summary>Whether <paramref name="by"/> may write <paramref name="text"/> now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="text">The text.</param>
    /// <param name="by">Who would write it: the write step's actor.</param>
    /// <param name="at">The instant the text would be written; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <returns>Allowed, or why not: <c>region-mismatch</c>, <c>wrong-actor</c>, <c>step-out-of-order</c>, <c>not-editable</c> (the write step is performed), <c>unknown-actor</c> (an addressee), <c>personal-data</c>.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LifecycleCheck CanWrite(RegionProfile profile, PhenomenonReportText text, Performer by, Instant at)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(by);
        return First(
            CheckRegion(profile),
            () => Configured(profile, InWords),
            () => Authorization.CheckUnder(profile, profile.PhenomenonProcess!, profile.PhenomenonReports!.WriteStep, by.Actor, at, InWords),
            () => Authorization.HasPerformed(profile.PhenomenonReports!.WriteStep)
                ? LifecycleCheck.Refuse(LifecycleRules.NotEditable, $"The text of {InWords} cannot be changed: step '{profile.PhenomenonReports!.WriteStep}' has been performed.")
                : LifecycleCheck.Allowed,
            () => text.ActionProposals.Select(p => p.Addressee.Actor).FirstOrDefault(a => a is { } actor && profile.FindActor(actor) is null) is { } unknown
                ? LifecycleCheck.Refuse(LifecycleRules.UnknownActor, $"An action proposal of {InWords} is addressed to actor '{unknown}', which region '{profile.Id}' does not have; name one of its actors or an external party.")
                : LifecycleCheck.Allowed,
            () => On.Private(text.FindPersonalData().ToList()));
    }

    /// <summary>
    /// Writes (or edits) the report's text, computing its prevalence from <paramref name="compilations"/> (K 4.1: the
    /// prevalence in the region's social services; EK 4.1: the coordinator writes the report).
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="text">The text, e.g. an edited <see cref="ComposeDraft(RegionProfile, IEnumerable{Compilation}, Core.Text.Language)"/>.</param>
    /// <param name="compilations">The compilations the prevalence is computed from, all of the report's region.</param>
    /// <param name="by">Who writes it: the write step's actor.</param>
    /// <param name="at">The instant the text is written; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <returns>The report with the text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="PersonalDataException">The text holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanWrite"/>), or a compilation is of another region (<c>region-mismatch</c>).</exception>
    public PhenomenonReport Write(RegionProfile profile, PhenomenonReportText text, IEnumerable<Compilation> compilations, Performer by, Instant at)
    {
        var list = Guard.Against.Null(compilations).ToList();
        if (list.FirstOrDefault(c => Guard.Against.Null(c, nameof(compilations)).RegionId != RegionId) is { } foreign)
        {
            throw new LifecycleException(LifecycleRules.RegionMismatch, $"Compilation {foreign.Id} is of region '{foreign.RegionId}'; the prevalence of {InWords} is computed from compilations of region '{RegionId}'.", InWords);
        }

        EnforceWrite(CanWrite(profile, text, by, at), profile, by);
        return Apply(profile, new PhenomenonEvent(PhenomenonEventKind.Written, at, by, profile.PhenomenonReports!.WriteStep, text: text, prevalence: PhenomenonPrevalence.Compute(Selection.Themes, list)));
    }

    /// <summary>Whether <paramref name="by"/> may perform step <paramref name="stepId"/> now, recording <paramref name="entries"/>, deciding <paramref name="decisions"/> and naming <paramref name="recipients"/>.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id.</param>
    /// <param name="by">Who would perform it.</param>
    /// <param name="at">The instant the step would be performed; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="entries">What the step would record.</param>
    /// <param name="decisions">The actions it would decide; null means none.</param>
    /// <param name="recipients">To whom the report would go (a step that records a publication); null means nobody.</param>
    /// <returns>Allowed, or why not; besides the engine's rules <c>workshop-missing</c>, <c>report-not-written</c>, <c>record-not-accepted</c> (recipients at a step that records no publication), <c>unknown-actor</c>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="by"/> or <paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id, or a list holds null.</exception>
    public LifecycleCheck CanPerform(RegionProfile profile, StepId stepId, Performer by, Instant at, IReadOnlyList<RecordEntry> entries, IReadOnlyList<ActionDecision>? decisions = null, IReadOnlyList<PartyReference>? recipients = null)
    {
        SystemId.NotDefault(stepId, nameof(stepId));
        Guard.Against.Null(by);
        Guard.Against.Null(entries);
        var entryList = ValueList.From(entries, nameof(entries));
        var decisionList = ValueList.From(decisions, nameof(decisions));
        var recipientList = ValueList.From(recipients, nameof(recipients));
        return First(
            CheckRegion(profile),
            () => Configured(profile, InWords),
            () => AllowPersonalData(Authorization.CheckStep(profile, profile.PhenomenonProcess!, stepId, by.Actor, at, ActionLedger.WithMarkers(entryList, decisionList), InWords, restartable: false)),
            () => profile.PhenomenonReports!.Workshops.FirstOrDefault(w => w.Step == stepId && !Sessions.Any(s => s.Workshop == w.Number)) is { } missing
                ? LifecycleCheck.Refuse(LifecycleRules.WorkshopMissing, $"Step '{stepId}' of {InWords} needs at least one recorded session of workshop {missing.Number}; record it with RecordWorkshop first.")
                : LifecycleCheck.Allowed,
            () => stepId == profile.PhenomenonReports!.WriteStep && Text is null
                ? LifecycleCheck.Refuse(LifecycleRules.ReportNotWritten, $"Step '{stepId}' of {InWords} needs the written report; write it with Write first.")
                : LifecycleCheck.Allowed,
            () => CheckRecipients(profile, stepId, recipientList),
            () => ActionLedger.Check(profile, entryList, decisionList, InWords));
    }

    /// <summary>Performs step <paramref name="stepId"/> of the phenomenon process.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id, e.g. <c>network-approval</c>.</param>
    /// <param name="by">Who performs it: the actor the profile names for the step.</param>
    /// <param name="at">The instant the step is performed, recorded in the history; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="entries">What the step records: every kind the step requires, and only kinds it accepts.</param>
    /// <param name="decisions">The actions the step decides (only a step that records decisions); null means none.</param>
    /// <param name="recipients">To whom the report goes (only a step that records a publication); null means nobody.</param>
    /// <returns>The report with the step performed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="by"/> or <paramref name="entries"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id, or a list holds null.</exception>
    /// <exception cref="PersonalDataException">An entry or a decision holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanPerform"/>).</exception>
    public PhenomenonReport Perform(RegionProfile profile, StepId stepId, Performer by, Instant at, IReadOnlyList<RecordEntry> entries, IReadOnlyList<ActionDecision>? decisions = null, IReadOnlyList<PartyReference>? recipients = null)
    {
        var check = CanPerform(profile, stepId, by, at, entries, decisions, recipients);
        var entryList = ValueList.From(entries, nameof(entries));
        var decisionList = ValueList.From(decisions, nameof(decisions));
        var recipientList = ValueList.From(recipients, nameof(recipients));
        ActionLedger.Enforce(check, InWords, stepId, by);
        var next = Append(new PhenomenonEvent(PhenomenonEventKind.StepPerformed, at, by, stepId, entryList, decisions: decisionList, recipients: recipientList));
        return next with
        {
            Authorization = Authorization.AfterStep(profile.PhenomenonProcess!, stepId, at),
            Actions = Decide(stepId, by, at, decisionList),
            Recipients = ValueList<PartyReference>.From([.. Recipients, .. recipientList]),
        };
    }

    /// <summary>Whether <paramref name="by"/> may record <paramref name="entry"/> under step <paramref name="stepId"/> now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id.</param>
    /// <param name="by">Who would record it.</param>
    /// <param name="at">The instant the entry or decision would be recorded; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="entry">The entry, e.g. feedback received (EK 5.3: reviewed in Q4).</param>
    /// <returns>Allowed, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public LifecycleCheck CanRecord(RegionProfile profile, StepId stepId, Performer by, Instant at, RecordEntry entry)
    {
        Guard.Against.Null(entry);
        return CheckRecord(profile, stepId, by, at, entry, ValueList<RecordEntry>.From([entry]), ValueList<ActionDecision>.Empty);
    }

    /// <summary>Records one entry under a step (pending or performed), e.g. one piece of feedback on the report.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id.</param>
    /// <param name="by">Who records it: the step's actor.</param>
    /// <param name="at">The instant the entry or decision is recorded; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="entry">The entry.</param>
    /// <returns>The report with the entry in its history.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PersonalDataException">The entry holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanRecord(RegionProfile, StepId, Performer, Instant, RecordEntry)"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public PhenomenonReport Record(RegionProfile profile, StepId stepId, Performer by, Instant at, RecordEntry entry)
    {
        var entries = ValueList<RecordEntry>.From([Guard.Against.Null(entry)]);
        ActionLedger.Enforce(CanRecord(profile, stepId, by, at, entry), InWords, stepId, by);
        return Append(new PhenomenonEvent(PhenomenonEventKind.EntryRecorded, at, by, stepId, entries)) with { Authorization = Authorization.AfterEntry(at) };
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

    /// <summary>Decides one more action under a step that records decisions, before or after the step is performed; it gets the next number.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id: one that records decisions.</param>
    /// <param name="by">Who decides it: the step's actor.</param>
    /// <param name="at">The instant the entry or decision is recorded; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="decision">The decision.</param>
    /// <returns>The report with the action.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PersonalDataException">The description or the responsible person holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanRecord(RegionProfile, StepId, Performer, Instant, ActionDecision)"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public PhenomenonReport Record(RegionProfile profile, StepId stepId, Performer by, Instant at, ActionDecision decision)
    {
        var decisions = ValueList<ActionDecision>.From([Guard.Against.Null(decision)]);
        ActionLedger.Enforce(CanRecord(profile, stepId, by, at, decision), InWords, stepId, by);
        return Append(new PhenomenonEvent(PhenomenonEventKind.EntryRecorded, at, by, stepId, decisions: decisions)) with
        {
            Authorization = Authorization.AfterEntry(at),
            Actions = Decide(stepId, by, at, decisions),
        };
    }

    /// <summary>Whether <paramref name="by"/> may mark action <paramref name="actionNumber"/> as <paramref name="status"/> now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="actionNumber">The action's number.</param>
    /// <param name="status">Done or cancelled.</param>
    /// <param name="by">Who would change it.</param>
    /// <param name="at">The instant the action would be marked; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="note">What is noted with it, or null.</param>
    /// <returns>Allowed, or why not: the same rules as a compilation's actions (<c>region-mismatch</c>, <c>time-out-of-order</c>, <c>unknown-action</c>, <c>action-closed</c>, <c>wrong-actor</c>, <c>personal-data</c>).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not done or cancelled, or <paramref name="note"/> is empty or white space.</exception>
    public LifecycleCheck CanChangeActionStatus(RegionProfile profile, int actionNumber, ActionStatus status, Performer by, Instant at, string? note = null)
    {
        Guard.Against.Null(by);
        ActionLedger.RequireClosing(status, note);
        return First(CheckRegion(profile), () => ActionLedger.CheckStatusChange(profile, Actions, actionNumber, status, by, at, Authorization.LastAt, note, On));
    }

    /// <summary>Marks a decided action done or cancelled (final), by the actor that decided it or its responsible actor, as on compilations.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="actionNumber">The action's number.</param>
    /// <param name="status">Done or cancelled.</param>
    /// <param name="by">Who changes it.</param>
    /// <param name="at">The instant the action is marked done or cancelled; it becomes the action's <see cref="DecidedAction.ClosedAt"/>; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="note">What is noted with it, or null.</param>
    /// <returns>The report with the action's new status.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="status"/> is not done or cancelled, or <paramref name="note"/> is empty or white space.</exception>
    /// <exception cref="PersonalDataException">The note holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanChangeActionStatus"/>).</exception>
    public PhenomenonReport ChangeActionStatus(RegionProfile profile, int actionNumber, ActionStatus status, Performer by, Instant at, string? note = null)
    {
        ActionLedger.EnforceStatusChange(CanChangeActionStatus(profile, actionNumber, status, by, at, note), On, by);
        var step = Actions.First(a => a.Number == actionNumber).StepId;
        return Append(new PhenomenonEvent(PhenomenonEventKind.ActionStatusChanged, at, by, step, actionNumber: actionNumber, status: status, note: note)) with
        {
            Actions = ActionLedger.Close(Actions, actionNumber, status, by, at, note),
        };
    }

    /// <summary>The actions of <paramref name="phenomenonReports"/> still open although their follow-up date has passed, as <see cref="Compilation.OpenActionsPastFollowUp(IEnumerable{Compilation}, LocalDate)"/> lists a compilation's.</summary>
    /// <param name="phenomenonReports">Phenomenon reports, e.g. all of a region's.</param>
    /// <param name="asOf">The day to look from; an action whose follow-up date is this day is not yet past.</param>
    /// <returns>The actions, by follow-up date, then phenomenon report id (ordinal), then number.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phenomenonReports"/> is null or holds null.</exception>
    public static IReadOnlyList<DecidedAction> OpenActionsPastFollowUp(IEnumerable<PhenomenonReport> phenomenonReports, LocalDate asOf)
        => ActionLedger.OpenPastFollowUp(phenomenonReports, r => r.Actions, asOf, nameof(phenomenonReports));

    /// <summary>The actions of this report still open although their follow-up date has passed.</summary>
    /// <param name="asOf">The day to look from; an action whose follow-up date is this day is not yet past.</param>
    /// <returns>The actions, by follow-up date, then number.</returns>
    public IReadOnlyList<DecidedAction> OpenActionsPastFollowUp(LocalDate asOf) => OpenActionsPastFollowUp([this], asOf);

    /// <summary>Every entry of <paramref name="kind"/> recorded on the report, oldest first, e.g. the feedback.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<RecordEntry> Recorded(RecordKind kind) =>
        History.SelectMany(e => e.Entries).Where(e => e.Kind == kind).ToList();

    /// <summary>
    /// The annual clock's phenomenon activities this report has completed, so that <see cref="AnnualClock.Progress(IEnumerable{ActivityCompletion}, IEnumerable{PhenomenonReport}, LocalDate)"/>
    /// needs no hand-made record for them: the choice completes the profile's <see cref="ActivityKind.PhenomenonSelection"/>
    /// rules, each session the <see cref="ActivityKind.Workshop"/> rules, the completion step the
    /// <see cref="ActivityKind.Approval"/> rules, and each feedback entry the <see cref="ActivityKind.Feedback"/> rules,
    /// on the day it happened (Europe/Helsinki).
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <returns>The completions, by date; empty when the profile has no clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="LifecycleException">The report belongs to another region (<c>region-mismatch</c>).</exception>
    public IReadOnlyList<ActivityCompletion> ClockCompletions(RegionProfile profile)
    {
        CheckRegion(profile).ThrowIfRefused(InWords, null, null);
        var process = profile.PhenomenonProcess;
        var dates = new List<(ActivityKind Kind, LocalDate On)>();
        foreach (var e in History)
        {
            var on = FinnishTime.DateOf(e.At);
            switch (e.Kind)
            {
                case PhenomenonEventKind.Chosen:
                    dates.Add((ActivityKind.PhenomenonSelection, on));
                    break;
                case PhenomenonEventKind.WorkshopRecorded:
                    dates.Add((ActivityKind.Workshop, e.Session!.On));
                    break;
                case PhenomenonEventKind.StepPerformed when e.StepId == process?.CompletionStep.Id:
                    dates.Add((ActivityKind.Approval, on));
                    break;
            }

            dates.AddRange(e.Entries.Where(x => x.Kind == RecordKind.Feedback).Select(_ => (ActivityKind.Feedback, on)));
        }

        var rules = profile.Clock?.Rules ?? [];
        return dates
            .SelectMany(d => rules.Where(r => r.Activity == d.Kind).Select(r => new ActivityCompletion(r.Id, d.On)))
            .Distinct()
            .OrderBy(c => c.On)
            .ThenBy(c => c.RuleId.Value, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// What the report's performed steps mean for the evaluation (K table 1: a phenomenon report made; EK goals table:
    /// produced by the network, handled by ArTu): one <see cref="Evaluation.KnowledgeProductHandled"/> of the report's
    /// title per performed step after the choice, by the step's actor on the day it was performed, an approval when the
    /// step is the process's completion step. <see cref="Evaluation.Evaluator"/> reads them from the reports it is given.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <returns>The records, by date.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="LifecycleException">The report belongs to another region, or the profile has no phenomenon process.</exception>
    public IReadOnlyList<Evaluation.KnowledgeProductHandled> ActivityRecords(RegionProfile profile)
    {
        Guard.Against.Null(profile);
        var process = ProcessOf(profile);
        CheckRegion(profile).ThrowIfRefused(InWords, null, null);
        var title = Text?.Title ?? Selection.Title;
        return History
            .Where(e => e.Kind == PhenomenonEventKind.StepPerformed)
            .Select(e => Evaluation.KnowledgeProductHandled.Phenomenon(FinnishTime.DateOf(e.At), e.By.Actor, title, e.StepId == process.CompletionStep.Id))
            .ToList();
    }

    /// <summary>Returns the id, status and steps performed, never free text.</summary>
    /// <returns>For example <c>phenomenon report etela-karjala-phenomenon-2025: inProcess after workshops</c>.</returns>
    public override string ToString() => $"{InWords}: {CamelCase.Of(Status)} after {PerformedSteps[^1]}";

    private protected override ProcessDefinition ProcessOf(RegionProfile profile) =>
        profile.PhenomenonProcess ?? throw new LifecycleException(LifecycleRules.NoPhenomenonProcess, NoProcessMessage(profile, InWords), InWords);

    private static LifecycleCheck Configured(RegionProfile profile, string subject) =>
        profile.PhenomenonProcess is null || profile.PhenomenonReports is null
            ? LifecycleCheck.Refuse(LifecycleRules.NoPhenomenonProcess, NoProcessMessage(profile, subject))
            : LifecycleCheck.Allowed;

    private static string NoProcessMessage(RegionProfile profile, string subject) =>
        $"Region '{profile.Id}' has no phenomenon process, so {subject} cannot follow one; add 'phenomenonProcess' and 'phenomenonReports' to the profile.";

    // The engine reports personal data in entries; the ledger names every finding, decisions' too, so it is checked last.
    private static LifecycleCheck AllowPersonalData(LifecycleCheck check) => check.Code == LifecycleRules.PersonalData ? LifecycleCheck.Allowed : check;

    private LifecycleCheck CheckSessionStep(RegionProfile profile, StepId stepId, Performer by, Instant at)
    {
        var under = Authorization.CheckUnder(profile, profile.PhenomenonProcess!, stepId, by.Actor, at, InWords);
        if (!under.IsAllowed)
        {
            return under;
        }

        return Authorization.HasPerformed(stepId)
            ? LifecycleCheck.Refuse(LifecycleRules.StepAlreadyPerformed, $"Step '{stepId}' of {InWords} has been performed; its workshop sessions are recorded before it is.")
            : LifecycleCheck.Allowed;
    }

    private LifecycleCheck CheckParticipants(RegionProfile profile, WorkshopSession session)
    {
        if (session.Participants.Actors.FirstOrDefault(a => profile.FindActor(a) is null) is { Value: not null } actor)
        {
            return LifecycleCheck.Refuse(LifecycleRules.UnknownActor, $"A participant of the session of workshop {session.Workshop} on {InWords} is actor '{actor}', which region '{profile.Id}' does not have.");
        }

        var services = session.Participants.Services.Concat(session.Inputs.Select(i => i.ServiceId).OfType<ServiceId>());
        return services.FirstOrDefault(s => profile.FindService(s) is null) is { Value: not null } service
            ? LifecycleCheck.Refuse(LifecycleRules.UnknownService, $"The session of workshop {session.Workshop} on {InWords} names service '{PersonalDataScanner.Redact(service.Value)}', which region '{profile.Id}' does not have. Use one of: {string.Join(", ", profile.Services.Select(s => s.Id))}.")
            : LifecycleCheck.Allowed;
    }

    private LifecycleCheck CheckRecipients(RegionProfile profile, StepId stepId, ValueList<PartyReference> recipients)
    {
        if (recipients.Count == 0)
        {
            return LifecycleCheck.Allowed;
        }

        if (!profile.PhenomenonProcess!.GetStep(stepId).Accepts(RecordKind.Publication))
        {
            return LifecycleCheck.Refuse(LifecycleRules.RecordNotAccepted, $"Step '{stepId}' of {InWords} records no publication, so it names no recipients.");
        }

        return recipients.Select(r => r.Actor).FirstOrDefault(a => a is { } actor && profile.FindActor(actor) is null) is { } unknown
            ? LifecycleCheck.Refuse(LifecycleRules.UnknownActor, $"A recipient of {InWords} is actor '{unknown}', which region '{profile.Id}' does not have; name one of its actors or an external party.")
            : LifecycleCheck.Allowed;
    }

    private LifecycleCheck CheckRecord(RegionProfile profile, StepId stepId, Performer by, Instant at, RecordEntry standIn, ValueList<RecordEntry> entries, ValueList<ActionDecision> decisions)
    {
        SystemId.NotDefault(stepId, nameof(stepId));
        Guard.Against.Null(by);
        return First(
            CheckRegion(profile),
            () => Configured(profile, InWords),
            () => AllowPersonalData(Authorization.CheckEntry(profile, profile.PhenomenonProcess!, stepId, by.Actor, at, standIn, InWords)),
            () => ActionLedger.Check(profile, entries, decisions, InWords));
    }

    private void EnforceWrite(LifecycleCheck check, RegionProfile profile, Performer by) =>
        check.ThrowIfRefused(InWords, profile.PhenomenonReports?.WriteStep, by.Actor);

    // Replays a written text: from Write it is checked already; from a stored history it is checked here.
    private PhenomenonReport Apply(RegionProfile profile, PhenomenonEvent written)
    {
        EnforceWrite(CanWrite(profile, written.Text!, written.By, written.At), profile, written.By);
        return Append(written) with { Text = written.Text, Prevalence = written.Prevalence };
    }

    private ValueList<DecidedAction> Decide(StepId stepId, Performer by, Instant at, ValueList<ActionDecision> decisions) =>
        ActionLedger.Decide(Actions, decisions, (d, number) => new DecidedAction(default, number, d.Description, d.Responsible, d.FollowUp, stepId, by, at, phenomenonReport: Id));

    private PhenomenonReport Append(PhenomenonEvent entry) =>
        this with { History = ProcessHistory.Append(History, entry), Authorization = Authorization.AfterEntry(entry.At) };
}
