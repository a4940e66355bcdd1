namespace RakenteellinenSosiaalityo.Core;

/// <summary>
/// Base of every exception this library throws when a domain rule is broken (an invalid region profile, a step
/// performed by the wrong actor, personal data in a report). A caller's programming error (a null argument, an
/// empty id) is an <see cref="ArgumentException"/> instead.
/// </summary>
/// <remarks>
/// <see cref="Code"/> is stable across versions and meant for programs; the message is meant for people. Messages
/// are culture-invariant and never echo free text that could carry personal data.
/// </remarks>
public abstract class DomainException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable, machine-readable code of the broken rule, e.g. <c>profile-invalid</c>.</param>
    /// <param name="message">A message for people that names the rule and what to do.</param>
    /// <param name="innerException">The exception that caused this one, if any.</param>
    protected DomainException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    /// <summary>The stable, machine-readable code of the broken rule, e.g. <c>profile-invalid</c>.</summary>
    public string Code { get; }
}
