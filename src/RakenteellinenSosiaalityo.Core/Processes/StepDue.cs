using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// When a process step is due (fi: määräaika): within a number of days after the step it follows, in given months of
/// the year, or within a number of days after a reporting period ends. Exactly one of the three is set.
/// </summary>
/// <remarks>Immutable; compares by value. Build one with <see cref="WithinDaysAfterPrevious"/>, <see cref="InMonthsOf"/> or <see cref="AfterPeriodEnd"/>.</remarks>
public sealed record StepDue
{
    /// <summary>Creates a rule; exactly one of the arguments must be given.</summary>
    /// <param name="withinDays">Due within this many days (1–366) after the step it follows was performed.</param>
    /// <param name="inMonths">Due in one of these months (1–12, each once).</param>
    /// <param name="withinDaysAfterPeriodEnd">Due within this many days (1–366) after the reporting period ends.</param>
    /// <exception cref="ArgumentException">None or more than one is given, a month is outside 1–12 or repeated, or a day count is outside 1–366.</exception>
    [JsonConstructor]
    public StepDue(int? withinDays = null, IReadOnlyList<int>? inMonths = null, int? withinDaysAfterPeriodEnd = null)
    {
        var given = (withinDays is null ? 0 : 1) + (inMonths is null ? 0 : 1) + (withinDaysAfterPeriodEnd is null ? 0 : 1);
        if (given != 1)
        {
            throw new ArgumentException("A due rule gives exactly one of withinDays, inMonths and withinDaysAfterPeriodEnd.", nameof(withinDays));
        }

        if (withinDays is { } days)
        {
            Guard.Against.OutOfRange(days, nameof(withinDays), 1, 366);
        }

        if (withinDaysAfterPeriodEnd is { } afterEnd)
        {
            Guard.Against.OutOfRange(afterEnd, nameof(withinDaysAfterPeriodEnd), 1, 366);
        }

        if (inMonths is not null)
        {
            if (inMonths.Count == 0 || inMonths.Any(m => m is < 1 or > 12) || inMonths.Distinct().Count() != inMonths.Count)
            {
                throw new ArgumentException("inMonths lists one or more distinct months, each 1–12.", nameof(inMonths));
            }

            InMonths = ValueList.FromValues(inMonths);
        }

        WithinDays = withinDays;
        WithinDaysAfterPeriodEnd = withinDaysAfterPeriodEnd;
    }

    /// <summary>Due within this many days after the step this one follows was performed; null when the rule is another kind.</summary>
    [JsonPropertyName("withinDays")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? WithinDays { get; }

    /// <summary>Due in one of these months (1 = January); null when the rule is another kind.</summary>
    [JsonPropertyName("inMonths")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? InMonths { get; }

    /// <summary>Due within this many days after the reporting period ends; null when the rule is another kind.</summary>
    [JsonPropertyName("withinDaysAfterPeriodEnd")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? WithinDaysAfterPeriodEnd { get; }

    /// <summary>Due within <paramref name="days"/> days after the step this one follows was performed, e.g. "within 14 days of submission".</summary>
    /// <param name="days">1–366.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public static StepDue WithinDaysAfterPrevious(int days) => new(withinDays: days);

    /// <summary>Due in the given months, e.g. "in January and August".</summary>
    /// <param name="months">Distinct months 1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentException">No month, a month outside 1–12, or a month twice.</exception>
    public static StepDue InMonthsOf(params int[] months) => new(inMonths: Guard.Against.Null(months));

    /// <summary>Due within <paramref name="days"/> days after the reporting period ends.</summary>
    /// <param name="days">1–366.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public static StepDue AfterPeriodEnd(int days) => new(withinDaysAfterPeriodEnd: days);

    /// <summary>Returns the rule in words, e.g. <c>within 14 days</c> or <c>in months 1, 8</c>.</summary>
    /// <returns>The rule in English.</returns>
    public override string ToString()
    {
        var text = new StringBuilder();
        if (WithinDays is { } days)
        {
            text.Append("within ").Append(days).Append(" days of the previous step");
        }
        else if (InMonths is { } months)
        {
            text.Append("in months ").Append(string.Join(", ", months));
        }
        else
        {
            text.Append("within ").Append(WithinDaysAfterPeriodEnd).Append(" days after the reporting period ends");
        }

        return text.ToString();
    }
}
