using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Clock;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>Any clock rule gives dated activities inside its year in a stable order, and progress partitions them.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1000)]
public sealed class ClockProperties
{
    // Every window starts in the year; only a window after a period's end may run past 31 December, by at most its days.
    [Property(MaxTest = 1000)]
    public bool EveryActivity_LiesInsideTheYear_AndTheClockIsSorted(ClockCase c)
    {
        var activities = AnnualClock.For(c.Profile, c.Year).Activities;
        var inYear = activities.All(a =>
            a.Start.Year == c.Year
            && a.End >= a.Start
            && (a.Rule.When.WithinDaysAfterPeriodEnd is { } days
                ? a.Window.Length == days && a.Period is { } p && p.End.PlusDays(1) == a.Start
                : a.End.Year == c.Year));
        var sorted = activities.Zip(activities.Skip(1)).All(pair => pair.First.Start < pair.Second.Start
            || (pair.First.Start == pair.Second.Start && pair.First.End <= pair.Second.End));
        var perRule = c.Profile.Clock!.Rules.All(r =>
            activities.Where(a => a.Rule == r).Select(a => a.Occurrence).SequenceEqual(Enumerable.Range(1, activities.Count(a => a.Rule == r))));
        return inYear && sorted && perRule && activities.SequenceEqual(AnnualClock.For(c.Profile, c.Year).Activities);
    }

    [Property(MaxTest = 1000)]
    public bool DoneOverdueAndUpcoming_PartitionTheActivities(ClockCase c)
    {
        var clock = AnnualClock.For(c.Profile, c.Year);
        var progress = clock.Progress(c.Completions, c.AsOf);
        var all = progress.Done.Concat(progress.Overdue).Concat(progress.Upcoming).ToList();
        var partition = all.Count == clock.Activities.Count
            && all.ToHashSet(ReferenceEqualityComparer.Instance).Count == all.Count
            && clock.Activities.All(a => all.Contains(a, ReferenceEqualityComparer.Instance));
        var doneIsJustified = progress.Done.All(a => c.Completions.Any(x => x.RuleId == a.Rule.Id && a.Window.Contains(x.On) && x.On <= c.AsOf));
        var overdueIsPast = progress.Overdue.All(a => a.End < c.AsOf) && progress.Upcoming.All(a => a.End >= c.AsOf);
        var counted = progress.Done.Count + progress.Unmatched.Count == c.Completions.Count(x => x.On <= c.AsOf);
        return partition && doneIsJustified && overdueIsPast && counted;
    }
}
