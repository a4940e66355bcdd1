using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// A region's annual clock for one calendar year (fi: vuosikello): the dated activities its profile's clock rules give,
/// with queries for a date range, the next ones due, and progress against what actually happened.
/// </summary>
/// <remarks>
/// <para>
/// Activities are sorted by first day, then last day, then the rule's place in the profile, then occurrence, so the
/// same profile and year always give the same list. An activity belongs to the year its window starts in; every
/// window lies inside the year except one of a <c>withinDaysAfterPeriodEnd</c> rule, which may run past 31 December
/// when a period ends late in the year (it then belongs to the year it starts in, and the next year's clock does not
/// repeat it).
/// </para>
/// <para>Immutable and a pure function of the profile and the year.</para>
/// </remarks>
public sealed class AnnualClock
{
    /// <summary>The first year a clock can be built for.</summary>
    public const int MinYear = 2;

    /// <summary>The last year a clock can be built for.</summary>
    public const int MaxYear = 9998;

    private AnnualClock(RegionProfile profile, int year, ValueList<ScheduledActivity> activities)
    {
        Profile = profile;
        Year = year;
        Activities = activities;
    }

    /// <summary>The region profile whose rules the clock comes from.</summary>
    public RegionProfile Profile { get; }

    /// <summary>The calendar year.</summary>
    public int Year { get; }

    /// <summary>Every activity of the year, in the clock's order (see remarks).</summary>
    public IReadOnlyList<ScheduledActivity> Activities { get; }

    /// <summary>Builds the clock of <paramref name="profile"/> for <paramref name="year"/>.</summary>
    /// <param name="profile">A region profile; one without a clock gives an empty clock.</param>
    /// <param name="year">The calendar year, <see cref="MinYear"/>–<see cref="MaxYear"/>.</param>
    /// <returns>The clock.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="MinYear"/>–<see cref="MaxYear"/>.</exception>
    public static AnnualClock For(RegionProfile profile, int year)
    {
        Guard.Against.Null(profile);
        Guard.Against.OutOfRange(year, nameof(year), MinYear, MaxYear);
        var rules = profile.Clock?.Rules ?? [];
        var activities = new List<(ScheduledActivity Activity, int RuleIndex)>();
        for (var index = 0; index < rules.Count; index++)
        {
            var occurrence = 1;
            foreach (var (window, period) in rules[index].When.WindowsIn(year, profile.ReportingPeriods))
            {
                activities.Add((new ScheduledActivity(rules[index], window, occurrence++, period), index));
            }
        }

        var sorted = activities
            .OrderBy(a => a.Activity.Start)
            .ThenBy(a => a.Activity.End)
            .ThenBy(a => a.RuleIndex)
            .ThenBy(a => a.Activity.Occurrence)
            .Select(a => a.Activity);
        return new AnnualClock(profile, year, ValueList<ScheduledActivity>.From(sorted));
    }

    /// <summary>The activities whose window shares at least one day with <paramref name="from"/>–<paramref name="to"/>, in the clock's order.</summary>
    /// <param name="from">The first date of interest.</param>
    /// <param name="to">The last date of interest (included).</param>
    /// <returns>The activities; empty when none.</returns>
    /// <exception cref="ArgumentException"><paramref name="to"/> is before <paramref name="from"/>.</exception>
    public IReadOnlyList<ScheduledActivity> Between(LocalDate from, LocalDate to)
    {
        if (to < from)
        {
            throw new ArgumentException($"The range ends ({Text.FinnishDate.Format(to)}) before it starts ({Text.FinnishDate.Format(from)}).", nameof(to));
        }

        return ValueList<ScheduledActivity>.From(Activities.Where(a => a.Start <= to && a.End >= from));
    }

    /// <summary>
    /// The next <paramref name="count"/> activities due on or after <paramref name="date"/>: those whose window has not
    /// ended before it, by last day (due date), then the clock's order.
    /// </summary>
    /// <param name="date">The date to look from.</param>
    /// <param name="count">How many at most; at least 1.</param>
    /// <returns>Up to <paramref name="count"/> activities.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is less than 1.</exception>
    public IReadOnlyList<ScheduledActivity> NextDue(LocalDate date, int count)
    {
        Guard.Against.OutOfRange(count, nameof(count), 1, int.MaxValue);
        return ValueList<ScheduledActivity>.From(Activities.Where(a => a.End >= date).OrderBy(a => a.End).Take(count));
    }

