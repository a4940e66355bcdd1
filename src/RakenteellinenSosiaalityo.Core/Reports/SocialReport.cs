using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>
/// A form-based social report (fi: lomakepohjainen sosiaalinen raportti, EK: SoRa) and where it is in its region's
/// report process (<see cref="RegionProfile.ReportProcess"/>), with its full history.
/// </summary>
/// <remarks>
/// <para>
/// Immutable: every operation returns the new report and appends one entry to <see cref="ProcessAggregate{TId, TEvent}.History"/> — who (actor and,
/// where known, person), when, what, and anything recorded. The history alone rebuilds the report
/// (<see cref="Rebuild"/>), equal to the live one.
/// </para>
/// <para>
/// The rules, the same for every operation: only the actor the profile names for a step performs it; a step waits for
/// the step it follows; a step is performed once — doing it again is refused with
/// <see cref="LifecycleRules.StepAlreadyPerformed"/>, never silently ignored; operations come in time order; a
/// withdrawn report is final. A broken rule throws <see cref="LifecycleException"/> naming the actor, the step and the
/// report; each operation has a <c>Can…</c> twin that answers first without throwing.
/// </para>
/// <para>
/// Privacy: a report cannot be submitted while its free text holds a personal identity code, a phone number or an
/// e-mail address, and no remark, reason or other recorded text may hold one (<see cref="PersonalDataException"/>,
/// naming the field and kind, never the value). A draft may hold anything until it is submitted.
/// </para>
/// <para>
/// <see cref="LifecycleAction.ReturnedForCompletion"/> sends the report back to its authors: the steps of the round are
/// void, the content may be revised, and the process starts again from submitting. <see cref="SubmittedAt"/> stays the
/// first submission, so the report keeps its reporting period.
/// </para>
/// </remarks>
public sealed record SocialReport : ProcessAggregate<ReportId, ReportEvent>
{
    private SocialReport(ReportId id, RegionId regionId, ReportContent content, ValueList<ReportEvent> history, ProcessAuthorization progress, Instant? submittedAt)
        : base(id, regionId, history, progress)
    {
        Content = content;
        SubmittedAt = submittedAt;
    }

    /// <summary>The report's current content.</summary>
    public ReportContent Content { get; }

    /// <summary>When the report was first submitted; null before. A return for completion does not change it.</summary>
    public Instant? SubmittedAt { get; }

    /// <summary>Whether the report has reached the completion step of its region's report process (fi: valmis koostettavaksi).</summary>
    public bool IsReadyForCompilation => Status == LifecycleStatus.Completed;

    private protected override string Noun => "report";

    /// <summary>Creates a draft report: nothing is submitted yet, and the first history entry records the content.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="id">The report's id.</param>
    /// <param name="content">What the report says.</param>
    /// <param name="by">Who creates it: the actor who performs the first step of the report process (the professionals).</param>
    /// <param name="at">The instant the report is created: its first history entry, before which no later operation may be dated.</param>
    /// <returns>The draft.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/>, <paramref name="content"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id.</exception>
    /// <exception cref="LifecycleException">The actor is not the one who submits reports (<c>wrong-actor</c>), or the content names a service or a phenomenon theme the profile does not have (<c>unknown-service</c>, <c>unknown-theme</c>).</exception>
    public static SocialReport Create(RegionProfile profile, ReportId id, ReportContent content, Performer by, Instant at)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(content);
        Guard.Against.Null(by);
        SystemId.NotDefault(id, nameof(id));

        var check = CheckContent(profile, content, id);
        if (check.IsAllowed && profile.ReportProcess.First.PerformedBy != by.Actor)
        {
            var first = profile.ReportProcess.First;
            check = LifecycleCheck.Refuse(
                LifecycleRules.WrongActor,
                $"A report is created by the performer of its first step '{first.Id}', '{profile.ActorNameForMessages(first.PerformedBy)}' ({first.PerformedBy}), not '{profile.ActorNameForMessages(by.Actor)}' ({by.Actor}).");
        }

