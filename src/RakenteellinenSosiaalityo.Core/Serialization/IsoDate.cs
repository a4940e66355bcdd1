using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime;
using NodaTime.Text;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// The one rule for calendar dates in the library's documents: RFC 3339 <c>full-date</c> (JSON Schema's <c>date</c>
/// format), four digits of year, month and day: <c>2025-12-31</c>. A negative or five-digit year is not a date here.
/// </summary>
internal sealed class IsoDate : JsonConverter<LocalDate>
{
    public static bool TryParse(string? text, out LocalDate date)
    {
        date = default;
        if (text is not { Length: 10 } || text[4] != '-' || text[7] != '-' || !IsDigits(text.AsSpan(0, 4)) || !IsDigits(text.AsSpan(5, 2)) || !IsDigits(text.AsSpan(8, 2)))
        {
            return false;
        }

        var result = LocalDatePattern.Iso.Parse(text);
        date = result.Success ? result.Value : default;
        return result.Success;
    }

    public override LocalDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String && TryParse(reader.GetString(), out var date)
            ? date
                : throw new JsonRuleException(Validation.ValidationRules.InvalidDate, "Not a calendar date in the form YYYY-MM-DD (e.g. 2025-12-31); check that the day exists in that month.");

    public override void Write(Utf8JsonWriter writer, LocalDate value, JsonSerializerOptions options) =>
        writer.WriteStringValue(LocalDatePattern.Iso.Format(value));

    private static bool IsDigits(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
