using System.Text.Json;
using System.Text.Json.Serialization;
using NodaTime.Utility;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// What the fast paths of reading a document straight from a <see cref="Utf8JsonReader"/> share
/// (<c>IncludedReportFastReader</c>, <c>CompilationListsFastReader</c>): the library's converters, the moves of the reader
/// that fail on anything but the expected token, and which exceptions mean "leave it to the precise path".
/// </summary>
internal static class FastJsonReading
{
    /// <summary>The library's options, whose converters the fast paths call exactly as the serializer does.</summary>
    public static JsonSerializerOptions Options { get; } = CoreJson.Options;

    /// <summary>The converter the library's options give <typeparamref name="T"/>.</summary>
    public static JsonConverter<T> ConverterOf<T>() => (JsonConverter<T>)Options.GetTypeInfo(typeof(T)).Converter;

    /// <summary>Reads a value with the converter the library's options give its type, as the serializer would.</summary>
    public static T Read<T>(ref Utf8JsonReader reader, JsonConverter<T> converter)
        where T : struct => converter.Read(ref reader, typeof(T), Options);

    /// <summary>
    /// Whether an exception is a refusal by a converter, a constructor or the reader (a lone surrogate in a string):
    /// the fast path then gives up and the precise path reads the part again and says why, at its path.
    /// </summary>
    public static bool IsRefusal(Exception e) =>
        e is JsonException or DomainException or ArgumentException or InvalidOperationException or FormatException or NotSupportedException or InvalidNodaDataException;

    /// <summary>
    /// Whether the reader is on the end of the object that began at <paramref name="depth"/>: a read that stopped at the
    /// buffer's end leaves the last token it read, which is never the end of this object at this depth.
    /// </summary>
    public static bool End(ref Utf8JsonReader reader, int depth) => reader.TokenType == JsonTokenType.EndObject && reader.CurrentDepth == depth;

    /// <summary>Moves to the property's value and tells whether it is of the token type expected.</summary>
    public static bool Value(ref Utf8JsonReader reader, JsonTokenType type) => reader.Read() && reader.TokenType == type;

    /// <summary>Moves to the next item of the array the reader is in; false at its end (or the buffer's: the caller's end check fails).</summary>
    public static bool Item(ref Utf8JsonReader reader) => reader.Read() && reader.TokenType != JsonTokenType.EndArray;
}
