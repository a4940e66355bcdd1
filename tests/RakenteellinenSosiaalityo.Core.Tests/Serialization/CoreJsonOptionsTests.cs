using System.Text;
using System.Text.Json;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// The one set of options of the library's documents (<see cref="CoreJson"/>) and the rules it carries: read-only, no
/// trailing commas, enums only as their names, dates only as <c>YYYY-MM-DD</c> (RFC 3339 full-date); and the streaming
/// options' own writers of dates and instants, which write the same characters and never read.
/// </summary>
public sealed class CoreJsonOptionsTests
{
    [Fact]
    public void TheOptions_AreReadOnly_TheStreamingOnesToo()
    {
        Assert.True(CoreJson.Options.IsReadOnly);
        Assert.Throws<InvalidOperationException>(() => CoreJson.Options.WriteIndented = false);
        Assert.True(CoreJson.StreamingTypeInfo<ReportingPeriod>().Options.IsReadOnly);
    }

    [Fact]
    public void ATrailingComma_IsRefused()
    {
        var period = """{ "start": "2025-12-01", "end": "2026-05-31" }""";
        Assert.Equal(new LocalDate(2026, 5, 31), JsonSerializer.Deserialize<ReportingPeriod>(period, CoreJson.Options)!.End);
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportingPeriod>("""{ "start": "2025-12-01", "end": "2026-05-31", }""", CoreJson.Options));
    }

    [Fact]
    public void AnEnum_IsReadOnlyFromItsCamelCaseName_NeverFromANumber()
    {
        Assert.Equal(GroupingDimension.Theme, JsonSerializer.Deserialize<GroupingDimension>("\"theme\"", CoreJson.Options));
        Assert.Equal("\"theme\"", JsonSerializer.Serialize(GroupingDimension.Theme, CoreJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<GroupingDimension>("1", CoreJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<GroupingDimension>("\"1\"", CoreJson.Options));
    }

    [Theory]
    [InlineData("2025-12-31", true)]
    [InlineData("2024-02-29", true)]
    [InlineData("0001-01-01", true)]
    [InlineData("2025-02-29", false)] // no such day
    [InlineData("2025-13-01", false)]
    [InlineData("2025/12-31", false)]
    [InlineData("2025-12/31", false)]
    [InlineData("2025-12-3a", false)]
    [InlineData("2025-1a-31", false)]
    [InlineData("20a5-12-31", false)]
    [InlineData("+025-12-31", false)]
    [InlineData("-025-12-31", false)]
    [InlineData("\u0662025-12-31", false)] // a digit, but not an ASCII one
    [InlineData("2025-\u0661\u0662-31", false)]
    [InlineData("2025-12-\u0663\u0661", false)]
    [InlineData("12025-12-31", false)]
    [InlineData("2025-12-31 ", false)]
    [InlineData("2025-12-1", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsoDate_IsFourDigitsOfYearThenMonthAndDay_OfADayThatExists(string? text, bool valid)
    {
        Assert.Equal(valid, IsoDate.TryParse(text, out var date));
        Assert.Equal(valid ? text : Text(default), Text(date));
    }

    [Fact]
    public void IsoDate_ReadRefusesAnythingElse_NamingTheForm()
    {
        var e = Assert.Throws<JsonRuleException>(() => JsonSerializer.Deserialize<LocalDate>("\"2025-02-29\"", CoreJson.Options));
        Assert.Equal(Core.Validation.ValidationRules.InvalidDate, e.Rule);
        Assert.Contains("YYYY-MM-DD", e.Message, StringComparison.Ordinal);
        Assert.Throws<JsonRuleException>(() => JsonSerializer.Deserialize<LocalDate>("20251231", CoreJson.Options));
    }

    [Theory]
    [InlineData(1, 1, 1, "0001-01-01")]
    [InlineData(9999, 12, 31, "9999-12-31")]
    [InlineData(2025, 3, 4, "2025-03-04")]
    [InlineData(1987, 11, 9, "1987-11-09")]
    public void IsoWriting_FormatsTheYearsOneTo9999(int year, int month, int day, string expected)
    {
        var buffer = new byte[10];
        Assert.True(IsoWriting.TryFormat(new LocalDate(year, month, day), buffer));
        Assert.Equal(expected, Encoding.ASCII.GetString(buffer));

        var instantBuffer = new byte[30];
        Assert.True(IsoWriting.TryFormat(Instant.FromUtc(year, month, day, 23, 59, 58), instantBuffer, out var written));
        Assert.Equal($"{expected}T23:59:58Z", Encoding.ASCII.GetString(instantBuffer, 0, written));
    }

    [Fact]
    public void IsoWriting_LeavesOtherYearsAndCalendarsToThePattern()
    {
        var buffer = new byte[30];
        Assert.False(IsoWriting.TryFormat(new LocalDate(0, 12, 31), buffer));
        Assert.False(IsoWriting.TryFormat(new LocalDate(-5, 1, 1), buffer));
        Assert.False(IsoWriting.TryFormat(new LocalDate(2025, 1, 1, CalendarSystem.Julian), buffer));
        Assert.False(IsoWriting.TryFormat(Instant.FromUtc(0, 12, 31, 23, 59), buffer, out var written));
        Assert.Equal(0, written);

        // The writers still write them, as the pattern does.
        Assert.Equal("\"0000-12-31\"", Written(w => IsoWriting.WriteDate(w, new LocalDate(0, 12, 31))));
        Assert.Equal("\"-0005-01-01\"", Written(w => IsoWriting.WriteDate(w, new LocalDate(-5, 1, 1))));
        Assert.Equal("\"0000-12-31T23:59:00Z\"", Written(w => IsoWriting.WriteInstant(w, Instant.FromUtc(0, 12, 31, 23, 59))));
    }

    [Fact]
    public void TheStreamingWriters_WriteTheSameCharacters_AndNeverRead()
    {
        var date = new LocalDate(2025, 3, 4);
        var instant = Instant.FromUtc(2025, 3, 4, 10, 15, 0).PlusNanoseconds(500_000_000);
        Assert.Equal("\"2025-03-04\"", Written(w => new IsoWriting.DateWriter().Write(w, date, CoreJson.Options)));
        Assert.Equal("\"2025-03-04T10:15:00.5Z\"", Written(w => new IsoWriting.InstantWriter().Write(w, instant, CoreJson.Options)));
        Assert.Equal(JsonSerializer.Serialize(instant, CoreJson.Options), Written(w => new IsoWriting.InstantWriter().Write(w, instant, CoreJson.Options)));

        Assert.Contains("only write", ReadRefusal(new IsoWriting.DateWriter()), StringComparison.Ordinal);
        Assert.Contains("only write", ReadRefusal(new IsoWriting.InstantWriter()), StringComparison.Ordinal);

        // The streaming options write with them.
        var streaming = CoreJson.StreamingTypeInfo<ReportingPeriod>().Options;
        Assert.IsType<IsoWriting.DateWriter>(streaming.GetConverter(typeof(LocalDate)));
        Assert.IsType<IsoWriting.InstantWriter>(streaming.GetConverter(typeof(Instant)));
        Assert.IsType<IsoDate>(CoreJson.Options.GetConverter(typeof(LocalDate)));
    }

    private static string Text(LocalDate date) => NodaTime.Text.LocalDatePattern.Iso.Format(date);

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string ReadRefusal<T>(System.Text.Json.Serialization.JsonConverter<T> converter)
    {
        var e = Assert.Throws<NotSupportedException>(() =>
        {
            var reader = new Utf8JsonReader("\"2025-03-04\""u8);
            reader.Read();
            return converter.Read(ref reader, typeof(T), CoreJson.Options);
        });
        return e.Message;
    }
}
