using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>
/// Reads and writes social reports as JSON (format version 1): the id, the region, the current status and content
/// for readers, and the full history, from which a report is rebuilt and checked when it is read.
/// </summary>
/// <remarks>
/// <para>
/// Reading never trusts the stored status: it rebuilds the report from its history with
/// <see cref="SocialReport.Rebuild"/>, so a document edited by hand into an impossible lifecycle is refused. Every
/// problem comes as a <see cref="ValidationProblem"/> with its JSON path and rule; nothing else escapes (no
/// <see cref="JsonException"/>).
/// </para>
/// <example>
/// <code>
/// {
///   "schemaVersion": 1,
///   "id": "R-17",
///   "regionId": "etela-karjala",
///   "status": "completed",
///   "performedSteps": [ "submit", "supervisor-review" ],
///   "submittedAt": "2025-03-03T08:00:00Z",
///   "content": { "authors": [ { "name": "…", "profession": "socialWorker" } ], "serviceId": "child-welfare", … },
///   "history": [ { "action": "created", "at": "…", "by": { "actor": "professionals" }, "entries": [], "content": { … } }, … ]
/// }
/// </code>
/// </example>
/// </remarks>
public static class SocialReportJson
{
    /// <summary>The version of the report JSON format this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Writes a report as indented JSON.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(SocialReport report)
    {
        Guard.Against.Null(report);
        var document = new SocialReportDocument
        {
            SchemaVersion = CurrentSchemaVersion,
            Id = report.Id,
            RegionId = report.RegionId,
            Status = report.Status,
            PerformedSteps = report.PerformedSteps,
            SubmittedAt = report.SubmittedAt,
            Content = report.Content,
            History = report.History,
        };
        return ProcessDocumentJson.Write(document);
    }

    /// <summary>Reads a report, rebuilding it from its history under <paramref name="profile"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="profile">The region profile whose process the report follows.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The document is not a valid report (code <c>report-invalid</c>), with every problem found.</exception>
    public static SocialReport Deserialize(string json, RegionProfile profile) =>
        TryDeserialize(json, profile, out var report, out var problems)
            ? report
            : throw new ValidationException(RuleCodes.ReportInvalid, "Social report document", problems);

    /// <summary>Tries to read a report, rebuilding it from its history under <paramref name="profile"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="profile">The region profile whose process the report follows.</param>
    /// <param name="report">The report, when valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the document is a valid report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryDeserialize(string json, RegionProfile profile, [NotNullWhen(true)] out SocialReport? report, out IReadOnlyList<ValidationProblem> problems) =>
        ProcessDocumentJson.TryRead<SocialReportDocument, SocialReport>(
            json,
            profile,
            CurrentSchemaVersion,
            "report",
            (document, _) => SocialReport.Rebuild(profile, document.Id, document.History),
            Compare,
            out report,
            out problems);

    private static void Compare(SocialReport rebuilt, SocialReportDocument document, List<ValidationProblem> found)
    {
        if (rebuilt.Content != document.Content)
        {
            found.Add(new("$.content", ValidationRules.InvalidValue, "The content differs from the last content in the history; the history is the record, so correct the content or add a revision."));
        }

        if (rebuilt.SubmittedAt != document.SubmittedAt)
        {
            found.Add(new("$.submittedAt", ValidationRules.InvalidValue, $"The history gives the first submission as {rebuilt.SubmittedAt?.ToString() ?? "none"}."));
        }
    }
}

/// <summary>The JSON form of a social report.</summary>
internal sealed record SocialReportDocument : ProcessDocument
{
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-9)]
    public required ReportId Id { get; init; }

    [JsonPropertyName("submittedAt")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public NodaTime.Instant? SubmittedAt { get; init; }

    [JsonPropertyName("content")]
    public required ReportContent Content { get; init; }

    [JsonPropertyName("history")]
    public required IReadOnlyList<ReportEvent> History { get; init; }
}
