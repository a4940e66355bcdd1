using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// Where a year's clock stands on a date (fi: vuosikellon tilanne): which activities are done, which are overdue and
/// which are still upcoming. The three lists partition the clock's activities.
/// </summary>
/// <remarks>Immutable. Each list keeps the clock's order.</remarks>
public sealed record ClockProgress
{
    internal ClockProgress(LocalDate asOf, IReadOnlyList<ScheduledActivity> done, IReadOnlyList<ScheduledActivity> overdue, IReadOnlyList<ScheduledActivity> upcoming, IReadOnlyList<ActivityCompletion> unmatched)
    {
        AsOf = asOf;
        Done = done;
        Overdue = overdue;
        Upcoming = upcoming;
        Unmatched = unmatched;
    }

    /// <summary>The date the progress is judged on.</summary>
    public LocalDate AsOf { get; }

    /// <summary>Activities with a completion on or before <see cref="AsOf"/> inside their window.</summary>
    public IReadOnlyList<ScheduledActivity> Done { get; }

    /// <summary>Activities not done whose window ended before <see cref="AsOf"/>.</summary>
    public IReadOnlyList<ScheduledActivity> Overdue { get; }

    /// <summary>Activities not done whose window ends on or after <see cref="AsOf"/>.</summary>
    public IReadOnlyList<ScheduledActivity> Upcoming { get; }

    /// <summary>
    /// Completions on or before <see cref="AsOf"/> that match no activity: an unknown rule id, a date outside every
    /// window of the rule in the clock's year, or a second completion of an activity already done.
    /// </summary>
    public IReadOnlyList<ActivityCompletion> Unmatched { get; }
}
