using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Reads and writes activity records as JSON (format version <see cref="CurrentSchemaVersion"/>): a document
/// <c>{ "schemaVersion": 1, "records": [ … ] }</c> whose records name their kind.
/// </summary>
/// <remarks>
/// <para>Reading reports every problem with its JSON path and rule; nothing else escapes (no <see cref="JsonException"/>). Text holding personal data is a problem with rule <c>personal-data</c> at the field, never echoing the value.</para>
/// <example>
/// <code>
/// {
///   "schemaVersion": 1,
///   "records": [
///     { "kind": "meetingHeld", "on": "2025-01-14", "body": "network", "handled": [ "Raporttikooste 1.7.–31.12.2024" ], "participants": [ "lab" ], "clockRuleId": "network-meeting" },
///     { "kind": "productHandled", "on": "2025-01-14", "body": "network", "compilationPeriod": { "start": "2024-07-01", "end": "2024-12-31" }, "approved": false },
///     { "kind": "productHandled", "on": "2025-09-16", "body": "network", "phenomenonReport": "Yksinäisyys", "approved": true },
///     { "kind": "communicationMade", "on": "2025-03-03", "audience": "internal", "channel": "intranet" },
///     { "kind": "onboardingGiven", "on": "2025-02-10", "newProfessionals": 3 },
///     { "kind": "trainingEventHeld", "on": "2025-10-02", "title": "Socom", "registrations": 120 }
///   ]
/// }
/// </code>
/// </example>
/// </remarks>
public static class ActivityRecordJson
{
    /// <summary>The version of the activity record JSON format this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Writes activity records as an indented JSON document.</summary>
    /// <param name="records">The records, in the order to keep.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="records"/> holds null.</exception>
    public static string Serialize(IEnumerable<ActivityRecord> records)
    {
        Guard.Against.Null(records);
        using var stream = new MemoryStream();
        Serialize(records, stream);
        return System.Text.Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes activity records as an indented UTF-8 JSON document to a stream, one record at a time.</summary>
    /// <param name="records">The records, in the order to keep.</param>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="records"/> holds null.</exception>
    /// <exception cref="IOException">Writing to the stream fails.</exception>
    public static void Serialize(IEnumerable<ActivityRecord> records, Stream utf8Json)
    {
        Guard.Against.Null(records);
        Guard.Against.Null(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true, Encoder = CoreJson.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteNumber("schemaVersion", CurrentSchemaVersion);
        writer.WriteStartArray("records");
        var index = 0;
        foreach (var record in records)
        {
            JsonSerializer.Serialize(writer, record ?? throw new ArgumentException($"The list holds null at index {index}.", nameof(records)), RecordTypeInfo);
            index++;

            // Memory stays proportional to one record, not to the document.
            if (writer.BytesPending > 16 * 1024)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    /// <summary>Reads activity records from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The document as UTF-8 JSON (a leading byte order mark is skipped); read to its end, not closed.</param>
    /// <returns>The records, in the document's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ValidationException">The document is not valid (code <c>activity-records-invalid</c>), with every problem found.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static IReadOnlyList<ActivityRecord> Deserialize(Stream utf8Json) =>
        TryDeserialize(utf8Json, out var records, out var problems)
            ? records
            : throw new ValidationException(RuleCodes.ActivityRecordsInvalid, "Activity record document", problems);

    /// <summary>Tries to read activity records from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The document as UTF-8 JSON (a leading byte order mark is skipped); read to its end, not closed.</param>
    /// <param name="records">The records when the document is valid; null otherwise.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the document is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static bool TryDeserialize(Stream utf8Json, [NotNullWhen(true)] out IReadOnlyList<ActivityRecord>? records, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(utf8Json);
        var found = new List<ValidationProblem>();
        problems = found;
        records = Read(DocumentJson.Parse(utf8Json, found), found);
        return records is not null;
    }

    /// <summary>Reads activity records from a JSON document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The records, in the document's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ValidationException">The document is not valid (code <c>activity-records-invalid</c>), with every problem found.</exception>
    public static IReadOnlyList<ActivityRecord> Deserialize(string json) =>
        TryDeserialize(json, out var records, out var problems)
            ? records
            : throw new ValidationException(RuleCodes.ActivityRecordsInvalid, "Activity record document", problems);

    /// <summary>Tries to read activity records from a JSON document.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="records">The records when the document is valid; null otherwise.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the document is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out IReadOnlyList<ActivityRecord>? records, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(json);
        var found = new List<ValidationProblem>();
        problems = found;
        records = Read(DocumentJson.Parse(json, found), found);
        return records is not null;
    }

    private static ValueList<ActivityRecord>? Read(JsonDocument? parsed, List<ValidationProblem> found)
    {
        if (parsed is not { } document)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                found.Add(new(JsonPath.Root, ValidationRules.WrongType, "Expected an object { \"schemaVersion\": 1, \"records\": [ … ] }."));
                return null;
            }

            foreach (var property in root.EnumerateObject())
            {
                if (property.Name is not ("schemaVersion" or "records"))
                {
                    found.Add(new(JsonPath.Property(JsonPath.Root, property.Name), ValidationRules.UnknownProperty, "The document has only 'schemaVersion' and 'records'; remove this property."));
                }
            }

            DocumentJson.CheckVersion(root, CurrentSchemaVersion, "activity record document", found);

            if (!root.TryGetProperty("records", out var items) || items.ValueKind != JsonValueKind.Array)
            {
                found.Add(new("$.records", ValidationRules.MissingProperty, "The document lists its records in an array 'records'."));
                return null;
            }

            var list = new List<ActivityRecord>();
            var index = 0;
            foreach (var item in items.EnumerateArray())
            {
                if (DocumentJson.ReadElement(item, JsonPath.Index("$.records", index++), found, RecordTypeInfo) is { } record)
                {
                    list.Add(record);
                }
            }

            return found.Count > 0 ? null : ValueList<ActivityRecord>.From(list);
        }
    }

    private static JsonTypeInfo<ActivityRecord> RecordTypeInfo => (JsonTypeInfo<ActivityRecord>)CoreJson.Options.GetTypeInfo(typeof(ActivityRecord));
}
