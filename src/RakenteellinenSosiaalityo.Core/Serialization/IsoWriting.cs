using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Writes instants and dates as the library's documents hold them (NodaTime's <see cref="InstantPattern.ExtendedIso"/>,
/// e.g. <c>2025-03-04T10:15:00.5Z</c>, and <see cref="LocalDatePattern.Iso"/>, <c>2025-03-04</c>) straight into the
/// writer's UTF-8, without a string per value: a million-report document holds millions of them. The characters are
/// the patterns' own, byte for byte (tested against the patterns); a year outside 1–9999 is left to the pattern.
/// </summary>
internal static class IsoWriting
{
    // yyyy-MM-ddTHH:mm:ss.fffffffffZ
    private const int MaxInstantLength = 30;

    /// <summary>Writes <paramref name="value"/> as <see cref="InstantPattern.ExtendedIso"/> formats it.</summary>
    public static void WriteInstant(Utf8JsonWriter writer, Instant value)
    {
        Span<byte> buffer = stackalloc byte[MaxInstantLength];
        if (TryFormat(value, buffer, out var written))
        {
            writer.WriteStringValue(buffer[..written]);
        }
        else
        {
            writer.WriteStringValue(InstantPattern.ExtendedIso.Format(value));
        }
    }

    /// <summary>Writes <paramref name="value"/> as <see cref="LocalDatePattern.Iso"/> formats it.</summary>
    public static void WriteDate(Utf8JsonWriter writer, LocalDate value)
    {
        Span<byte> buffer = stackalloc byte[10];
        if (TryFormat(value, buffer))
        {
            writer.WriteStringValue(buffer);
        }
        else
        {
            writer.WriteStringValue(LocalDatePattern.Iso.Format(value));
        }
    }

    /// <summary>The UTF-8 of <see cref="InstantPattern.ExtendedIso"/> for years 1–9999; false for any other year.</summary>
    public static bool TryFormat(Instant value, Span<byte> destination, out int written)
    {
        written = 0;
        var time = value.InUtc().LocalDateTime;
        if (!TryFormat(time.Date, destination))
        {
            return false;
        }

        destination[10] = (byte)'T';
        Two(destination[11..], time.Hour);
        destination[13] = (byte)':';
        Two(destination[14..], time.Minute);
        destination[16] = (byte)':';
        Two(destination[17..], time.Second);
        written = 19;

        // FFFFFFFFF: up to nine digits of the fraction, trailing zeros left out, and no separator for none.
        var nanoseconds = time.NanosecondOfSecond;
        if (nanoseconds > 0)
        {
            destination[written++] = (byte)'.';
            var digits = 9;
            while (nanoseconds % 10 == 0)
            {
                nanoseconds /= 10;
                digits--;
            }

            for (var i = digits - 1; i >= 0; i--)
            {
                destination[written + i] = (byte)('0' + (nanoseconds % 10));
                nanoseconds /= 10;
            }

            written += digits;
        }

        destination[written++] = (byte)'Z';
        return true;
    }

    /// <summary>The UTF-8 of <see cref="LocalDatePattern.Iso"/> (ten bytes) for years 1–9999; false for any other year.</summary>
    public static bool TryFormat(LocalDate value, Span<byte> destination)
    {
        var year = value.Year;
        if (year is < 1 or > 9999 || value.Calendar != CalendarSystem.Iso)
        {
            return false;
        }

        Two(destination, year / 100);
        Two(destination[2..], year % 100);
        destination[4] = (byte)'-';
        Two(destination[5..], value.Month);
        destination[7] = (byte)'-';
        Two(destination[8..], value.Day);
        return true;
    }

    private static void Two(Span<byte> destination, int value)
    {
        destination[0] = (byte)('0' + (value / 10));
        destination[1] = (byte)('0' + (value % 10));
    }

    /// <summary>Writes instants for the streaming writers (<see cref="CoreJson"/>); they only write.</summary>
    internal sealed class InstantWriter : JsonConverter<Instant>
    {
        public override Instant Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("The streaming options only write; read documents with CoreJson.Options.");

        public override void Write(Utf8JsonWriter writer, Instant value, JsonSerializerOptions options) => WriteInstant(writer, value);
    }

    /// <summary>Writes dates for the streaming writers (<see cref="CoreJson"/>); they only write.</summary>
    internal sealed class DateWriter : JsonConverter<LocalDate>
    {
        public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("The streaming options only write; read documents with CoreJson.Options.");

        public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) => WriteDate(writer, value);
    }
}
