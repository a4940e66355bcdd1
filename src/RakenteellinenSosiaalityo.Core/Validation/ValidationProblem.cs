using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Validation;

/// <summary>
/// One problem found while validating data, e.g. a region profile: where it is, which rule it breaks, and what to do.
/// </summary>
/// <remarks>Messages never echo free text that could carry personal data; they name paths, ids and rules.</remarks>
public sealed record ValidationProblem
{
    /// <summary>Creates a problem.</summary>
    /// <param name="path">Where the problem is, as a JSON path such as <c>$.actors[2].collaborators[0]</c>.</param>
    /// <param name="rule">The stable code of the broken rule; one of <see cref="ValidationRules"/>.</param>
    /// <param name="message">What is wrong and what to do, for people.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An argument is empty or white space.</exception>
    public ValidationProblem(string path, string rule, string message)
    {
        Path = Guard.Against.NullOrWhiteSpace(path);
        Rule = Guard.Against.NullOrWhiteSpace(rule);
        Message = Guard.Against.NullOrWhiteSpace(message);
    }

    /// <summary>Where the problem is, as a JSON path such as <c>$.actors[2].collaborators[0]</c>.</summary>
    public string Path { get; }

    /// <summary>The stable code of the broken rule; one of <see cref="ValidationRules"/>.</summary>
    public string Rule { get; }

    /// <summary>What is wrong and what to do, for people.</summary>
    public string Message { get; }

    /// <summary>The problem on one line: path, message and rule.</summary>
    /// <returns>For example <c>$.businessId: The check digit … is wrong. [invalid-business-id]</c>.</returns>
    public override string ToString() => $"{Path}: {Message} [{Rule}]";

    /// <summary>
    /// The message of an exception that carries <paramref name="problems"/> as the broken rules of one operation: the
    /// first problem's message as it is (the one a caller who stopped at the first problem would have seen), then the
    /// others, one a line.
    /// </summary>
    internal static string MessageOf(IReadOnlyList<ValidationProblem> problems, string name)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("At least one problem is needed.", name);
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
