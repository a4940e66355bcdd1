using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// Reads and writes phenomenon-based social reports as JSON (format version 1, docs/phenomenon-report.md): the
/// selection, sessions, text, prevalence, actions and recipients for readers, and the full history, from which the
/// report is rebuilt and checked when it is read.
/// </summary>
/// <remarks>
/// Reading never trusts the stored state: it rebuilds the report from its history with
/// <see cref="PhenomenonReport.Rebuild"/> under the region's profile and compares every stored value with the rebuilt
/// one. Every problem comes as a <see cref="ValidationProblem"/> with its JSON path and rule.
/// </remarks>
public static class PhenomenonReportJson
{
    /// <summary>The version of the phenomenon report JSON format this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Writes a phenomenon report as indented JSON.</summary>
    /// <param name="report">The phenomenon report.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="report"/> is null.</exception>
    public static string Serialize(PhenomenonReport report)
    {
        Guard.Against.Null(report);
        return ProcessDocumentJson.Write(new PhenomenonReportDocument
        {
            SchemaVersion = CurrentSchemaVersion,
            Id = report.Id,
            RegionId = report.RegionId,
            Status = report.Status,
            PerformedSteps = report.PerformedSteps,
            Selection = report.Selection,
            Sessions = report.Sessions,
            Text = report.Text,
            Prevalence = report.Prevalence,
            Actions = report.Actions,
            Recipients = report.Recipients,
            History = report.History,
        });
    }

    /// <summary>Reads a phenomenon report, rebuilding it from its history under <paramref name="profile"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="profile">The region profile whose phenomenon process the report follows.</param>
    /// <returns>The phenomenon report, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The document is not a valid phenomenon report (code <c>phenomenon-report-invalid</c>), with every problem found.</exception>
    public static PhenomenonReport Deserialize(string json, RegionProfile profile) =>
        TryDeserialize(json, profile, out var report, out var problems)
            ? report
            : throw new ValidationException(RuleCodes.PhenomenonReportInvalid, "Phenomenon report document", problems);

    /// <summary>Tries to read a phenomenon report, rebuilding it from its history under <paramref name="profile"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="profile">The region profile.</param>
    /// <param name="report">The phenomenon report, when valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the document is a valid phenomenon report.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryDeserialize(string json, RegionProfile profile, [NotNullWhen(true)] out PhenomenonReport? report, out IReadOnlyList<ValidationProblem> problems) =>
        ProcessDocumentJson.TryRead<PhenomenonReportDocument, PhenomenonReport>(
            json,
            profile,
            CurrentSchemaVersion,
            "phenomenon report",
            (document, _) => PhenomenonReport.Rebuild(profile, document.Id, document.History),
            Compare,
            out report,
            out problems);

    private static void Compare(PhenomenonReport rebuilt, PhenomenonReportDocument document, List<ValidationProblem> found)
    {
        var differ = new List<string>();
        if (rebuilt.Selection != document.Selection)
        {
            differ.Add("selection");
        }

        if (!rebuilt.Sessions.SequenceEqual(document.Sessions ?? []))
        {
            differ.Add("sessions");
        }

        if (rebuilt.Text != document.Text)
        {
            differ.Add("text");
        }

        if (rebuilt.Prevalence != document.Prevalence)
        {
            differ.Add("prevalence");
        }

        if (!rebuilt.Actions.SequenceEqual(document.Actions ?? []))
        {
            differ.Add("actions");
        }

        if (!rebuilt.Recipients.SequenceEqual(document.Recipients ?? []))
        {
            differ.Add("recipients");
        }

        found.AddRange(differ.Select(name => new ValidationProblem($"$.{name}", ValidationRules.InvalidValue, $"The stored {name} differs from what the history gives; the history is the record, so correct the {name} to match it.")));
    }
}

/// <summary>The JSON form of a phenomenon report.</summary>
internal sealed record PhenomenonReportDocument : ProcessDocument
{
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-9)]
    public required PhenomenonReportId Id { get; init; }

    [JsonPropertyName("selection")]
    public required PhenomenonSelection Selection { get; init; }

    [JsonPropertyName("sessions")]
    public IReadOnlyList<WorkshopSession>? Sessions { get; init; }

    [JsonPropertyName("text")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PhenomenonReportText? Text { get; init; }

    [JsonPropertyName("prevalence")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PhenomenonPrevalence? Prevalence { get; init; }

    [JsonPropertyName("actions")]
    public IReadOnlyList<DecidedAction>? Actions { get; init; }

    [JsonPropertyName("recipients")]
    public IReadOnlyList<PartyReference>? Recipients { get; init; }

    [JsonPropertyName("history")]
    public required IReadOnlyList<PhenomenonEvent> History { get; init; }
}
