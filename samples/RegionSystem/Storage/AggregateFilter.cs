namespace RegionSystem.Storage;

/// <summary>Which stored aggregates a list keeps: by period (exactly, up to and including, or before) and status; null keeps any.</summary>
/// <param name="PeriodStart">The first day of the period, exactly (<c>uuuu-MM-dd</c>).</param>
/// <param name="Status">The lifecycle status, camelCase.</param>
/// <param name="PeriodStartUpTo">The periods starting on or before this day; aggregates with no period (drafts) are left out.</param>
/// <param name="PeriodStartBefore">The periods starting before this day; aggregates with no period are left out.</param>
internal sealed record AggregateFilter(string? PeriodStart = null, string? Status = null, string? PeriodStartUpTo = null, string? PeriodStartBefore = null)
{
    /// <summary>Every aggregate that belongs to a period.</summary>
    public static AggregateFilter WithPeriod { get; } = new(PeriodStartUpTo: "9999-12-31");
}
