using System.Text.Json;
using System.Text.Json.Serialization;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Reads an <see cref="int"/> from any JSON number whose value is a whole number in range, as JSON Schema's
/// <c>integer</c> does (<c>3</c>, <c>3.0</c>, <c>3e0</c>, <c>0.3E1</c>); writes it plainly.
/// </summary>
internal sealed class WholeNumberInt32Converter : JsonConverter<int>
{
    public override int Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            if (reader.TryGetInt32(out var value))
            {
                return value;
            }

            if (reader.TryGetDecimal(out var number) && number == decimal.Truncate(number) && number is >= int.MinValue and <= int.MaxValue)
            {
                return (int)number;
            }
        }

        // No message: the serializer then writes its own ("could not be converted to System.Int32") with the path.
        throw new JsonException();
    }

    public override void Write(Utf8JsonWriter writer, int value, JsonSerializerOptions options) => writer.WriteNumberValue(value);
}
