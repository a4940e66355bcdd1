using System.Text;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Validation;

/// <summary>
/// Thrown when data the caller asked to load or build breaks one or more rules; carries every problem found, not
/// only the first.
/// </summary>
public sealed class ValidationException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="code">The stable code of what failed, e.g. <c>profile-invalid</c>.</param>
    /// <param name="subject">What was validated, for the message, e.g. "Region profile 'x.json'".</param>
    /// <param name="problems">The problems found; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty.</exception>
    public ValidationException(string code, string subject, IEnumerable<ValidationProblem> problems)
        : this(code, subject, ValueList.From(problems, nameof(problems)))
    {
    }

    private ValidationException(string code, string subject, ValueList<ValidationProblem> problems)
        : base(code, BuildMessage(subject, problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, in document order.</summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    private static string BuildMessage(string subject, ValueList<ValidationProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("A validation exception needs at least one problem.", nameof(problems));
        }

        var text = new StringBuilder();
        text.Append(subject).Append(" is invalid: ").Append(problems.Count).Append(problems.Count == 1 ? " problem." : " problems.");
        foreach (var problem in problems)
        {
            text.Append('\n').Append("  - ").Append(problem);
        }

        return text.ToString();
    }
}
