using System.Text.Json;
using System.Text.Json.Serialization;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Writes a list of strings by index, for the streaming writers only: the serializer's own writing enumerates the list
/// through an enumerator allocated per list, and a million-report document holds several lists per report. The bytes
/// are the serializer's (each item as <see cref="Utf8JsonWriter.WriteStringValue(string)"/>, a null item as
/// <c>null</c>); <c>CompilationJsonStreamProperties</c> checks them against the string form.
/// </summary>
internal sealed class StringListWriter : JsonConverter<IReadOnlyList<string>>
{
    public static readonly StringListWriter Instance = new();

    public override IReadOnlyList<string>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The streaming options only write; read documents with CoreJson.Options.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<string> value, JsonSerializerOptions options) => WriteItems(writer, value);

    /// <summary>Writes <paramref name="value"/> as the serializer writes a list of strings (also for the hand-written writers).</summary>
    public static void WriteItems(Utf8JsonWriter writer, IReadOnlyList<string> value)
    {
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            if (value[i] is { } item)
            {
                writer.WriteStringValue(item);
            }
            else
            {
                writer.WriteNullValue();
            }
        }

        writer.WriteEndArray();
    }
}
