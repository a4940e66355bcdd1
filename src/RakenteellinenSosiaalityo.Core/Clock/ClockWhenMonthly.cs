using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// A clock time "once every month except these" (JSON <c>{ "monthlyExcept": [ 7 ] }</c>; <c>[]</c> for every month):
/// one whole-month window per month not excepted.
/// </summary>
/// <remarks>Immutable; compares by value, the list included.</remarks>
public sealed record ClockWhenMonthly : ClockWhen
{
    /// <summary>Creates the time.</summary>
    /// <param name="except">Distinct months 1–12 without the activity, at most eleven; empty for every month.</param>
    /// <exception cref="ArgumentNullException"><paramref name="except"/> is null.</exception>
    /// <exception cref="ArgumentException">A month twice, or all twelve.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12.</exception>
    public ClockWhenMonthly(IReadOnlyList<int> except) => Except = CheckedMonths(except, nameof(except), Check);

    /// <summary>The months without the activity, as given; empty for every month.</summary>
    public IReadOnlyList<int> Except { get; }

    /// <summary>Returns the time in words.</summary>
    /// <returns>For example <c>monthly except 7</c>, or <c>monthly</c>.</returns>
    public override string ToString() => Except.Count == 0 ? "monthly" : $"monthly except {string.Join(", ", Except)}";

    /// <summary>
    /// The kind's one rule beyond its bounds: each month once (problems at <c>path[i]</c>), and not all twelve (at
    /// <paramref name="path"/>), for the rule would never happen.
    /// </summary>
    internal static void Check(IReadOnlyList<int?> months, string path, List<ValidationProblem> problems)
    {
        DistinctItems.Check(months, path, "month", problems);
        if (months.OfType<int>().Where(m => m is >= 1 and <= 12).Distinct().Count() == 12)
        {
            problems.Add(new(path, ValidationRules.InvalidValue, "Every month is excepted, so the rule would never happen; remove a month or the rule."));
        }
    }

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods) =>
        Enumerable.Range(1, 12).Where(m => !Except.Contains(m)).Select(month => (MonthsOf(year, month, month), (ReportingPeriod?)null));
}
