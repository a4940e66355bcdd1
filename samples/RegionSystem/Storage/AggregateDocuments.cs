using System.Globalization;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RegionSystem.Storage;

/// <summary>
/// The aggregates the system stores, each as the library's JSON document: what is their own is here (kind, id,
/// document functions, list columns, duplicate problem); everything else is the one <see cref="DocumentStore{TId, TAggregate}"/>.
/// </summary>
internal static class AggregateDocuments
{
    /// <summary>Social reports as <see cref="SocialReportJson"/> documents; the period column is the period the report was submitted in (none for a draft).</summary>
    public static AggregateDocument<ReportId, SocialReport> Reports { get; } = new(
        "report",
        "report",
        id => ReportId.IsValid(id) ? new ReportId(id) : null,
        report => report.Id,
        id => id.Value,
        SocialReportJson.Serialize,
        SocialReportJson.Deserialize,
        (report, profile) => new(StatusKey(report.Status), report.SubmittedAt is { } at ? Key(profile.ReportingPeriods.PeriodFor(FinnishTime.DateOf(at))) : null),
        "duplicate-report",
        report => $"Report {report.Id} exists already.");

    /// <summary>
    /// Compilations as <see cref="CompilationJson"/> documents: self-contained, with the included reports' histories
    /// and the compilation's own. A period is compiled once.
    /// </summary>
    public static AggregateDocument<CompilationId, Compilation> Compilations { get; } = new(
        "compilation",
        "compilation",
        id => CompilationId.IsValid(id) ? new CompilationId(id) : null,
        compilation => compilation.Id,
        id => id.Value,
        CompilationJson.Serialize,
        CompilationJson.Deserialize,
        (compilation, _) => new(StatusKey(compilation.Status), Key(compilation.Content.Period)),
        CompilationException.DuplicateCompilationCode,
        compilation => $"Compilation {compilation.Id} exists already: a period is compiled once.");

    /// <summary>The rule code of a second phenomenon report for a year (409).</summary>
    public const string DuplicatePhenomenonReportCode = "duplicate-phenomenon-report";

    /// <summary>Phenomenon reports as <see cref="PhenomenonReportJson"/> documents, one per region and year; the period column holds the year's first day.</summary>
    public static AggregateDocument<PhenomenonReportId, PhenomenonReport> PhenomenonReports { get; } = new(
        "phenomenon-report",
        "phenomenon report",
        id => PhenomenonReportId.IsValid(id) ? new PhenomenonReportId(id) : null,
        report => report.Id,
        id => id.Value,
        PhenomenonReportJson.Serialize,
        PhenomenonReportJson.Deserialize,
        (report, _) => new(StatusKey(report.Status), $"{report.Selection.Year:D4}-01-01"),
        DuplicatePhenomenonReportCode,
        report => $"Phenomenon report {report.Id} exists already: a year has one phenomenon report.");

    /// <summary>The period column's value: the period's first day.</summary>
    public static string Key(ReportingPeriod period) => period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The status column's value: the status in camelCase.</summary>
    public static string StatusKey(LifecycleStatus status) => CamelCase.Of(status);
}
