using FsCheck.Xunit;
using NodaTime;
using ICalendar = Ical.Net.Calendar;

namespace RakenteellinenSosiaalityo.Core.Calendar.Tests;

/// <summary>Every activity of any clock survives the round trip through iCalendar text and Ical.Net's parser.</summary>
[Properties(Arbitrary = new[] { typeof(ClockArbitraries) }, MaxTest = 1000)]
public sealed class CalendarProperties
{
    private static readonly Instant Stamp = Instant.FromUtc(2025, 6, 1, 12, 0);

    [Property(MaxTest = 1000)]
    public bool ICalendarRoundTrip_KeepsEveryActivity(ClockSample sample)
    {
        var clock = sample.Clock;
        var parsed = ICalendar.Load(AnnualClockCalendar.ToICalendar(clock, Stamp, sample.Language));
        if (parsed is null || parsed.Events.Count != clock.Activities.Count)
        {
            return false;
        }

        var byUid = parsed.Events.ToDictionary(e => e.Uid!, StringComparer.Ordinal);
        return byUid.Count == clock.Activities.Count && clock.Activities.All(a =>
            byUid.TryGetValue(AnnualClockCalendar.Uid(clock.Profile.Id, a), out var e)
            && e.Summary == a.Rule.Label.Get(sample.Language)
            && e.DtStart is { HasTime: false } start && start.Date == new DateOnly(a.Start.Year, a.Start.Month, a.Start.Day)
            && e.DtEnd is { HasTime: false } end && end.Date == new DateOnly(a.End.Year, a.End.Month, a.End.Day).AddDays(1));
    }
}
