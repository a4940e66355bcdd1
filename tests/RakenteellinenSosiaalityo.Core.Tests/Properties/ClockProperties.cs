using FsCheck;
using FsCheck.Fluent;
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
            && (a.Rule.When is ClockWhenAfterPeriodEnd { Days: var days }
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

        // Liveness: a completion goes unmatched only when no activity of its rule that it falls in is left undone (an
        // implementation that matches nothing fails here whenever a completion falls in an activity's window).
        var unmatchedIsJustified = progress.Unmatched.All(x =>
            x.On <= c.AsOf && clock.Activities.Where(a => a.Rule.Id == x.RuleId && a.Window.Contains(x.On)).All(a => progress.Done.Contains(a, ReferenceEqualityComparer.Instance)));
        return partition && doneIsJustified && overdueIsPast && counted && unmatchedIsJustified;
    }

    // The cases above must exercise matching: on a fixed sample, a share of them has done activities and unmatched completions.
    [Fact]
    public void ClockCases_MatchCompletions_InAShareOfCases()
    {
        var cases = DomainArbitraries.ClockCases().Generator.Sample(100, new Rnd(16), 60);
        var progress = cases.Select(c => AnnualClock.For(c.Profile, c.Year).Progress(c.Completions, c.AsOf)).ToList();

        var withDone = progress.Count(p => p.Done.Count > 0);
        var withUnmatched = progress.Count(p => p.Unmatched.Count > 0);
        Assert.True(withDone >= 60 && withUnmatched >= 60, $"Of 100 cases {withDone} have done activities, {withUnmatched} unmatched completions.");
    }
}
