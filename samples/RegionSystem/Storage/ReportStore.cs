using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RegionSystem.Api;

namespace RegionSystem.Storage;

/// <summary>Social reports as <see cref="SocialReportJson"/> documents; reading rebuilds each through the region's rules.</summary>
internal sealed class ReportStore(Database database, RegionProfile profile)
{
    private readonly AggregateTable table = new(database, "report", profile.Id);

    /// <summary>The report and its version.</summary>
    /// <exception cref="ApiProblemException">No such report (404).</exception>
    public (SocialReport Report, long Version) Get(ReportId id)
    {
        var stored = table.Find(id.Value) ?? throw ApiProblemException.NotFound($"report {id}");
        return (Read(stored), stored.Version);
    }

    public void Add(SocialReport report) =>
        table.Add(report.Id.Value, ColumnsOf(report), SocialReportJson.Serialize(report), "duplicate-report", $"Report {report.Id} exists already.");

    public long Replace(SocialReport report, long expectedVersion) =>
        table.Replace(report.Id.Value, expectedVersion, ColumnsOf(report), SocialReportJson.Serialize(report));

    /// <summary>The reports submitted in <paramref name="period"/> (all periods when null), with a status (any when null).</summary>
    public IReadOnlyList<(SocialReport Report, long Version)> List(ReportingPeriod? period, LifecycleStatus? status) =>
        table.List(periodStart: period is { } p ? Key(p) : null, status: status is { } s ? StatusKey(s) : null)
            .Select(row => (Read(row), row.Version))
            .ToList();

    /// <summary>Every report submitted up to the end of <paramref name="period"/>: what a compilation may include or carry over.</summary>
    public IReadOnlyList<SocialReport> SubmittedUpTo(ReportingPeriod period) =>
        table.List(periodStartUpTo: Key(period)).Select(Read).ToList();

    /// <summary>Every submitted report of the region.</summary>
    public IReadOnlyList<SocialReport> Submitted() =>
        table.List(periodStartUpTo: "9999-12-31").Select(Read).ToList();

    internal static string Key(ReportingPeriod period) => period.Start.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    internal static string StatusKey(LifecycleStatus status) => RakenteellinenSosiaalityo.Core.Text.CamelCase.Of(status);

    private AggregateTable.Columns ColumnsOf(SocialReport report) =>
        new(StatusKey(report.Status), report.SubmittedAt is { } at ? Key(profile.ReportingPeriods.PeriodFor(FinnishTime.DateOf(at))) : null);

    // The library rebuilds the report from its history and refuses an impossible one: a stored row is never trusted as is.
    private SocialReport Read(StoredDocument stored) => SocialReportJson.Deserialize(stored.Document, profile);
}
