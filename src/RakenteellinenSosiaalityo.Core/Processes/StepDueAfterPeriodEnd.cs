using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// A due rule "within this many days after the reporting period ends" (JSON <c>{ "withinDaysAfterPeriodEnd": 30 }</c>):
/// the window runs from the day after the period to <see cref="Days"/> days after its end.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record StepDueAfterPeriodEnd : StepDue
{
    /// <summary>Creates the rule.</summary>
    /// <param name="days">1–366.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public StepDueAfterPeriodEnd(int days) => Days = Guard.Against.OutOfRange(days, nameof(days), 1, 366);

    /// <summary>The days after the period's end, 1–366.</summary>
    public int Days { get; }

    /// <summary>Returns the rule in words.</summary>
    /// <returns>For example <c>within 30 days after the reporting period ends</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"within {Days} days after the reporting period ends");

    private protected override DateInterval? Window(ReportingPeriod period) => new(period.End.PlusDays(1), period.End.PlusDays(Days));
}
