using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// A due rule "in one of these months" (JSON <c>{ "inMonths": [ 1, 8 ] }</c>): for a period, the first run of
/// consecutive listed months after it ends (<c>[1, 2, 3]</c> is the first quarter), across the turn of the year, at most
/// twelve months, starting no earlier than the day after the period.
/// </summary>
/// <remarks>Immutable; compares by value, the list included.</remarks>
public sealed record StepDueInMonths : StepDue
{
    /// <summary>Creates the rule.</summary>
    /// <param name="months">Distinct months 1–12, at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException">No month, a month outside 1–12, or a month twice.</exception>
    public StepDueInMonths(IReadOnlyList<int> months)
    {
        Guard.Against.Null(months);
        if (months.Count == 0 || months.Any(m => m is < 1 or > 12))
        {
            throw new ArgumentException("inMonths lists one or more distinct months, each 1–12.", nameof(months));
        }

        var problems = new List<ValidationProblem>();
        Check(months.Select(m => (int?)m).ToList(), "inMonths", problems);
        DistinctItems.ThrowIfAny(problems, nameof(months));
        Months = ValueList.FromValues(months);
    }

    /// <summary>The months, 1 = January, as given.</summary>
    public IReadOnlyList<int> Months { get; }

    /// <summary>Returns the rule in words.</summary>
    /// <returns>For example <c>in months 1, 8</c>.</returns>
    public override string ToString() => $"in months {string.Join(", ", Months)}";

    /// <summary>The kind's one rule beyond its bounds: each month once (problems at <c>path[i]</c>).</summary>
    internal static void Check(IReadOnlyList<int?> months, string path, List<ValidationProblem> problems) =>
        DistinctItems.Check(months, path, "month", problems);

    private protected override DateInterval? Window(ReportingPeriod period)
    {
        var day = period.End.PlusDays(1);
        var first = new LocalDate(day.Year, day.Month, 1);
        for (var i = 0; i < 12; i++)
        {
            var start = first.PlusMonths(i);
            if (Months.Contains(start.Month))
            {
                var run = 1;
                while (run < 12 && Months.Contains(start.PlusMonths(run).Month))
                {
                    run++;
                }

                return new DateInterval(LocalDate.Max(start, day), start.PlusMonths(run).PlusDays(-1));
            }
        }

        // Unreachable: a listed month comes within twelve months.
        return null;
    }
}
