using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Thrown when the inputs of a compilation break a rule: a report of another region, a report given twice, a
/// carried-over report missing from the input, a cutoff before the period ends, or earlier compilations that do not
/// fit (see the <c>…Code</c> constants).
/// </summary>
public sealed class CompilationException : ProblemsException
{
    /// <summary>A report or an earlier compilation belongs to another region.</summary>
    public const string RegionMismatchCode = RuleCodes.RegionMismatch;

    /// <summary>Two reports with the same id were given.</summary>
    public const string DuplicateReportCode = RuleCodes.DuplicateReport;

    /// <summary>The previous compilation carried a report over that the input does not contain.</summary>
    public const string MissingCarriedOverReportCode = RuleCodes.MissingCarriedOverReport;

    /// <summary>The cutoff is before the end of the period.</summary>
    public const string CutoffBeforePeriodEndCode = RuleCodes.CutoffBeforePeriodEnd;

    /// <summary>The period is not a reporting period of the profile.</summary>
    public const string UnknownPeriodCode = RuleCodes.UnknownPeriod;

    /// <summary>Two earlier compilations cover the same period.</summary>
    public const string DuplicateCompilationCode = RuleCodes.DuplicateCompilation;

    /// <summary>Creates the exception.</summary>
    /// <param name="code">One of the <c>…Code</c> constants.</param>
    /// <param name="message">What is wrong and what to do.</param>
    public CompilationException(string code, string message)
        : base(code, message)
    {
    }

    /// <summary>Creates the exception for every broken rule an operation's check found.</summary>
    /// <param name="problems">The problems, at least one; their rules are codes of this class. The first gives
    /// <see cref="DomainException.Code"/>, and the message starts with its message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or holds null.</exception>
    public CompilationException(IEnumerable<ValidationProblem> problems)
        : base(problems)
    {
    }
}
