using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>A due rule "within this many days after the step it follows was performed" (JSON <c>{ "withinDays": 14 }</c>).</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record StepDueWithinDays : StepDue
{
    /// <summary>Creates the rule.</summary>
    /// <param name="days">1–366.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="days"/> is outside 1–366.</exception>
    public StepDueWithinDays(int days) => Days = Guard.Against.OutOfRange(days, nameof(days), 1, 366);

    /// <summary>The days after the step before, 1–366.</summary>
    public int Days { get; }

    /// <summary>Returns the rule in words.</summary>
    /// <returns>For example <c>within 14 days of the previous step</c>.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"within {Days} days of the previous step");

    // Counted from when the step before was performed, not from the period.
    private protected override DateInterval? Window(ReportingPeriod period) => null;
}
