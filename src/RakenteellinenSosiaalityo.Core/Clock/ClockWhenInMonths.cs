using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>A clock time "once in each of these months" (JSON <c>{ "months": [ 1, 8 ] }</c>): one whole-month window per month, in calendar order.</summary>
/// <remarks>Immutable; compares by value, the list included.</remarks>
public sealed record ClockWhenInMonths : ClockWhen
{
    /// <summary>Creates the time.</summary>
    /// <param name="months">Distinct months 1–12, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException">No month, or a month twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A month is outside 1–12.</exception>
    public ClockWhenInMonths(IReadOnlyList<int> months)
    {
        if (months is { Count: 0 })
        {
            throw new ArgumentException("months lists at least one month.", nameof(months));
        }

        Months = CheckedMonths(months, nameof(months), Check);
    }

    /// <summary>The months, as given.</summary>
    public IReadOnlyList<int> Months { get; }

    /// <summary>Returns the time in words.</summary>
    /// <returns>For example <c>in months 1, 8</c>.</returns>
    public override string ToString() => $"in months {string.Join(", ", Months)}";

    /// <summary>The kind's one rule beyond its bounds: each month once (problems at <c>path[i]</c>).</summary>
    internal static void Check(IReadOnlyList<int?> months, string path, List<ValidationProblem> problems) =>
        DistinctItems.Check(months, path, "month", problems);

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods) =>
        Months.Order().Select(month => (MonthsOf(year, month, month), (ReportingPeriod?)null));
}
