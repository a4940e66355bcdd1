using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Validation;

/// <summary>
/// Base of the exceptions an operation throws for the problems its checking function found (e.g.
/// <see cref="Compilations.Compiler.Check"/>, <see cref="Evaluation.Evaluator.Check"/>): the throwing method is a thin
/// wrapper that throws them all.
/// </summary>
/// <remarks>
/// <see cref="DomainException.Code"/> is the first problem's code, and the message starts with the first problem's
/// message, so that a single broken rule reads as it would alone.
/// </remarks>
public abstract class ProblemsException : DomainException
{
    /// <summary>Creates the exception for one broken rule.</summary>
    /// <param name="code">The rule's code.</param>
    /// <param name="message">What is wrong and what to do.</param>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="message"/> is null, empty or white space.</exception>
    protected ProblemsException(string code, string message)
        : base(code, message)
    {
        Problems = [new ValidationProblem("$", code, message)];
    }

    /// <summary>Creates the exception for every broken rule a check found.</summary>
    /// <param name="problems">The problems, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or holds null.</exception>
    protected ProblemsException(IEnumerable<ValidationProblem> problems)
        : this(ValueList.From(Guard.Against.Null(problems), nameof(problems)))
    {
    }

    private ProblemsException(ValueList<ValidationProblem> problems)
        : base(problems.Count > 0 ? problems[0].Rule : string.Empty, MessageOf(problems))
    {
        Problems = problems;
    }

    /// <summary>
    /// Every broken rule found, in the order of the check (path, code and message each); one problem with this
    /// exception's code and message when it was created from a code and a message.
    /// </summary>
    public IReadOnlyList<ValidationProblem> Problems { get; }

    // The first problem's message as it is (what a caller who stopped at the first problem would have seen), then the
    // others, one a line.
    private static string MessageOf(ValueList<ValidationProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is needed.", nameof(problems));
        }

        if (problems.Count == 1)
        {
            return problems[0].Message;
        }

        var text = new System.Text.StringBuilder(problems[0].Message);
        text.Append(System.Globalization.CultureInfo.InvariantCulture, $" ({problems.Count - 1} more problem(s):");
        for (var i = 1; i < problems.Count; i++)
        {
            text.Append("\n  - ").Append(problems[i]);
        }

        return text.Append(')').ToString();
    }
}
