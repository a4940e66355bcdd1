using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RegionSystem.Api;

namespace RegionSystem.Storage;

/// <summary>
/// Compilations as <see cref="CompilationJson"/> documents: self-contained, with the included reports' histories and
/// the compilation's own; reading rebuilds and checks them through the region's rules.
/// </summary>
internal sealed class CompilationStore(Database database, RegionProfile profile)
{
    private readonly AggregateTable table = new(database, "compilation", profile.Id);

    /// <summary>The compilation and its version.</summary>
    /// <exception cref="ApiProblemException">No such compilation (404).</exception>
    public (Compilation Compilation, long Version) Get(string id)
    {
        var stored = (CompilationId.IsValid(id) ? table.Find(id) : null) ?? throw ApiProblemException.NotFound($"compilation {id}");
        return (Read(stored), stored.Version);
    }

    /// <summary>Adds a new compilation.</summary>
    /// <exception cref="ApiProblemException">The period has a compilation already (409, <c>duplicate-compilation</c>).</exception>
    public void Add(Compilation compilation) =>
        table.Add(compilation.Id.Value, ColumnsOf(compilation), CompilationJson.Serialize(compilation),
            CompilationException.DuplicateCompilationCode, $"Compilation {compilation.Id} exists already: a period is compiled once.");

    public long Replace(Compilation compilation, long expectedVersion) =>
        table.Replace(compilation.Id.Value, expectedVersion, ColumnsOf(compilation), CompilationJson.Serialize(compilation));

    /// <summary>The contents of the compilations of periods before <paramref name="period"/>: what carried-over reports need.</summary>
    public IReadOnlyList<CompilationContent> ContentsBefore(ReportingPeriod period) =>
        table.List(periodStartBefore: ReportStore.Key(period)).Select(row => Read(row).Content).ToList();

    /// <summary>Every compilation of the region.</summary>
    public IReadOnlyList<(Compilation Compilation, long Version)> All() =>
        table.List(periodStartUpTo: "9999-12-31").Select(row => (Read(row), row.Version)).ToList();

    private static AggregateTable.Columns ColumnsOf(Compilation compilation) =>
        new(ReportStore.StatusKey(compilation.Status), ReportStore.Key(compilation.Content.Period));

    private Compilation Read(StoredDocument stored) => CompilationJson.Deserialize(stored.Document, profile);
}