        if (!check.IsAllowed)
        {
            check.ThrowIfRefused($"report {id}", profile.ReportProcess.First.Id, by.Actor);
        }

        var created = new ReportEvent(LifecycleAction.Created, at, by, content: content);
        return new SocialReport(id, profile.Id, content, ValueList<ReportEvent>.From([created]), ProcessAuthorization.Created(at), null);
    }

    /// <summary>Rebuilds a report from its history alone, checking every entry against the rules as if it happened now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="id">The report's id.</param>
    /// <param name="history">The history, oldest first, beginning with <see cref="LifecycleAction.Created"/>.</param>
    /// <returns>The report, equal to the one whose history it is.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="history"/> is null.</exception>
    /// <exception cref="LifecycleException">The history is empty, does not begin with creation, or has an entry the rules refuse (<c>invalid-history</c>; the message names the entry's index and the rule).</exception>
    public static SocialReport Rebuild(RegionProfile profile, ReportId id, IReadOnlyList<ReportEvent> history)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(history);
        SystemId.NotDefault(id, nameof(id));
        return ProcessHistory.Rebuild(
            history,
            $"report {id}",
            e => e is { Action: LifecycleAction.Created, Content: not null },
            "its creation (action 'created' with the content)",
            first => Create(profile, id, first.Content!, first.By, first.At),
            (report, e, index) => e.Action switch
            {
                LifecycleAction.Revised => report.Revise(profile, e.Content!, e.By, e.At),
                LifecycleAction.StepPerformed => report.Perform(profile, e.StepId!.Value, e.By, e.At, e.Entries),
                LifecycleAction.EntryRecorded => report.Record(profile, e.StepId!.Value, e.By, e.At, e.Entries[0]),
                LifecycleAction.ReturnedForCompletion => report.ReturnForCompletion(profile, e.By, e.At, e.Reason ?? string.Empty),
                LifecycleAction.Withdrawn => report.Withdraw(profile, e.By, e.At, e.Reason),
                _ => throw new LifecycleException(LifecycleRules.InvalidHistory, $"Entry {index} of the history of report {id} creates the report again.", $"report {id}"),
            });
    }

    /// <summary>Whether <paramref name="by"/> may revise the content now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="content">The new content.</param>
    /// <param name="by">Who would revise it.</param>
    /// <param name="at">The instant the content would be revised; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <returns>Allowed, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LifecycleCheck CanRevise(RegionProfile profile, ReportContent content, Performer by, Instant at)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(by);
        return First(CheckRegion(profile), () => CheckContent(profile, content, Id), () => Authorization.CheckRevise(profile, profile.ReportProcess, by.Actor, at, InWords));
    }

    /// <summary>Changes the content of a draft, or of a report returned for completion; the history keeps every version.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="content">The new content.</param>
    /// <param name="by">Who revises it: the performer of the first step.</param>
    /// <param name="at">The instant the content is revised; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <returns>The revised report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="LifecycleException">See <see cref="CanRevise"/>.</exception>
    public SocialReport Revise(RegionProfile profile, ReportContent content, Performer by, Instant at)
    {
        Enforce(CanRevise(profile, content, by, at), null, by);
        return Append(new ReportEvent(LifecycleAction.Revised, at, by, content: content), Authorization.AfterRevise(at), content);
    }

    /// <summary>Whether <paramref name="by"/> may submit the report now (perform the process's first step).</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="by">Who would submit it.</param>
    /// <param name="at">The instant the report would be submitted; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <returns>Allowed, or why not; <c>personal-data</c> when the content holds personal data.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LifecycleCheck CanSubmit(RegionProfile profile, Performer by, Instant at) =>
        CanPerform(profile, Guard.Against.Null(profile).ReportProcess.First.Id, by, at);

    /// <summary>Submits the report (performs the first step of the report process), after the privacy guard.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="by">Who submits it.</param>
    /// <param name="at">The instant the report is submitted; its Helsinki date decides the reporting period the report counts in; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <returns>The submitted report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PersonalDataException">The content holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanSubmit"/>).</exception>
    public SocialReport Submit(RegionProfile profile, Performer by, Instant at) =>
        Perform(profile, Guard.Against.Null(profile).ReportProcess.First.Id, by, at);

    /// <summary>Whether <paramref name="by"/> may perform step <paramref name="stepId"/> now, recording <paramref name="entries"/>.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id, e.g. <c>supervisor-review</c>.</param>
    /// <param name="by">Who would perform it.</param>
    /// <param name="at">The instant the step would be performed; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="entries">What the step would record.</param>
    /// <returns>Allowed, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="entries"/> holds null.</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public LifecycleCheck CanPerform(RegionProfile profile, StepId stepId, Performer by, Instant at, params IReadOnlyList<RecordEntry> entries)
    {
        SystemId.NotDefault(stepId, nameof(stepId));
        Guard.Against.Null(by);
        var list = ValueList.Required(entries, nameof(entries));

        // The checks in order, the first refusal wins; written out (no closures) as every operation of every report
        // runs them, a million reports rebuilt from one document.
        var check = CheckRegion(profile);
        if (check.IsAllowed)
        {
            var submitting = profile.ReportProcess.First.Id == stepId;
            check = Authorization.CheckStep(profile, profile.ReportProcess, stepId, by.Actor, at, list, InWords);
            if (check.IsAllowed && submitting)
            {
                check = CheckContent(profile, Content, Id);
            }

            if (check.IsAllowed && submitting && Content.FindPersonalData() is { Count: > 0 } findings)
            {
                check = Private(findings);
            }
        }

        // Personal data in the entries refuses submitting before the content is scanned: the refusal names the
        // content's findings too, so that it lists everything to remove at once.
        return check.Code == LifecycleRules.PersonalData && stepId == profile.ReportProcess.First.Id && check.Findings.All(f => f.Field.StartsWith("entries[", StringComparison.Ordinal))
            ? Private([.. Content.FindPersonalData(), .. check.Findings])
            : check;
    }

    /// <summary>Performs step <paramref name="stepId"/> of the report process, recording <paramref name="entries"/>.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id, e.g. <c>supervisor-review</c>; the first step submits the report.</param>
    /// <param name="by">Who performs it: the actor the profile names for the step.</param>
    /// <param name="at">The instant the step is performed, recorded in the history; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="entries">What the step records: every kind the step requires, and only kinds it accepts.</param>
    /// <returns>The report with the step performed.</returns>
    /// <exception cref="ArgumentNullException">An argument is null, or <paramref name="entries"/> holds null.</exception>
    /// <exception cref="PersonalDataException">The content (when submitting) or an entry holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanPerform"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public SocialReport Perform(RegionProfile profile, StepId stepId, Performer by, Instant at, params IReadOnlyList<RecordEntry> entries)
    {
        var list = ValueList.Required(entries, nameof(entries));
        Enforce(CanPerform(profile, stepId, by, at, list), stepId, by);
        var submittedAt = SubmittedAt ?? (stepId == profile.ReportProcess.First.Id ? at : null);
        return Append(new ReportEvent(LifecycleAction.StepPerformed, at, by, stepId, list), Authorization.AfterStep(profile.ReportProcess, stepId, at), Content, submittedAt);
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
        SystemId.NotDefault(stepId, nameof(stepId));
        Guard.Against.Null(by);
        Guard.Against.Null(entry);
        return First(CheckRegion(profile), () => Authorization.CheckEntry(profile, profile.ReportProcess, stepId, by.Actor, at, entry, InWords));
    }

    /// <summary>
    /// Records an entry under a step without completing it, e.g. the supervisor's remark before the report is processed.
    /// The step must be pending or performed, and the entry's kind one the step records.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="stepId">The step's id.</param>
    /// <param name="by">Who records it: the step's actor.</param>
    /// <param name="at">The instant the entry or decision is recorded; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="entry">The entry.</param>
    /// <returns>The report with the entry in its history.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="PersonalDataException">The entry holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanRecord"/>).</exception>
    /// <exception cref="ArgumentException"><paramref name="stepId"/> is the default id.</exception>
    public SocialReport Record(RegionProfile profile, StepId stepId, Performer by, Instant at, RecordEntry entry)
    {
        Enforce(CanRecord(profile, stepId, by, at, entry), stepId, by);
        return Append(new ReportEvent(LifecycleAction.EntryRecorded, at, by, stepId, [entry]), Authorization.AfterEntry(at), Content);
    }

    /// <summary>Whether <paramref name="by"/> may return the report to its authors for completion now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="by">Who would return it.</param>
    /// <param name="at">The instant the report would be returned; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="reason">What is to be completed.</param>
    /// <returns>Allowed, or why not.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public LifecycleCheck CanReturnForCompletion(RegionProfile profile, Performer by, Instant at, string reason)
    {
        Guard.Against.Null(by);
        Guard.Against.Null(reason);
        return First(
            CheckRegion(profile),
            () => Authorization.CheckReturn(profile, profile.ReportProcess, by.Actor, at, InWords),
            () => Private(PersonalDataScanner.Scan(reason, "reason")));
    }

    /// <summary>
    /// Returns the report to its authors for completion (fi: palautus täydennettäväksi): the steps of the round are void,
    /// the content may be revised, and the report must be submitted again. Done by the performer of a pending step.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="by">Who returns it.</param>
    /// <param name="at">The instant the report is returned for completion; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="reason">What is to be completed; required.</param>
    /// <returns>The returned report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    /// <exception cref="PersonalDataException">The reason holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanReturnForCompletion"/>).</exception>
    public SocialReport ReturnForCompletion(RegionProfile profile, Performer by, Instant at, string reason)
    {
        Guard.Against.NullOrBlank(reason);
        Enforce(CanReturnForCompletion(profile, by, at, reason), null, by);
        return Append(new ReportEvent(LifecycleAction.ReturnedForCompletion, at, by, reason: reason), Authorization.AfterReturn(at), Content);
    }

    /// <summary>Whether <paramref name="by"/> may withdraw the report now.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="by">Who would withdraw it.</param>
    /// <param name="at">The instant the report would be withdrawn; the check refuses an instant before the last entry of the history (<c>time-out-of-order</c>).</param>
    /// <param name="reason">Why, or null.</param>
    /// <returns>Allowed, or why not.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="by"/> is null.</exception>
    public LifecycleCheck CanWithdraw(RegionProfile profile, Performer by, Instant at, string? reason = null)
    {
        Guard.Against.Null(by);
        return First(
            CheckRegion(profile),
            () => Authorization.CheckWithdraw(profile, profile.ReportProcess, by.Actor, at, InWords),
            () => Private(PersonalDataScanner.Scan(reason, "reason")));
    }

    /// <summary>Withdraws the report (fi: raportin peruminen); final. Done by the actor who submits reports.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="by">Who withdraws it.</param>
    /// <param name="at">The instant the report is withdrawn; it must not be before the last entry of the history (operations are recorded in time order).</param>
    /// <param name="reason">Why, or null.</param>
    /// <returns>The withdrawn report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="by"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="reason"/> is empty or white space.</exception>
    /// <exception cref="PersonalDataException">The reason holds personal data.</exception>
    /// <exception cref="LifecycleException">Any other rule refuses it (see <see cref="CanWithdraw"/>).</exception>
    public SocialReport Withdraw(RegionProfile profile, Performer by, Instant at, string? reason = null)
    {
        if (reason is not null)
        {
            Guard.Against.NullOrBlank(reason);
        }

        Enforce(CanWithdraw(profile, by, at, reason), null, by);
        return Append(new ReportEvent(LifecycleAction.Withdrawn, at, by, reason: reason), Authorization.AfterWithdraw(at), Content);
    }

    /// <summary>Every entry of <paramref name="kind"/> recorded in the history, oldest first, e.g. the supervisor's remarks.</summary>
    /// <param name="kind">The kind of entry.</param>
    /// <returns>The entries.</returns>
    public IReadOnlyList<RecordEntry> Recorded(RecordKind kind) =>
        History.SelectMany(e => e.Entries).Where(e => e.Kind == kind).ToList();

    /// <summary>
    /// The status the report had at <paramref name="at"/>, and whether it was ready for compilation then, read from the
    /// history (operations after <paramref name="at"/> do not count).
    /// </summary>
    internal (LifecycleStatus Status, bool Ready) StateAt(ProcessDefinition process, Instant at)
    {
        // The last entry's instant is kept beside the status (every operation sets both): no walk into the history
        // for a report unchanged since the cutoff, as a compiler reading a million reports mostly meets.
        if (Authorization.LastAt is not { } last || last <= at)
        {
            return (Status, IsReadyForCompilation);
        }

        var status = LifecycleStatus.Draft;
        var completed = false;
        foreach (var e in History)
        {
            if (e.At > at)
            {
                break;
            }

            switch (e.Action)
            {
                case LifecycleAction.StepPerformed when e.StepId == process.First.Id:
                    completed = e.StepId == process.CompletionStep.Id;
                    status = completed ? LifecycleStatus.Completed : LifecycleStatus.InProcess;
                    break;
                case LifecycleAction.StepPerformed when e.StepId == process.CompletionStep.Id:
                    completed = true;
                    status = LifecycleStatus.Completed;
                    break;
                case LifecycleAction.ReturnedForCompletion:
                    completed = false;
                    status = LifecycleStatus.Returned;
                    break;
                case LifecycleAction.Withdrawn:
                    status = LifecycleStatus.Withdrawn;
                    break;
            }
        }

        return (status, completed && status == LifecycleStatus.Completed);
    }

    /// <summary>Returns the id, region and status.</summary>
    /// <returns>For example <c>report R-17 (etela-karjala): Completed</c> (the status as its enum name).</returns>
    public override string ToString() => $"{InWords} ({RegionId}): {Status}";

    // The report's name in words is made only for a refusal's message (it is the same as InWords).
    private static LifecycleCheck CheckContent(RegionProfile profile, ReportContent content, ReportId id)
    {
        if (profile.FindService(content.ServiceId) is null)
        {
            return LifecycleCheck.Refuse(
                LifecycleRules.UnknownService,
                $"The content of report {id} names service '{content.ServiceId}', which region '{profile.Id}' does not have. Use one of: {string.Join(", ", profile.Services.Select(s => s.Id))}.");
        }

        if (content.AreaId is { } area && profile.FindArea(area) is null)
        {
            return LifecycleCheck.Refuse(
                LifecycleRules.UnknownArea,
                $"The content of report {id} names municipality or area '{area}' (areaId), which region '{profile.Id}' does not have. Use one of: {(profile.Areas.Count == 0 ? "none; leave areaId out" : string.Join(", ", profile.Areas.Select(a => a.Id)))}.");
        }

        ThemeId? unknown = null;
        for (var i = 0; i < content.Themes.Count && unknown is null; i++)
        {
            unknown = profile.FindTheme(content.Themes[i]) is null ? content.Themes[i] : null;
        }

        return unknown is not null
            ? LifecycleCheck.Refuse(
                LifecycleRules.UnknownTheme,
                $"The content of report {id} names phenomenon theme '{unknown}', which region '{profile.Id}' does not have. Use one of: {string.Join(", ", profile.PhenomenonThemes.Select(t => t.Id))}.")
            : LifecycleCheck.Allowed;
    }

    private LifecycleCheck Private(IReadOnlyList<PersonalDataFinding> findings) => On.Private(findings);

    private protected override ProcessDefinition ProcessOf(RegionProfile profile) => profile.ReportProcess;

    private void Enforce(LifecycleCheck check, StepId? stepId, Performer by)
    {
        // The name in words only for a refusal: an allowed check throws nothing.
        if (!check.IsAllowed)
        {
            check.ThrowIfRefused(InWords, stepId, by.Actor);
        }
    }

    private SocialReport Append(ReportEvent entry, ProcessAuthorization next, ReportContent content, Instant? submittedAt = null) =>
        new(Id, RegionId, content, ProcessHistory.Append(History, entry), next, submittedAt ?? SubmittedAt);
}
