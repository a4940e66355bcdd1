using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Sets <see cref="FlushingListConverter{T}"/> on the long lists of the library's documents, for the streaming writers
/// only: whatever property of a document holds a list of these item types (a compilation's included, carried-over
/// and excluded reports, a group's report ids, an export's reports and groups) is written item by item, so that
/// fields added to a document later stream too. Lists of strings (a report's client groups, proposals, themes) get
/// <see cref="StringListWriter"/>, which writes them without an enumerator.
/// </summary>
internal static class FlushingListConverter
{
    /// <summary>A <see cref="IJsonTypeInfoResolver"/> modifier.</summary>
    public static void Apply(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            property.CustomConverter ??= property.PropertyType switch
            {
                var t when t == typeof(IReadOnlyList<ReportId>) => new FlushingListConverter<ReportId>(),
                var t when t == typeof(IReadOnlyList<ReportGroup>) => new FlushingListConverter<ReportGroup>(),
                var t when t == typeof(IReadOnlyList<IncludedReportDocument>) => new FlushingListConverter<IncludedReportDocument>(IncludedReportWriter.Write),
                var t when t == typeof(IReadOnlyList<CompiledReport>) => new FlushingListConverter<CompiledReport>(),
                var t when t == typeof(IReadOnlyList<CarriedOverReport>) => new FlushingListConverter<CarriedOverReport>(),
                var t when t == typeof(IReadOnlyList<ExcludedReport>) => new FlushingListConverter<ExcludedReport>(),
                var t when t == typeof(IReadOnlyList<string>) => StringListWriter.Instance,
                _ => null,
            };
        }
    }
}

/// <summary>
/// Writes a list item by item, flushing the writer whenever a chunk is pending, so that a writer over a
/// <see cref="Stream"/> passes the document on as it is written instead of holding it whole. The output is the
/// serializer's own for the list, byte for byte. Write only: documents are read with the library's plain options.
/// </summary>
/// <param name="writeItem">
/// A hand-written writer of one item that writes the serializer's bytes (<see cref="IncludedReportWriter"/>); null to
/// write each item with the serializer, or, for a value type the serializer hands to a converter of its own (an id),
/// with that converter directly, without the serializer's set-up per item.
/// </param>
internal sealed class FlushingListConverter<T>(Action<Utf8JsonWriter, T>? writeItem = null) : JsonConverter<IReadOnlyList<T>>
{
    /// <summary>How many bytes may wait in the writer before they are flushed.</summary>
    public const int FlushThreshold = 32 * 1024;

    public override IReadOnlyList<T>? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("The streaming options only write; read documents with CoreJson.Options.");

    public override void Write(Utf8JsonWriter writer, IReadOnlyList<T> value, JsonSerializerOptions options)
    {
        var info = (JsonTypeInfo<T>)options.GetTypeInfo(typeof(T));
        var converter = writeItem is null && typeof(T).IsValueType && info.Kind == JsonTypeInfoKind.None ? (JsonConverter<T>)info.Converter : null;
        writer.WriteStartArray();
        for (var i = 0; i < value.Count; i++)
        {
            var item = value[i];
            if (writeItem is not null)
            {
                writeItem(writer, item);
            }
            else if (converter is not null)
            {
                converter.Write(writer, item, options);
            }
            else
            {
                JsonSerializer.Serialize(writer, item, info);
            }

            if (writer.BytesPending >= FlushThreshold)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }
}
