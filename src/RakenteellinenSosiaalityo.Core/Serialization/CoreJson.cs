using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// The one <see cref="JsonSerializerOptions"/> of the library: camelCase names, enums as camelCase strings, NodaTime
/// values in ISO form (<c>2025-12-31</c>, <c>12-01</c>, instants as <c>2025-06-02T08:30:00Z</c>), unknown
/// properties rejected, indented output that keeps Finnish letters readable, and source-generated metadata for the
/// library's types.
/// </summary>
/// <remarks>
/// Use it to (de)serialize the library's types directly, e.g. a <see cref="Periods.ReportingPeriod"/>. To read a
/// region profile use <see cref="Regions.RegionProfileJson"/>, which validates the whole document and reports every
/// problem with its path instead of stopping at the first. The instance is read-only.
/// </remarks>
public static class CoreJson
{
    /// <summary>The shared, read-only options.</summary>
    public static JsonSerializerOptions Options { get; } = Create();

    /// <summary>The writer options matching <see cref="Options"/>, for writers that stream: the same bytes as the serializer writes.</summary>
    internal static JsonWriterOptions WriterOptions { get; } = new() { Indented = Options.WriteIndented, Encoder = Options.Encoder };

    /// <summary>
    /// <see cref="Options"/> for writers that stream: the same output, with every long list of a document written item by
    /// item and the writer flushed as chunks fill (<see cref="FlushingListConverter"/>). Never used to read.
    /// </summary>
    private static JsonSerializerOptions StreamingOptions { get; } = CreateStreaming();

    /// <summary>The metadata of <typeparamref name="T"/> under the streaming options.</summary>
    internal static JsonTypeInfo<T> StreamingTypeInfo<T>() => (JsonTypeInfo<T>)StreamingOptions.GetTypeInfo(typeof(T));

    private static JsonSerializerOptions CreateStreaming()
    {
        var options = new JsonSerializerOptions(Options)
        {
            TypeInfoResolver = CoreJsonContext.Default.WithAddedModifier(FlushingListConverter.Apply),
        };

        // The same characters as NodaTime's patterns, without a string per instant or date (IsoWriting).
        options.Converters.Insert(0, new IsoWriting.InstantWriter());
        options.Converters.Insert(0, new IsoWriting.DateWriter());
        options.MakeReadOnly();
        return options;
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            WriteIndented = true,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
            NumberHandling = JsonNumberHandling.Strict,
            ReadCommentHandling = JsonCommentHandling.Disallow,
            AllowTrailingCommas = false,

            // Region files are written for people to read: keep ä, ö and å as they are. Output is never embedded in HTML unescaped.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
            TypeInfoResolver = CoreJsonContext.Default,
        };
        options.ConfigureForNodaTime(DateTimeZoneProviders.Tzdb);

        // One rule for what a number and a date may be in every document (before NodaTime's and the built-in converters).
        options.Converters.Insert(0, new WholeNumberInt32Converter());
        options.Converters.Insert(0, new IsoDate());
        options.MakeReadOnly();
        return options;
    }
}
