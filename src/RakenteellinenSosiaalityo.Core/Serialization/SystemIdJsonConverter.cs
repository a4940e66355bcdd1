using System.Text.Json;
using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>Writes an id a region's system gives as a JSON string, and reads it back or refuses it with the rule.</summary>
/// <typeparam name="T">The id type.</typeparam>
internal sealed class SystemIdJsonConverter<T> : JsonConverter<T>
    where T : struct, ISystemId<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return SystemId.IsValid(text, T.Longest) ? T.Of(text!) : throw new JsonException($"A {T.What} id must be a string of {SystemId.Description(T.Longest)}.");
    }

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
