using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.RegionSystem.Tests;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RegionSystem.LoadRun;

/// <summary>A documented load run (not a unit test): the RegionSystem sample in this process on Kestrel, loopback only, a fresh
/// SQLite file; N reports created, submitted and processed by the supervisor over HTTP by C concurrent clients, then
/// the period compiled. Prints throughput, p50/p99 latency per operation, and the database counts against the
/// acknowledged requests. Usage: dotnet run -c Release --project benchmarks/RegionSystem.LoadRun -- [N] [C]</summary>
internal static class LoadRun
{
    public static async Task<int> Main(string[] args)
    {
        // WebApplicationFactory finds the sample's content root through the manifest beside this program.
        Directory.SetCurrentDirectory(AppContext.BaseDirectory);
        var count = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 10_000;
        var concurrency = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 8;
        var profile = BuiltInRegions.EtelaKarjala;
        var day = new LocalDate(2025, 3, 3);
        var period = profile.ReportingPeriods.PeriodFor(day);
        var directory = Directory.CreateTempSubdirectory("rs-load-").FullName;
        var database = Path.Combine(directory, "load.db");

        using var factory = new RegionSystemFactory(profile.Id.Value, database, FinnishTime.StartOf(day) + Duration.FromHours(8), captureLogs: false);
        factory.UseKestrel(0);
        factory.StartServer();
        var address = factory.ClientOptions.BaseAddress;
        Console.WriteLine($"RegionSystem on {address} ({profile.Id}), database {database}; {count} reports, {concurrency} clients");

        var professional = profile.ReportProcess.Steps[0].PerformedBy.Value;
        var step = profile.ReportProcess.Steps[1];
        var content = new ReportContent
        {
            Authors = [new ReportAuthor("Sanna S.", Profession.SocialWorker)],
            ServiceId = profile.Services[0].Id,
            Title = "Asumisen kustannukset",
            Description = "Lapsiperheiden asumiskustannukset ylittävät yhä useammin toimeentulotuen normit.",
            Themes = [profile.PhenomenonThemes[0].Id],
            ObservedOn = new LocalDate(2025, 2, 24),
        };
        var contentJson = JsonSerializer.Serialize(content, CoreJson.Options);
        var stepJson = """{ "entries": [ { "kind": "remark", "text": "Käsitelty tiimissä." } ] }""";
        HttpClient Client(string actor)
        {
            var client = factory.CreateClient();
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(actor));
            return client;
        }

        var latencies = new Dictionary<string, List<double>> { ["create"] = [], ["submit"] = [], ["process"] = [] };
        var accepted = new Dictionary<string, int> { ["create"] = 0, ["submit"] = 0, ["process"] = 0 };
        var gate = new Lock();
        var next = -1;
        var total = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            using var author = Client(professional);
            using var supervisor = Client(step.PerformedBy.Value);
            while (Interlocked.Increment(ref next) < count)
            {
                var created = await Timed("create", () => author.PostAsync("/reports", new StringContent(contentJson, Encoding.UTF8, "application/json")), HttpStatusCode.Created);
                var id = created.Headers.Location!.OriginalString.Split('/')[^1];
                await Timed("submit", () => author.PostAsync($"/reports/{id}/submit", null), HttpStatusCode.OK);
                await Timed("process", () => supervisor.PostAsync($"/reports/{id}/steps/{step.Id}", new StringContent(stepJson, Encoding.UTF8, "application/json")), HttpStatusCode.OK);
            }
        }));
        total.Stop();

        factory.Clock.Set(FinnishTime.StartOf(period.End.PlusDays(45)) + Duration.FromHours(9));
        using var compiler = Client(profile.CompilationProcess.Steps[0].PerformedBy.Value);
        var compileWatch = Stopwatch.StartNew();
        var compiled = await compiler.PostAsync("/compilations", new StringContent($$"""{ "period": "{{period.Start:uuuu-MM-dd}}" }""", Encoding.UTF8, "application/json"));
        compileWatch.Stop();
        var compiledBody = await compiled.Content.ReadAsStringAsync();
        var included = compiled.StatusCode == HttpStatusCode.Created
            ? JsonDocument.Parse(compiledBody).RootElement.GetProperty("content").GetProperty("included").GetArrayLength()
            : -1;

        long reportsInDatabase, completedInDatabase;
        using (var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*), COALESCE(SUM(status = 'completed'), 0) FROM aggregates WHERE kind = 'report';";
            using var reader = command.ExecuteReader();
            reader.Read();
            (reportsInDatabase, completedInDatabase) = (reader.GetInt64(0), reader.GetInt64(1));
        }

        var requests = accepted.Values.Sum();
        Console.WriteLine(FormattableString.Invariant($"{requests} requests accepted in {total.Elapsed.TotalSeconds:F1} s: {requests / total.Elapsed.TotalSeconds:F0} requests/s, {accepted["process"] / total.Elapsed.TotalSeconds:F0} reports/s through the whole report process"));
        Console.WriteLine("| operation | accepted | p50 ms | p99 ms |");
        Console.WriteLine("|---|--:|--:|--:|");
        foreach (var (operation, values) in latencies)
        {
            values.Sort();
            Console.WriteLine(FormattableString.Invariant($"| {operation} | {accepted[operation]} | {Percentile(values, 0.50):F1} | {Percentile(values, 0.99):F1} |"));
        }

        var all = latencies.Values.SelectMany(v => v).Order().ToList();
        Console.WriteLine(FormattableString.Invariant($"| all | {requests} | {Percentile(all, 0.50):F1} | {Percentile(all, 0.99):F1} |"));
        Console.WriteLine(FormattableString.Invariant($"compile: {(int)compiled.StatusCode} in {compileWatch.Elapsed.TotalSeconds:F2} s, {included} reports included"));
        Console.WriteLine($"database: {reportsInDatabase} reports (accepted creates {accepted["create"]}), {completedInDatabase} completed (accepted supervisor steps {accepted["process"]})");
        var consistent = reportsInDatabase == accepted["create"] && completedInDatabase == accepted["process"] && included == accepted["process"];
        Console.WriteLine(consistent ? "counts match" : "COUNTS DIFFER");
        SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
        return consistent ? 0 : 1;

        async Task<HttpResponseMessage> Timed(string operation, Func<Task<HttpResponseMessage>> send, HttpStatusCode expected)
        {
            var start = Stopwatch.GetTimestamp();
            var response = await send();
            var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
            if (response.StatusCode != expected)
            {
                throw new InvalidOperationException($"{operation}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
            }

            lock (gate)
            {
                latencies[operation].Add(elapsed);
                accepted[operation]++;
            }

            return response;
        }

        static double Percentile(List<double> sorted, double p) =>
            sorted.Count == 0 ? 0 : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
