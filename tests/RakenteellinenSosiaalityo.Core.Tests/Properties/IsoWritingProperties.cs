using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using NodaTime.Text;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>Instants and dates over NodaTime's whole range, with every precision of the fraction of a second.</summary>
public static class IsoWritingArbitraries
{
    /// <summary>Instants from the first to the last one NodaTime has, and many around the years 1 and 9999.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<Instant> Instants()
    {
        const int SecondsPerDay = 86_400;
        var minDay = (int)(Instant.MinValue.ToUnixTimeSeconds() / SecondsPerDay);
        var maxDay = (int)(Instant.MaxValue.ToUnixTimeSeconds() / SecondsPerDay) - 1;
        var year1 = (int)(Instant.FromUtc(1, 1, 1, 0, 0).ToUnixTimeSeconds() / SecondsPerDay);
        var year9999 = (int)(Instant.FromUtc(9999, 12, 31, 0, 0).ToUnixTimeSeconds() / SecondsPerDay);
        var days = Gen.OneOf(
            Gen.Choose(minDay, maxDay),
            Gen.Choose(year1 - 400, year1 + 400),
            Gen.Choose(year9999 - 400, maxDay),
            Gen.Choose(19_000, 21_000));
        var seconds = from day in days
                      from second in Gen.Choose(0, SecondsPerDay - 1)
                      select ((long)day * SecondsPerDay) + second;

        // Whole seconds, milliseconds, ticks and nanoseconds, so that every number of fraction digits appears.
        var nanoseconds = Gen.OneOf(
            Gen.Constant(0L),
            Gen.Choose(0, 999).Select(ms => ms * 1_000_000L),
            Gen.Choose(0, 9_999_999).Select(ticks => ticks * 100L),
            Gen.Choose(0, 999_999_999).Select(ns => (long)ns));
        return (from s in seconds
                from ns in nanoseconds
                select Instant.FromUnixTimeSeconds(s).PlusNanoseconds(ns)).ToArbitrary();
    }

    /// <summary>Dates over NodaTime's whole ISO range.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<LocalDate> Dates() =>
        (from year in Gen.OneOf(Gen.Choose(-9998, 9999), Gen.Choose(-3, 3), Gen.Choose(9990, 9999), Gen.Choose(2000, 2100))
         from month in Gen.Choose(1, 12)
         from day in Gen.Choose(1, 28)
         select new LocalDate(year, month, day)).ToArbitrary();
}

public sealed class IsoWritingProperties
{
    [Property(MaxTest = 2000, Arbitrary = new[] { typeof(IsoWritingArbitraries) })]
    public void WriteInstant_WritesWhatNodaTimesExtendedIsoPatternWrites(Instant instant)
    {
        Assert.Equal(Quoted(InstantPattern.ExtendedIso.Format(instant)), Written(w => IsoWriting.WriteInstant(w, instant)));
    }

    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(IsoWritingArbitraries) })]
    public void WriteDate_WritesWhatNodaTimesIsoPatternWrites(LocalDate date)
    {
        Assert.Equal(Quoted(LocalDatePattern.Iso.Format(date)), Written(w => IsoWriting.WriteDate(w, date)));
    }

    [Theory]
    [InlineData(2025, 3, 4, 10, 15, 0, 0, "2025-03-04T10:15:00Z")]
    [InlineData(2025, 3, 4, 10, 15, 0, 500_000_000, "2025-03-04T10:15:00.5Z")]
    [InlineData(1, 1, 1, 0, 0, 0, 1, "0001-01-01T00:00:00.000000001Z")]
    [InlineData(9999, 12, 31, 23, 59, 59, 999_999_999, "9999-12-31T23:59:59.999999999Z")]
    public void WriteInstant_KnownInstants(int year, int month, int day, int hour, int minute, int second, int nanoseconds, string expected)
    {
        var instant = Instant.FromUtc(year, month, day, hour, minute, second).PlusNanoseconds(nanoseconds);

        Assert.Equal(Quoted(expected), Written(w => IsoWriting.WriteInstant(w, instant)));
    }

    private static string Quoted(string text) => JsonSerializer.Serialize(text, CoreJson.Options);

    private static string Written(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CoreJson.WriterOptions))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
