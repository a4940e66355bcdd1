using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The answer to "may this be done now?" about a report or a compilation: allowed, or refused with the rule's
/// <see cref="Code"/> and a message that names the rule, the actor and the step.
/// </summary>
/// <remarks>
/// Every operation that throws <see cref="LifecycleException"/> has a <c>Can…</c> twin returning this, so a caller can
/// ask first. <c>default</c> is allowed.
/// </remarks>
public readonly record struct LifecycleCheck
{
    private readonly ValueList<PersonalDataFinding>? findings;

    private LifecycleCheck(string? code, string? message, ValueList<PersonalDataFinding>? findings = null)
    {
        Code = code;
        Message = message;
        this.findings = findings;
    }

    /// <summary>The check that allows.</summary>
    public static LifecycleCheck Allowed => default;

    /// <summary>Whether the operation is allowed.</summary>
    public bool IsAllowed => Code is null;

    /// <summary>The code of the rule that refuses it (see <see cref="LifecycleRules"/>); null when allowed.</summary>
    public string? Code { get; }

    /// <summary>Why it is refused, for people; null when allowed.</summary>
    public string? Message { get; }

    /// <summary>
    /// The personal data that refuses it (field, kind and position, never the value) when <see cref="Code"/> is
    /// <see cref="LifecycleRules.PersonalData"/>, from the one scan the check made; empty otherwise. The operation
    /// that throws the refusal puts the same findings in its <see cref="PersonalDataException"/>.
    /// </summary>
    public IReadOnlyList<PersonalDataFinding> Findings => findings ?? ValueList<PersonalDataFinding>.Empty;

    /// <summary>Returns "allowed", or the code and message.</summary>
    /// <returns>The check in words.</returns>
    public override string ToString() => IsAllowed ? "allowed" : $"{Message} [{Code}]";

    internal static LifecycleCheck Refuse(string code, string message) => new(code, message);

    // A refusal for personal data keeps its findings, so that throwing it needs no second scan.
    internal static LifecycleCheck RefusePersonalData(string subject, IReadOnlyList<PersonalDataFinding> findings)
    {
        var list = ValueList.FromValues(findings);
        return new(LifecycleRules.PersonalData, new PersonalDataException(subject, list).Message, list);
    }

    // Personal data as PersonalDataException with the check's findings, any other rule as LifecycleException.
    internal void ThrowIfRefused(string subject, StepId? stepId, Actors.ActorId? actor)
    {
        // A personal-data refusal is made only by RefusePersonalData, always with its findings.
        if (Code == LifecycleRules.PersonalData)
        {
            throw new PersonalDataException(subject, Findings);
        }

        if (!IsAllowed)
        {
            throw new LifecycleException(Code!, Message!, subject, stepId, actor);
        }
    }
}
