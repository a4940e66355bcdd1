using System.Net.Http.Headers;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using NodaTime;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>
/// The sample in process on a given SQLite file, with a test clock, test tokens and (unless turned off, as the load run
/// does) every log line captured.
/// </summary>
internal sealed class RegionSystemFactory(string region, string databasePath, Instant start, bool captureLogs = true) : WebApplicationFactory<Program>
{
    public TestClock Clock { get; } = new(start);

    public CapturedLogs Logs { get; } = new();

    /// <summary>A client calling as <paramref name="actor"/> (no token when null).</summary>
    public HttpClient As(string? actor, string? person = null)
    {
        var client = CreateClient();
        if (actor is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(actor, person));
        }

        return client;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Region", region);
        builder.UseSetting("Database", databasePath);
        foreach (var (key, value) in TestTokens.Settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging =>
        {
            if (captureLogs)
            {
                logging.SetMinimumLevel(LogLevel.Trace);
                logging.AddProvider(Logs);
            }
            else
            {
                logging.SetMinimumLevel(LogLevel.Warning);
            }
        });
        builder.ConfigureTestServices(services => services.AddSingleton<IClock>(Clock));
    }
}
