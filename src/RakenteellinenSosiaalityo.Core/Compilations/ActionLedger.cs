using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The decided actions of any aggregate that follows a process with a decision step (compilations, phenomenon
/// reports): the checks of what is recorded and decided, the privacy findings, and numbering new actions on.
/// </summary>
internal static class ActionLedger
{
    /// <summary>Stands for a decided action in the engine's checks, so that a step that must record a decision accepts one.</summary>
    public static readonly RecordEntry DecisionMarker = new(RecordKind.Decision, "decision");

    /// <summary>The entries the engine checks for a step: the entries, and one decision marker per decision.</summary>
    public static IReadOnlyList<RecordEntry> WithMarkers(ValueList<RecordEntry> entries, ValueList<ActionDecision> decisions) =>
        [.. entries, .. decisions.Select(_ => DecisionMarker)];

    /// <summary>Refuses a decision naming a responsible actor the profile does not have, and personal data in entries and decisions.</summary>
    public static LifecycleCheck Check(RegionProfile profile, ValueList<RecordEntry> entries, ValueList<ActionDecision> decisions, string subject)
    {
        for (var i = 0; i < decisions.Count; i++)
        {
            if (decisions[i].Responsible.Actor is { } actor && profile.FindActor(actor) is null)
            {
                return LifecycleCheck.Refuse(
                    LifecycleRules.UnknownActor,
                    $"Decision {i} on {subject} names responsible actor '{PersonalDataScanner.Redact(actor.ToString())}', which region '{profile.Id}' does not have. Use one of: {string.Join(", ", profile.Actors.Select(a => a.Id))}, or name a person.");
            }
        }

        return new ProcessTarget(subject, profile.Id).Private(Findings(entries, decisions));
    }

    /// <summary>The personal data in the entries' texts and the decisions' descriptions and persons.</summary>
    public static List<PersonalDataFinding> Findings(ValueList<RecordEntry> entries, ValueList<ActionDecision> decisions)
    {
        var findings = new List<PersonalDataFinding>();
        for (var i = 0; i < entries.Count; i++)
        {
            findings.AddRange(PersonalDataScanner.Scan(entries[i].Text, $"entries[{i}].text"));
        }

        for (var i = 0; i < decisions.Count; i++)
        {
            findings.AddRange(PersonalDataScanner.Scan(decisions[i].Description, $"decisions[{i}].description"));
            findings.AddRange(PersonalDataScanner.Scan(decisions[i].Responsible.Person, $"decisions[{i}].responsible.person"));
        }

        return findings;
    }

    /// <summary>Throws the refusal: personal data as <see cref="PersonalDataException"/> naming every finding, any other rule as <see cref="LifecycleException"/>.</summary>
    public static void Enforce(LifecycleCheck check, string subject, StepId? stepId, Performer by) =>
        check.ThrowIfRefused(subject, stepId, by.Actor);

    /// <summary>The actions with <paramref name="decisions"/> appended, numbered on from the last.</summary>
    public static ValueList<DecidedAction> Decide(IReadOnlyList<DecidedAction> actions, ValueList<ActionDecision> decisions, Func<ActionDecision, int, DecidedAction> make) =>
        decisions.Count == 0
            ? ValueList<DecidedAction>.From(actions)
            : ValueList<DecidedAction>.From([.. actions, .. decisions.Select((d, i) => make(d, actions.Count + i + 1))]);

    /// <summary>The argument rules of a status change: done or cancelled, and a note that is null or has text.</summary>
    /// <exception cref="ArgumentException">The status is open or undefined, or the note is empty or white space.</exception>
    public static void RequireClosing(ActionStatus status, string? note)
    {
        if (status is not (ActionStatus.Done or ActionStatus.Cancelled))
        {
            throw new ArgumentException("An action is marked done or cancelled; an open action stays open until then, and a closed one is never reopened.", nameof(status));
        }

        if (note is not null)
        {
            Guard.Against.NullOrBlank(note);
        }
    }

    /// <summary>
    /// Whether <paramref name="by"/> may mark action <paramref name="actionNumber"/> as <paramref name="status"/> at
    /// <paramref name="at"/>: time order, a known and open action, the actor that decided it or its responsible actor,
    /// no personal data in the note.
    /// </summary>
    public static LifecycleCheck CheckStatusChange(RegionProfile profile, IReadOnlyList<DecidedAction> actions, int actionNumber, ActionStatus status, Performer by, Instant at, Instant? lastAt, string? note, ProcessTarget on)
    {
        if (lastAt is { } last && at < last)
        {
            return LifecycleCheck.Refuse(
                LifecycleRules.TimeOutOfOrder,
                $"The operation on {on} is dated {at}, before the last entry of its history ({last}); operations are recorded in time order.");
        }

        if (actions.FirstOrDefault(a => a.Number == actionNumber) is not { } action)
        {
            return LifecycleCheck.Refuse(LifecycleRules.UnknownAction, $"{on.Capitalized} has no action {actionNumber}; its actions are numbered 1 to {actions.Count}.");
        }

        if (action.Status != ActionStatus.Open)
        {
            return LifecycleCheck.Refuse(LifecycleRules.ActionClosed, $"Action {actionNumber} of {on} is already {CamelCase.Of(action.Status)}; done and cancelled are final. Decide a new action instead.");
        }

        if (by.Actor != action.DecidedBy.Actor && by.Actor != action.Responsible.Actor)
        {
            var responsible = action.Responsible.Actor is { } r ? $" or its responsible actor '{profile.ActorNameForMessages(r)}' ({r})" : string.Empty;
            return LifecycleCheck.Refuse(
                LifecycleRules.WrongActor,
                $"Action {actionNumber} of {on} is marked {CamelCase.Of(status)} by the actor that decided it, '{profile.ActorNameForMessages(action.DecidedBy.Actor)}' ({action.DecidedBy.Actor}){responsible}, not '{profile.ActorNameForMessages(by.Actor)}' ({by.Actor}).");
        }

        return on.Private(PersonalDataScanner.Scan(note, "note"));
    }

    /// <summary>Throws the refusal of a status change (personal data in the note, or any other rule).</summary>
    public static void EnforceStatusChange(LifecycleCheck check, ProcessTarget on, Performer by) =>
        check.ThrowIfRefused(on.InWords, null, by.Actor);

    /// <summary>
    /// The actions still open although their follow-up date is before <paramref name="asOf"/>: by follow-up date, then
    /// the id of the compilation or phenomenon report they were decided on (ordinal), then number, so that the answer
    /// does not depend on the order the aggregates were given in.
    /// </summary>
    /// <exception cref="ArgumentNullException"><paramref name="aggregates"/> is null or holds null (named <paramref name="parameterName"/>).</exception>
    public static IReadOnlyList<DecidedAction> OpenPastFollowUp<T>(IEnumerable<T> aggregates, Func<T, IReadOnlyList<DecidedAction>> actionsOf, LocalDate asOf, string parameterName)
        where T : class
    {
        Guard.Against.Null(aggregates, parameterName);
        return aggregates
            .SelectMany(a => actionsOf(Guard.Against.Null(a, parameterName)))
            .Where(a => a.IsOpenPastFollowUp(asOf))
            .OrderBy(a => a.FollowUp)
            .ThenBy(a => a.PhenomenonReport?.Value ?? a.Compilation.Value, StringComparer.Ordinal)
            .ThenBy(a => a.Number)
            .ToList();
    }

    /// <summary>The actions with action <paramref name="actionNumber"/> closed.</summary>
    public static ValueList<DecidedAction> Close(IReadOnlyList<DecidedAction> actions, int actionNumber, ActionStatus status, Performer by, Instant at, string? note) =>
        ValueList<DecidedAction>.From(actions.Select(a => a.Number == actionNumber ? a.Closed(status, by, at, note) : a));
}
