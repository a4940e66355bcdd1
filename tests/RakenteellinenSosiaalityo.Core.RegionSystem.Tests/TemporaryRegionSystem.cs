using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>
/// The one set-up of the in-process tests: a temporary folder for the SQLite file, the factories started on it (a second
/// factory on the same file is a restart), and their clean-up.
/// </summary>
public abstract class TemporaryRegionSystem : IDisposable
{
    /// <summary>The day the tests' reports are made: the clock starts at 08:00 Helsinki time on it.</summary>
    protected static readonly LocalDate ReportDay = new(2025, 3, 3);

    /// <summary>The temporary folder of this test's database files.</summary>
    private protected string DatabaseDirectory { get; } = Directory.CreateTempSubdirectory("rs-tests-").FullName;

    /// <summary>The factories started, disposed at the end of the test (a test that disposes one itself removes it).</summary>
    private protected List<RegionSystemFactory> Factories { get; } = [];

    /// <summary>Disposes every factory started and deletes the temporary folder.</summary>
    public void Dispose()
    {
        foreach (var factory in Factories)
        {
            factory.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(DatabaseDirectory, recursive: true);
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts the app for <paramref name="region"/> on the one database file of this test.</summary>
    private protected (RegionSystemFactory Factory, RegionApi Api) Start(string region)
    {
        var factory = new RegionSystemFactory(region, Path.Combine(DatabaseDirectory, "region-system.db"), FinnishTime.StartOf(ReportDay) + Duration.FromHours(8));
        Factories.Add(factory);
        return (factory, new RegionApi(factory, BuiltInRegions.Get(new RegionId(region))));
    }
}
