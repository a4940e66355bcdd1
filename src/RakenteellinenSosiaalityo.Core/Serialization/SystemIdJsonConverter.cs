using System.Text.Json;
using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// The one JSON converter of every id type (<see cref="ISystemId{TSelf}"/>): writes the id as a JSON string, and reads
/// it back or refuses it with the id's rule.
/// </summary>
/// <typeparam name="T">The id type.</typeparam>
internal sealed class SystemIdJsonConverter<T> : JsonConverter<T>, ISystemIdJsonConverter
    where T : struct, ISystemId<T>
{
    public override T Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        SystemId.TryRead<T>(reader.TokenType == JsonTokenType.String ? reader.GetString() : null) ?? throw new JsonException(SystemId.JsonRefusal<T>());

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
