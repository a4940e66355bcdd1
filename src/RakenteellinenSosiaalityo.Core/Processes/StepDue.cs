using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// When a process step is due (fi: määräaika): one of a closed set of kinds — within a number of days after the step
/// it follows (<see cref="StepDueWithinDays"/>), in given months of the year (<see cref="StepDueInMonths"/>), or within
/// a number of days after a reporting period ends (<see cref="StepDueAfterPeriodEnd"/>). Each kind computes its own
/// window for a period (<see cref="WindowFor"/>).
/// </summary>
/// <remarks>
/// <para>
/// Immutable; compares by value. Build one with <see cref="WithinDaysAfterPrevious"/>, <see cref="InMonthsOf"/> or
/// <see cref="AfterPeriodEnd"/>, or the kind's constructor. In JSON an object with exactly one property, named for the
/// kind: <c>{ "inMonths": [ 1, 8 ] }</c>.
/// </para>
/// <para>Adding a kind: one sealed subclass in Processes/, one line in the kind list below, and its property in the schema.</para>
/// </remarks>
[JsonConverter(typeof(KindJsonConverter<StepDue>))]
public abstract record StepDue : IJsonKinds<StepDue>
{
    private protected StepDue()
    {
    }

    /// <summary>The JSON names of the kinds of due rule, in the schema's order.</summary>
    public static IReadOnlyList<string> Kinds => Registered.Names;

    static JsonKindSet<StepDue> IJsonKinds<StepDue>.JsonKinds => Registered;

    /// <summary>Due within this many days after the step this one follows was performed; null when the rule is another kind.</summary>
    [JsonIgnore]
    public int? WithinDays => (this as StepDueWithinDays)?.Days;

    /// <summary>Due in one of these months (1 = January); null when the rule is another kind.</summary>
    [JsonIgnore]
    public IReadOnlyList<int>? InMonths => (this as StepDueInMonths)?.Months;

    /// <summary>Due within this many days after the reporting period ends; null when the rule is another kind.</summary>
    [JsonIgnore]
    public int? WithinDaysAfterPeriodEnd => (this as StepDueAfterPeriodEnd)?.Days;

    // The one registration of each kind: its JSON name, its value, its constructor and its own rules on raw JSON.
    private static JsonKindSet<StepDue> Registered { get; } = new(
        "A due rule",
        JsonKind<StepDue>.Of<StepDueWithinDays, int>("withinDays", d => d.Days, n => new(n)),
        JsonKind<StepDue>.Of<StepDueInMonths, IReadOnlyList<int>>("inMonths", d => d.Months, ms => new(ms), (e, p, x) => StepDueInMonths.Check(DistinctItems.Int32s(e), p, x)),
        JsonKind<StepDue>.Of<StepDueAfterPeriodEnd, int>("withinDaysAfterPeriodEnd", d => d.Days, n => new(n)));

    /// <summary>Checks a <c>due</c> object of a profile document beyond the schema: exactly one kind, and that kind's own check.</summary>
    internal static void Check(JsonElement element, string path, List<ValidationProblem> problems) =>
        Registered.Check(element, path, problems);

    /// <summary>Due within <paramref name="days"/> days after the step this one follows was performed, e.g. "within 14 days of submission".</summary>
    /// <param name="days">1–366.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public static StepDue WithinDaysAfterPrevious(int days) => new StepDueWithinDays(days);

    /// <summary>Due in the given months, e.g. "in January and August".</summary>
    /// <param name="months">Distinct months 1–12.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="months"/> is null.</exception>
    /// <exception cref="ArgumentException">No month, a month outside 1–12, or a month twice.</exception>
    public static StepDue InMonthsOf(params int[] months) => new StepDueInMonths(Guard.Against.Null(months));

    /// <summary>Due within <paramref name="days"/> days after the reporting period ends.</summary>
    /// <param name="days">1–366.</param>
    /// <returns>The rule.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public static StepDue AfterPeriodEnd(int days) => new StepDueAfterPeriodEnd(days);

    /// <summary>
    /// The dates within which a step with this rule is due for the work of <paramref name="period"/> (for the first
    /// step of a compilation: when it is compiled), or null when the rule is not tied to the period
    /// (<see cref="StepDueWithinDays"/> counts from the step before).
    /// </summary>
    /// <param name="period">The reporting period whose work the step does.</param>
    /// <returns>The window, starting no earlier than the day after the period ends; null when the rule gives none.</returns>
    /// <exception cref="ArgumentException"><paramref name="period"/> is the default.</exception>
    public DateInterval? WindowFor(ReportingPeriod period)
    {
        if (period.Start == default)
        {
            throw new ArgumentException("The default ReportingPeriod is no period; take one from a profile's ReportingPeriods.", nameof(period));
        }

        return Window(period);
    }

    /// <summary>The window of the kind for a period that is not the default.</summary>
    private protected abstract DateInterval? Window(ReportingPeriod period);
}
