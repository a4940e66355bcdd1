using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>Thrown when the inputs of an evaluation break a rule, e.g. an assessment of a metric the profile does not have.</summary>
/// <remarks><see cref="DomainException.Code"/> is one of the constants of this class.</remarks>
public sealed class EvaluationException : ProblemsException
{
    /// <summary>A report or compilation belongs to another region than the profile.</summary>
    public const string RegionMismatchCode = RuleCodes.RegionMismatch;

    /// <summary>An assessment names a metric the profile does not have.</summary>
    public const string UnknownMetricCode = RuleCodes.UnknownMetric;

    /// <summary>An assessment names a derived metric, whose status comes from the records.</summary>
    public const string DerivedMetricAssessedCode = RuleCodes.DerivedMetricAssessed;

    /// <summary>The evaluated dates are not given: the plan has no validity, or it has no end.</summary>
    public const string NoValidityCode = RuleCodes.NoValidity;

    /// <summary>Creates the exception.</summary>
    /// <param name="code">One of the codes of this class.</param>
    /// <param name="message">A message for people that names the rule and what to do.</param>
    public EvaluationException(string code, string message)
        : base(code, message)
    {
    }

    /// <summary>Creates the exception for every broken rule an operation's check found.</summary>
    /// <param name="problems">The problems, at least one; their rules are codes of this class. The first gives
    /// <see cref="DomainException.Code"/>, and the message starts with its message.</param>
    /// <exception cref="ArgumentNullException"><paramref name="problems"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is empty or holds null.</exception>
    public EvaluationException(IEnumerable<ValidationProblem> problems)
        : base(problems)
    {
    }
}
