using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

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
        Path = Guard.Against.NullOrBlank(path);
        Rule = Guard.Against.NullOrBlank(rule);
        Message = Guard.Against.NullOrBlank(message);
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
}
