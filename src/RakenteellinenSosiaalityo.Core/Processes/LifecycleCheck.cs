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
    private LifecycleCheck(string? code, string? message)
    {
        Code = code;
        Message = message;
    }

    /// <summary>The check that allows.</summary>
    public static LifecycleCheck Allowed => default;

    /// <summary>Whether the operation is allowed.</summary>
    public bool IsAllowed => Code is null;

    /// <summary>The code of the rule that refuses it (see <see cref="LifecycleRules"/>); null when allowed.</summary>
    public string? Code { get; }

    /// <summary>Why it is refused, for people; null when allowed.</summary>
    public string? Message { get; }

    /// <summary>Returns "allowed", or the code and message.</summary>
    /// <returns>The check in words.</returns>
    public override string ToString() => IsAllowed ? "allowed" : $"{Message} [{Code}]";

    internal static LifecycleCheck Refuse(string code, string message) => new(code, message);

    internal void ThrowIfRefused(string subject, string? stepId, Actors.ActorId? actor)
    {
        if (!IsAllowed)
        {
            throw new LifecycleException(Code!, Message!, subject, stepId, actor);
        }
    }
}
