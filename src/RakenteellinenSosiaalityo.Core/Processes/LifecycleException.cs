using RakenteellinenSosiaalityo.Core.Actors;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// Thrown when an operation on a report or a compilation breaks its region's process: the wrong actor, a step out
/// of order or performed twice, a missing record, a withdrawn subject (see <see cref="LifecycleRules"/> for the codes).
/// </summary>
/// <remarks>The message names the rule, the step, the actor and the subject, and never echoes free text.</remarks>
public sealed class LifecycleException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The rule's code, one of <see cref="LifecycleRules"/>.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="subject">What the operation was on, e.g. <c>report R-17</c>.</param>
    /// <param name="stepId">The step concerned, if any.</param>
    /// <param name="actor">The actor who tried, if any.</param>
    public LifecycleException(string code, string message, string subject, StepId? stepId = null, ActorId? actor = null)
        : base(code, message)
    {
        Subject = subject;
        StepId = stepId;
        Actor = actor;
    }

    /// <summary>What the operation was on, e.g. <c>report R-17</c>.</summary>
    public string Subject { get; }

    /// <summary>The id of the step concerned; null when the operation is not a step.</summary>
    public StepId? StepId { get; }

    /// <summary>The actor who tried; null when not relevant.</summary>
    public ActorId? Actor { get; }
}
