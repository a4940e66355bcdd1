using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RegionSystem.Api;

namespace RegionSystem.Storage;

/// <summary>
/// Phenomenon reports as <see cref="PhenomenonReportJson"/> documents, one per region and year; reading rebuilds each
/// through the region's rules. The period column holds the report's year as its first day.
/// </summary>
internal sealed class PhenomenonReportStore(Database database, RegionProfile profile)
{
    /// <summary>The rule code of a second phenomenon report for a year (409).</summary>
    public const string DuplicateCode = "duplicate-phenomenon-report";

    private readonly AggregateTable table = new(database, "phenomenon-report", profile.Id);

    /// <summary>The report and its version.</summary>
    /// <exception cref="ApiProblemException">No such report (404).</exception>
    public (PhenomenonReport Report, long Version) Get(string id)
    {
        var stored = (PhenomenonReportId.IsValid(id) ? table.Find(id) : null) ?? throw ApiProblemException.NotFound($"phenomenon report {id}");
        return (Read(stored), stored.Version);
    }

    /// <summary>Adds a new report.</summary>
    /// <exception cref="ApiProblemException">The year has a report already (409, <see cref="DuplicateCode"/>).</exception>
    public void Add(PhenomenonReport report) =>
        table.Add(report.Id.Value, ColumnsOf(report), PhenomenonReportJson.Serialize(report), DuplicateCode,
            $"Phenomenon report {report.Id} exists already: a year has one phenomenon report.");

    public long Replace(PhenomenonReport report, long expectedVersion) =>
        table.Replace(report.Id.Value, expectedVersion, ColumnsOf(report), PhenomenonReportJson.Serialize(report));

    /// <summary>Every phenomenon report of the region, oldest year first.</summary>
    public IReadOnlyList<(PhenomenonReport Report, long Version)> All() =>
        table.List(periodStartUpTo: "9999-12-31").Select(row => (Read(row), row.Version)).ToList();

    private static AggregateTable.Columns ColumnsOf(PhenomenonReport report) =>
        new(ReportStore.StatusKey(report.Status), $"{report.Selection.Year:D4}-01-01");

    private PhenomenonReport Read(StoredDocument stored) => PhenomenonReportJson.Deserialize(stored.Document, profile);
}