    /// <summary>
    /// Where the clock stands on <paramref name="asOf"/> given what actually happened: each completion on or before
    /// <paramref name="asOf"/> marks done the first activity (in the clock's order) of its rule, not yet done, whose
    /// window holds the completion's date. Activities not done are overdue when their window ended before
    /// <paramref name="asOf"/>, otherwise upcoming.
    /// </summary>
    /// <param name="completions">What happened, in any order; completions after <paramref name="asOf"/> are ignored.</param>
    /// <param name="asOf">The date to judge on.</param>
    /// <returns>The progress; its done, overdue and upcoming lists partition <see cref="Activities"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="completions"/> is null.</exception>
    public ClockProgress Progress(IEnumerable<ActivityCompletion> completions, LocalDate asOf)
    {
        Guard.Against.Null(completions);
        var done = new HashSet<int>();
        var unmatched = new List<ActivityCompletion>();
        foreach (var completion in completions.Where(c => c.On <= asOf).OrderBy(c => c.On).ThenBy(c => c.RuleId.Value, StringComparer.Ordinal))
        {
            var match = -1;
            for (var i = 0; i < Activities.Count; i++)
            {
                var activity = Activities[i];
                if (!done.Contains(i) && activity.Rule.Id == completion.RuleId && activity.Window.Contains(completion.On))
                {
                    match = i;
                    break;
                }
            }

            if (match < 0)
            {
                unmatched.Add(completion);
            }
            else
            {
                done.Add(match);
            }
        }

        var isDone = Activities.Select((_, i) => done.Contains(i)).ToArray();
        return new ClockProgress(
            asOf,
            ValueList<ScheduledActivity>.From(Activities.Where((_, i) => isDone[i])),
            ValueList<ScheduledActivity>.From(Activities.Where((a, i) => !isDone[i] && a.End < asOf)),
            ValueList<ScheduledActivity>.From(Activities.Where((a, i) => !isDone[i] && a.End >= asOf)),
            ValueList<ActivityCompletion>.From(unmatched));
    }

    /// <summary>
    /// Where the clock stands on <paramref name="asOf"/> given what happened: the <paramref name="completions"/> of
    /// activity records, and what the <paramref name="phenomenonReports"/>' own events complete (theme selection,
    /// workshops, approval, feedback: <see cref="PhenomenonReport.ClockCompletions"/>), so that those activities need
    /// no hand-made record.
    /// </summary>
    /// <param name="completions">What else happened, in any order; completions after <paramref name="asOf"/> are ignored.</param>
    /// <param name="phenomenonReports">The region's phenomenon reports, e.g. the stored ones.</param>
    /// <param name="asOf">The date to judge on.</param>
    /// <returns>The progress, as <see cref="Progress(IEnumerable{ActivityCompletion}, LocalDate)"/> gives it for all the completions together.</returns>
    /// <exception cref="ArgumentNullException">A list is null, or <paramref name="phenomenonReports"/> holds null.</exception>
    /// <exception cref="LifecycleException">A phenomenon report belongs to another region (<c>region-mismatch</c>); ask <see cref="CanProgress"/> first.</exception>
    public ClockProgress Progress(IEnumerable<ActivityCompletion> completions, IEnumerable<PhenomenonReport> phenomenonReports, LocalDate asOf)
    {
        Guard.Against.Null(completions);
        var reports = Guard.Against.Null(phenomenonReports).Select(r => Guard.Against.Null(r, nameof(phenomenonReports))).ToList();
        return Progress([.. completions, .. reports.SelectMany(r => r.ClockCompletions(Profile))], asOf);
    }

    /// <summary>Whether <see cref="Progress(IEnumerable{ActivityCompletion}, IEnumerable{PhenomenonReport}, LocalDate)"/> accepts <paramref name="phenomenonReports"/>: each belongs to the clock's region.</summary>
    /// <param name="phenomenonReports">The phenomenon reports to be given.</param>
    /// <returns>Allowed, or refused with <c>region-mismatch</c> naming the first report of another region.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="phenomenonReports"/> is null or holds null.</exception>
    public LifecycleCheck CanProgress(IEnumerable<PhenomenonReport> phenomenonReports)
    {
        Guard.Against.Null(phenomenonReports);
        return phenomenonReports.Select(r => Guard.Against.Null(r, nameof(phenomenonReports)).CheckRegion(Profile)).FirstOrDefault(c => !c.IsAllowed);
    }

    /// <summary>Returns the region id, the year and the number of activities.</summary>
    /// <returns>For example <c>etela-karjala 2025: 32 activities</c>.</returns>
    public override string ToString() => $"{Profile.Id} {Year}: {Activities.Count} activities";
}
