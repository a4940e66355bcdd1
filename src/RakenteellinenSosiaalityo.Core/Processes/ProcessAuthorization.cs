using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The authorization engine of every process-driven aggregate (reports, compilations, phenomenon reports): how far it
/// has come in its region's process, and who may do what next (named actor only, steps in order, no step twice, time
/// order), so that all three keep the same guarantees.
/// </summary>
/// <param name="Performed">The steps performed in the current round (since the first step was last performed), in order.</param>
/// <param name="Status">The status.</param>
/// <param name="LastAt">When the last history entry happened; null before any.</param>
internal sealed record ProcessAuthorization(ValueList<StepId> Performed, LifecycleStatus Status, Instant? LastAt)
{
    public static ProcessAuthorization Created(Instant at) => new(ValueList<StepId>.Empty, LifecycleStatus.Draft, at);

    public bool HasPerformed(StepId stepId) => Holds(Performed, stepId);

    // A loop, not LINQ's Contains: asked several times by every operation.
    private static bool Holds(ValueList<StepId> steps, StepId stepId)
    {
        for (var i = 0; i < steps.Count; i++)
        {
            if (steps[i] == stepId)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The steps that may be performed next: not yet performed, and the step each follows performed.</summary>
    public IEnumerable<ProcessStep> Pending(ProcessDefinition process)
    {
        if (Status is LifecycleStatus.Draft or LifecycleStatus.Returned)
        {
            return [process.First];
        }

        if (Status == LifecycleStatus.Withdrawn)
        {
            return [];
        }

        return process.Steps.Where(s => !HasPerformed(s.Id) && process.Predecessor(s) is { } before && HasPerformed(before.Id));
    }

    // restartable: whether the subject can be returned for completion (a report) and so start again; a compilation
    // cannot, and its message must not say so.
    public LifecycleCheck CheckStep(RegionProfile profile, ProcessDefinition process, StepId stepId, ActorId actor, Instant at, IReadOnlyList<RecordEntry> entries, string subject, bool restartable = true)
    {
        if (CheckCommon(at, subject) is { IsAllowed: false } common)
        {
            return common;
        }

        if (process.FindStep(stepId) is not { } step)
        {
            return UnknownStep(process, stepId, subject);
        }

        if (CheckActor(profile, step, actor, subject) is { IsAllowed: false } wrongActor)
        {
            return wrongActor;
        }

        var isFirst = ReferenceEquals(step, process.First);
        var restarting = Status is LifecycleStatus.Draft or LifecycleStatus.Returned;
        if (isFirst != restarting)
        {
            // The first step while the process is under way was performed when it started; a later step while the
            // subject is a draft or returned comes too early (a return empties the steps performed, so none of the
            // round is performed then).
            if (isFirst)
            {
                return LifecycleCheck.Refuse(
                    LifecycleRules.StepAlreadyPerformed,
                    restartable
                        ? $"Step '{step.Id}' of {subject} has already been performed; a step is performed once (return the subject for completion to start again)."
                        : $"Step '{step.Id}' of {subject} has already been performed; a step is performed once.");
            }

            return LifecycleCheck.Refuse(
                LifecycleRules.StepOutOfOrder,
                $"Step '{step.Id}' of {subject} cannot be performed yet: the process starts with step '{process.First.Id}'.");
        }

        if (HasPerformed(step.Id))
        {
            return LifecycleCheck.Refuse(
                LifecycleRules.StepAlreadyPerformed,
                $"Step '{step.Id}' of {subject} has already been performed; a step is performed once.");
        }

        if (process.Predecessor(step) is { } before && !HasPerformed(before.Id))
        {
            return LifecycleCheck.Refuse(
                LifecycleRules.StepOutOfOrder,
                $"Step '{step.Id}' of {subject} must wait for step '{before.Id}', which has not been performed.");
        }

        foreach (var entry in entries)
        {
            if (!step.Accepts(entry.Kind))
            {
                return NotAccepted(step, entry.Kind, subject);
            }
        }

        foreach (var required in step.Records)
        {
            if (!entries.Any(e => e.Kind == required))
            {
                return LifecycleCheck.Refuse(
                    LifecycleRules.RecordMissing,
                    $"Step '{step.Id}' of {subject} must record at least one {CamelCase.Of(required)}; none was given.");
            }
        }

        return CheckText(entries, subject);
    }

    public ProcessAuthorization AfterStep(ProcessDefinition process, StepId stepId, Instant at)
    {
        // The first step is performed only while nothing is (a draft, or returned: a return empties the list), so the
        // round it starts holds it alone.
        var performed = Performed.With(process.GetStep(stepId).Id);
        var completed = Holds(performed, process.CompletionStep.Id);
        return new(performed, completed ? LifecycleStatus.Completed : LifecycleStatus.InProcess, at);
    }

    public LifecycleCheck CheckEntry(RegionProfile profile, ProcessDefinition process, StepId stepId, ActorId actor, Instant at, RecordEntry entry, string subject)
    {
        if (CheckUnder(profile, process, stepId, actor, at, subject) is { IsAllowed: false } under)
        {
            return under;
        }

        var step = process.GetStep(stepId);
        return step.Accepts(entry.Kind) ? CheckText([entry], subject) : NotAccepted(step, entry.Kind, subject);
    }

    /// <summary>Whether <paramref name="actor"/> may do something under step <paramref name="stepId"/> now: the step's actor, in time order, the step pending or performed.</summary>
    public LifecycleCheck CheckUnder(RegionProfile profile, ProcessDefinition process, StepId stepId, ActorId actor, Instant at, string subject)
    {
        if (CheckCommon(at, subject) is { IsAllowed: false } common)
        {
            return common;
        }

        if (process.FindStep(stepId) is not { } step)
        {
            return UnknownStep(process, stepId, subject);
        }

        if (CheckActor(profile, step, actor, subject) is { IsAllowed: false } wrongActor)
        {
            return wrongActor;
        }

        if (Status is not (LifecycleStatus.InProcess or LifecycleStatus.Completed))
        {
            return NotInProcess(subject);
        }

        if (!HasPerformed(step.Id) && !Pending(process).Contains(step))
        {
            return LifecycleCheck.Refuse(
                LifecycleRules.StepOutOfOrder,
                $"Nothing can be recorded under step '{step.Id}' of {subject} yet: the step it follows has not been performed.");
        }

        return LifecycleCheck.Allowed;
    }

    public ProcessAuthorization AfterEntry(Instant at) => this with { LastAt = at };

    public LifecycleCheck CheckReturn(RegionProfile profile, ProcessDefinition process, ActorId actor, Instant at, string subject)
    {
        if (CheckCommon(at, subject) is { IsAllowed: false } common)
        {
            return common;
        }

        if (Status is not (LifecycleStatus.InProcess or LifecycleStatus.Completed))
        {
            return NotInProcess(subject);
        }

        var reviewers = Pending(process).Where(s => s.PerformedBy == actor).ToList();
        if (reviewers.Count == 0)
        {
            var pending = Pending(process).ToList();
            var who = pending.Count == 0
                ? "nobody: every step has been performed"
                : string.Join(", ", pending.Select(s => $"'{profile.ActorNameForMessages(s.PerformedBy)}' ({s.PerformedBy}) at step '{s.Id}'"));
            return LifecycleCheck.Refuse(
                LifecycleRules.WrongActor,
                $"{Capitalize(subject)} can be returned for completion only by the performer of a pending step, not by '{profile.ActorNameForMessages(actor)}' ({actor}); now that is {who}.");
        }

        return LifecycleCheck.Allowed;
    }

    public ProcessAuthorization AfterReturn(Instant at) => this with { Performed = ValueList<StepId>.Empty, Status = LifecycleStatus.Returned, LastAt = at };

    public LifecycleCheck CheckWithdraw(RegionProfile profile, ProcessDefinition process, ActorId actor, Instant at, string subject)
    {
        if (CheckCommon(at, subject) is { IsAllowed: false } common)
        {
            return common;
        }

        return CheckActor(profile, process.First, actor, subject, "withdraw");
    }

    public ProcessAuthorization AfterWithdraw(Instant at) => this with { Status = LifecycleStatus.Withdrawn, LastAt = at };

    public LifecycleCheck CheckRevise(RegionProfile profile, ProcessDefinition process, ActorId actor, Instant at, string subject)
    {
        if (CheckCommon(at, subject) is { IsAllowed: false } common)
        {
            return common;
        }

        if (CheckActor(profile, process.First, actor, subject, "revise") is { IsAllowed: false } wrongActor)
        {
            return wrongActor;
        }

        return Status is LifecycleStatus.Draft or LifecycleStatus.Returned
            ? LifecycleCheck.Allowed
            : LifecycleCheck.Refuse(
                LifecycleRules.NotEditable,
                $"The content of {subject} cannot be changed now that it is {CamelCase.Of(Status)}; it can be changed before it is submitted or after it is returned for completion.");
    }

    public ProcessAuthorization AfterRevise(Instant at) => this with { LastAt = at };

    private LifecycleCheck CheckCommon(Instant at, string subject)
    {
        if (Status == LifecycleStatus.Withdrawn)
        {
            return LifecycleCheck.Refuse(LifecycleRules.Withdrawn, $"{Capitalize(subject)} has been withdrawn; nothing more can be done to it.");
        }

        if (LastAt is { } last && at < last)
        {
            return LifecycleCheck.Refuse(
                LifecycleRules.TimeOutOfOrder,
                $"The operation on {subject} is dated {at}, before the last entry of its history ({last}); operations are recorded in time order.");
        }

        return LifecycleCheck.Allowed;
    }

    private static LifecycleCheck CheckActor(RegionProfile profile, ProcessStep step, ActorId actor, string subject, string? what = null)
    {
        if (step.PerformedBy == actor)
        {
            return LifecycleCheck.Allowed;
        }

        var action = what is null ? $"Step '{step.Id}' of {subject} must be performed" : $"Only the performer of step '{step.Id}' may {what} {subject}: that is";
        return LifecycleCheck.Refuse(
            LifecycleRules.WrongActor,
            what is null
                ? $"{action} by '{profile.ActorNameForMessages(step.PerformedBy)}' ({step.PerformedBy}), not '{profile.ActorNameForMessages(actor)}' ({actor})."
                : $"{action} '{profile.ActorNameForMessages(step.PerformedBy)}' ({step.PerformedBy}), not '{profile.ActorNameForMessages(actor)}' ({actor}).");
    }

    private static LifecycleCheck CheckText(IReadOnlyList<RecordEntry> entries, string subject)
    {
        var findings = new List<PersonalDataFinding>();
        for (var i = 0; i < entries.Count; i++)
        {
            findings.AddRange(PersonalDataScanner.Scan(entries[i].Text, $"entries[{i}].text"));
        }

        return new ProcessTarget(subject, default).Private(findings);
    }

    private static LifecycleCheck UnknownStep(ProcessDefinition process, StepId stepId, string subject) =>
        LifecycleCheck.Refuse(
            LifecycleRules.UnknownStep,
            $"The process of {subject} has no step '{PersonalDataScanner.Redact(stepId.Value)}'. Its steps are: {string.Join(", ", process.Steps.Select(s => s.Id))}.");

    private static LifecycleCheck NotAccepted(ProcessStep step, RecordKind kind, string subject)
    {
        var accepted = step.Records.Concat(step.MayRecord).Distinct().Select(CamelCase.Of).ToList();
        return LifecycleCheck.Refuse(
            LifecycleRules.RecordNotAccepted,
            $"Step '{step.Id}' of {subject} does not record a {CamelCase.Of(kind)}; it records {(accepted.Count == 0 ? "nothing" : string.Join(", ", accepted))}.");
    }

    private static LifecycleCheck NotInProcess(string subject) =>
        LifecycleCheck.Refuse(LifecycleRules.NotInProcess, $"{Capitalize(subject)} is not in process: submit it (perform its first step) first.");

    private static string Capitalize(string text) => ProcessTarget.Capitalize(text);
}
