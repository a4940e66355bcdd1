using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Tests.Periods;

public sealed class ReportingPeriodTests
{
    [Fact]
    public void Contains_IncludesBothEnds()
    {
        var period = new ReportingPeriod(new LocalDate(2025, 12, 1), new LocalDate(2026, 5, 31));

        Assert.True(period.Contains(new LocalDate(2025, 12, 1)));
        Assert.True(period.Contains(new LocalDate(2026, 5, 31)));
        Assert.False(period.Contains(new LocalDate(2025, 11, 30)));
        Assert.False(period.Contains(new LocalDate(2026, 6, 1)));
    }

    [Fact]
    public void EndBeforeStart_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReportingPeriod(new LocalDate(2026, 1, 2), new LocalDate(2026, 1, 1)));

        Assert.Contains("2.1.2026", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LengthInDays_CountsBothEnds()
    {
        Assert.Equal(182, new ReportingPeriod(new LocalDate(2025, 12, 1), new LocalDate(2026, 5, 31)).LengthInDays);
    }

    [Fact]
    public void Json_IsStartAndEndAsIsoDates()
    {
        var period = new ReportingPeriod(new LocalDate(2025, 12, 1), new LocalDate(2026, 5, 31));

        var json = System.Text.Json.JsonSerializer.Serialize(period, Core.Serialization.CoreJson.Options);
        var back = System.Text.Json.JsonSerializer.Deserialize<ReportingPeriod>(json, Core.Serialization.CoreJson.Options);

        Assert.Contains("\"start\": \"2025-12-01\"", json, StringComparison.Ordinal);
        Assert.Equal(period, back);
    }

    [Fact]
    public void EndsInDifferentCalendars_AreRefused_NamingTheRule()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ReportingPeriod(new LocalDate(2025, 12, 1), new LocalDate(2026, 5, 31, CalendarSystem.Julian)));

        Assert.Equal("end", error.ParamName);
        Assert.Contains("same calendar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlaps_Null_IsRefused() =>
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() =>
            new ReportingPeriod(new LocalDate(2025, 12, 1), new LocalDate(2026, 5, 31)).Overlaps(null!)).ParamName);
}
