using System.Text.Json;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>A clock time "on the last day of each reporting period" (JSON <c>{ "periodEnds": true }</c>): a one-day window on each period end in the year.</summary>
/// <remarks>Immutable; all instances are equal.</remarks>
public sealed record ClockWhenPeriodEnds : ClockWhen
{
    /// <summary>Returns the time in words.</summary>
    /// <returns><c>on the last day of each reporting period</c>.</returns>
    public override string ToString() => "on the last day of each reporting period";

    /// <summary>Reads the JSON value, which is <c>true</c> (the schema allows nothing else).</summary>
    internal static ClockWhenPeriodEnds FromJson(bool value) =>
        value ? new() : throw new JsonException("periodEnds is true when given; leave it out otherwise.");

    private protected override IEnumerable<(DateInterval Window, ReportingPeriod? Period)> Windows(int year, ReportingPeriodScheme periods) =>
        periods.PeriodsEndingIn(year).Select(p => (new DateInterval(p.End, p.End), (ReportingPeriod?)p));
}
