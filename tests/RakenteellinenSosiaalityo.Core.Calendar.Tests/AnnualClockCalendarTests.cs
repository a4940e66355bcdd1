using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using ICalendar = Ical.Net.Calendar;

namespace RakenteellinenSosiaalityo.Core.Calendar.Tests;

public sealed class AnnualClockCalendarTests
{
    private static readonly Instant Stamp = Instant.FromUtc(2025, 1, 2, 8, 30);
    private static readonly AnnualClock EK2025 = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);

    private static ICalendar Parse(string text) => ICalendar.Load(text) ?? throw new InvalidOperationException("Ical.Net read no calendar.");

    // EK 3: 11 network meetings or workshops in 2025; each is one all-day event over its month.
    [Fact]
    public void EK2025_ParsesBack_WithOneEventPerActivity_AndMonthWindows()
    {
        var calendar = Parse(AnnualClockCalendar.ToICalendar(EK2025, Stamp));

        Assert.Equal(EK2025.Activities.Count, calendar.Events.Count);
        var january = Assert.Single(calendar.Events, e => e.Uid == "20250101.network-meeting.etela-karjala@rakenteellinen-sosiaalityo");
        Assert.Equal("Sosiaalityön verkoston tapaaminen", january.Summary);
        Assert.False(january.DtStart!.HasTime);
        Assert.Equal(new DateOnly(2025, 1, 1), january.DtStart.Date);
        Assert.Equal(new DateOnly(2025, 2, 1), january.DtEnd!.Date);
        Assert.Equal("TRANSPARENT", january.Transparency);
        Assert.Contains("meeting", january.Categories);
        Assert.Contains("Vastuu: Sosiaalityön verkosto", january.Description, StringComparison.Ordinal);
        Assert.Contains("5.3", january.Description, StringComparison.Ordinal);
        Assert.Equal(11, calendar.Events.Count(e => e.Uid!.Contains(".network-meeting.", StringComparison.Ordinal) || e.Uid.Contains(".phenomenon-workshop.", StringComparison.Ordinal)));
    }

    // K 4.1: the period end 31.5. is a one-day event.
    [Fact]
    public void K2025_PeriodEnd_IsAOneDayEvent()
    {
        var clock = AnnualClock.For(BuiltInRegions.Kymenlaakso, 2025);

        var calendar = Parse(AnnualClockCalendar.ToICalendar(clock, Stamp));

        var end = Assert.Single(calendar.Events, e => e.Uid == "20250531.period-end.kymenlaakso@rakenteellinen-sosiaalityo");
        Assert.Equal(new DateOnly(2025, 5, 31), end.DtStart!.Date);
        Assert.Equal(new DateOnly(2025, 6, 1), end.DtEnd!.Date);
        Assert.Contains("1.12.2024–31.5.2025", end.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Finnish, "Sosiaalityön verkoston tapaaminen", "Vastuu")]
    [InlineData(Language.Swedish, "Möte i socialarbetets nätverk", "Ansvar")]
    [InlineData(Language.English, "Social work network meeting", "Responsible")]
    public void Summary_IsInTheAskedLanguage(Language language, string summary, string responsible)
    {
        var calendar = AnnualClockCalendar.ToCalendar(EK2025, Stamp, language);

        var first = calendar.Events.First(e => e.Uid!.Contains(".network-meeting.", StringComparison.Ordinal));
        Assert.Equal(summary, first.Summary);
        Assert.StartsWith(responsible + ": ", first.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Output_IsAPureFunctionOfItsInputs_WithTheGivenStamp()
    {
        var first = AnnualClockCalendar.ToICalendar(EK2025, Stamp);
        var second = AnnualClockCalendar.ToICalendar(AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025), Stamp);

        Assert.Equal(first, second);
        Assert.Contains("DTSTAMP:20250102T083000Z", first, StringComparison.Ordinal);
        Assert.Contains("PRODID:" + AnnualClockCalendar.ProductId, first, StringComparison.Ordinal);
        Assert.Contains("\r\n", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Uids_AreStableForTheSameYear_DistinctWithinIt_AndDifferFromTheNextYears()
    {
        var uids = EK2025.Activities.Select(a => AnnualClockCalendar.Uid(BuiltInRegions.EtelaKarjalaId, a)).ToList();

        Assert.Equal(uids, AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025).Activities.Select(a => AnnualClockCalendar.Uid(BuiltInRegions.EtelaKarjalaId, a)));
        Assert.Equal(uids.Count, uids.Distinct(StringComparer.Ordinal).Count());
        Assert.DoesNotContain(
            AnnualClock.For(BuiltInRegions.EtelaKarjala, 2026).Activities.Select(a => AnnualClockCalendar.Uid(BuiltInRegions.EtelaKarjalaId, a)),
            uids.Contains);
    }

    [Fact]
    public void BadArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => AnnualClockCalendar.ToICalendar(null!, Stamp));
        Assert.ThrowsAny<ArgumentException>(() => AnnualClockCalendar.ToICalendar(EK2025, Stamp, (Language)9));
        Assert.ThrowsAny<ArgumentException>(() => AnnualClockCalendar.Uid(default, EK2025.Activities[0]));
    }
}
