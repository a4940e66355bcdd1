using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

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

        return new ProcessSubject(subject, profile.Id).Private(Findings(entries, decisions));
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
    public static void Enforce(LifecycleCheck check, string subject, string? stepId, Performer by, ValueList<RecordEntry> entries, ValueList<ActionDecision> decisions)
    {
        if (check.Code == LifecycleRules.PersonalData)
        {
            throw new PersonalDataException(subject, Findings(entries, decisions));
        }

        check.ThrowIfRefused(subject, stepId, by.Actor);
    }

    /// <summary>The actions with <paramref name="decisions"/> appended, numbered on from the last.</summary>
    public static ValueList<DecidedAction> Decide(IReadOnlyList<DecidedAction> actions, ValueList<ActionDecision> decisions, Func<ActionDecision, int, DecidedAction> make) =>
        decisions.Count == 0
            ? ValueList<DecidedAction>.From(actions)
            : ValueList<DecidedAction>.From([.. actions, .. decisions.Select((d, i) => make(d, actions.Count + i + 1))]);
}
