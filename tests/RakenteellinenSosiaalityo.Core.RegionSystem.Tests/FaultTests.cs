using System.Collections.Concurrent;
using System.Net;
using Microsoft.Data.Sqlite;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>The app killed with SIGKILL under load and started again: nothing acknowledged is lost, nothing is half-written.</summary>
public sealed class FaultTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("rs-region-fault-").FullName;

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public async Task KilledMidLoad_Restarted_EveryAcknowledgedReportIsThereWithItsHistory_AndTheFileIsSound()
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var database = Path.Combine(directory, "fault.db");
        var professional = profile.ReportProcess.Steps[0].PerformedBy.Value;
        var acknowledged = new ConcurrentDictionary<string, int>();

        using (var app = await ChildApp.StartAsync(profile.Id.Value, database))
        {
            using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            var workers = Enumerable.Range(0, 4).Select(_ => Task.Run(() => SubmitUntilFailureAsync(app, professional, profile, acknowledged, stop.Token))).ToList();
            while (acknowledged.Count < 20 && !stop.IsCancellationRequested)
            {
                await Task.Delay(20);
            }

            app.Kill();
            await Task.WhenAll(workers);
        }

        Assert.True(acknowledged.Count >= 20, $"Only {acknowledged.Count} reports were acknowledged before the kill.");

        using (var app = await ChildApp.StartAsync(profile.Id.Value, database))
        {
            using var client = app.Client(professional);
            foreach (var (id, version) in acknowledged)
            {
                var response = await client.GetAsync($"/reports/{id}");
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var report = SocialReportJson.Deserialize(await response.Content.ReadAsStringAsync(), profile);
                Assert.True(report.History.Count >= version, $"{id}: {report.History.Count} events, {version} acknowledged.");
            }

            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/reports")).StatusCode);
        }

        SqliteConnection.ClearAllPools();
        using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check;";
        Assert.Equal("ok", check.ExecuteScalar());
        using var rows = connection.CreateCommand();
        rows.CommandText = "SELECT id, version, document FROM aggregates WHERE kind = 'report';";
        using var reader = rows.ExecuteReader();
        var count = 0;
        while (reader.Read())
        {
            count++;
            var report = SocialReportJson.Deserialize(reader.GetString(2), profile);
            Assert.Equal(reader.GetInt64(1), report.History.Count);
        }

        Assert.True(count >= acknowledged.Count);
    }

    // Each acknowledged step raises the report's known version: create 1, submit 2, the supervisor's step 3.
    private static async Task SubmitUntilFailureAsync(ChildApp app, string professional, RegionProfile profile, ConcurrentDictionary<string, int> acknowledged, CancellationToken stop)
    {
        using var author = app.Client(professional);
        var step = profile.ReportProcess.Steps[1];
        using var supervisor = app.Client(step.PerformedBy.Value);
        try
        {
            while (!stop.IsCancellationRequested)
            {
                var created = await author.PostAsync("/reports", RegionApi.Json(RegionApi.Content(profile) with { ObservedOn = new NodaTime.LocalDate(2026, 11, 2) }), stop);
                if (created.StatusCode != HttpStatusCode.Created)
                {
                    return;
                }

                var id = created.Headers.Location!.OriginalString.Split('/')[^1];
                acknowledged[id] = 1;
                if ((await author.PostAsync($"/reports/{id}/submit", null, stop)).StatusCode != HttpStatusCode.OK)
                {
                    return;
                }

                acknowledged[id] = 2;
                if ((await supervisor.PostAsync($"/reports/{id}/steps/{step.Id}", RegionApi.Json(new { entries = RegionApi.EntriesFor(step) }), stop)).StatusCode != HttpStatusCode.OK)
                {
                    return;
                }

                acknowledged[id] = 3;
            }
        }
        catch (HttpRequestException)
        {
            // The app is gone: the kill.
        }
        catch (OperationCanceledException)
        {
            // Bounded: the load never runs longer than its budget.
        }
    }
}
