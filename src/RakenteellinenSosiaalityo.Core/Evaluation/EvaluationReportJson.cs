using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Reads and writes evaluation reports as JSON (format version <see cref="EvaluationReport.CurrentSchemaVersion"/>):
/// the region, the dates, and per metric its definition, status, value, target, explanation or assessment.
/// </summary>
/// <remarks>Reading reports every problem with its JSON path and rule; nothing else escapes (no <see cref="JsonException"/>).</remarks>
public static class EvaluationReportJson
{
    /// <summary>Writes an evaluation report as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(EvaluationReport report)
    {
        Guard.Against.Null(report);
        return JsonSerializer.Serialize(report, TypeInfo);
    }

    /// <summary>Writes an evaluation report as indented UTF-8 JSON to a stream.</summary>
    /// <param name="report">The report.</param>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing to the stream fails.</exception>
    public static void Serialize(EvaluationReport report, Stream utf8Json)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(utf8Json);
        JsonSerializer.Serialize(utf8Json, report, TypeInfo);
    }

    /// <summary>Reads an evaluation report from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The document as UTF-8 JSON (a leading byte order mark is skipped); read to its end, not closed.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ValidationException">The document is not valid (code <c>evaluation-invalid</c>), with every problem found.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static EvaluationReport Deserialize(Stream utf8Json) =>
        TryDeserialize(utf8Json, out var report, out var problems)
            ? report
            : throw new ValidationException(RuleCodes.EvaluationInvalid, "Evaluation report document", problems);

    /// <summary>Tries to read an evaluation report from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The document as UTF-8 JSON (a leading byte order mark is skipped); read to its end, not closed.</param>
    /// <param name="report">The report when the document is valid; null otherwise.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the document is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static bool TryDeserialize(Stream utf8Json, [NotNullWhen(true)] out EvaluationReport? report, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(utf8Json);
        var found = new List<ValidationProblem>();
        problems = found;
        report = Read(DocumentJson.Parse(utf8Json, found), found);
        return report is not null;
    }

    /// <summary>Reads an evaluation report.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ValidationException">The document is not valid (code <c>evaluation-invalid</c>), with every problem found.</exception>
    public static EvaluationReport Deserialize(string json) =>
        TryDeserialize(json, out var report, out var problems)
            ? report
            : throw new ValidationException(RuleCodes.EvaluationInvalid, "Evaluation report document", problems);

    /// <summary>Tries to read an evaluation report.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="report">The report when the document is valid; null otherwise.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the document is valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryDeserialize(string json, [NotNullWhen(true)] out EvaluationReport? report, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(json);
        var found = new List<ValidationProblem>();
        problems = found;
        report = Read(DocumentJson.Parse(json, found), found);
        return report is not null;
    }

    private static EvaluationReport? Read(JsonDocument? parsed, List<ValidationProblem> found)
    {
        if (parsed is not { } document)
        {
            return null;
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Object && !DocumentJson.CheckVersion(root, EvaluationReport.CurrentSchemaVersion, "evaluation", found))
            {
                return null;
            }

            return DocumentJson.ReadElement(root, JsonPath.Root, found, TypeInfo);
        }
    }

    private static JsonTypeInfo<EvaluationReport> TypeInfo => (JsonTypeInfo<EvaluationReport>)CoreJson.Options.GetTypeInfo(typeof(EvaluationReport));
}
