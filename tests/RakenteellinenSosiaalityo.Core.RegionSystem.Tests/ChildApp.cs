using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>
/// The built sample run as a separate process (`dotnet RegionSystem.dll`) on a loopback port, so a test can kill it
/// with SIGKILL and start it again on the same database file.
/// </summary>
internal sealed class ChildApp : IDisposable
{
    private readonly Process process;

    private ChildApp(Process process, int port)
    {
        this.process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public Uri BaseAddress { get; }

    /// <summary>The sample's built dll, from the same configuration as this test assembly.</summary>
    public static string SampleDll
    {
        get
        {
            var here = new DirectoryInfo(AppContext.BaseDirectory);
            var configuration = here.Parent!.Name; // bin/<configuration>/net10.0/
            var root = here;
            while (root is not null && !File.Exists(Path.Combine(root.FullName, "RakenteellinenSosiaalityo.Core.sln")))
            {
                root = root.Parent;
            }

            Assert.NotNull(root);
            var dll = Path.Combine(root.FullName, "samples", "RegionSystem", "bin", configuration, "net10.0", "RegionSystem.dll");
            Assert.True(File.Exists(dll), $"Build the sample first: {dll} is missing.");
            return dll;
        }
    }

    /// <summary>Starts the sample on a free loopback port and waits (bounded) until /health answers 200.</summary>
    public static async Task<ChildApp> StartAsync(string region, string databasePath)
    {
        var dll = SampleDll;
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(dll)!,
        };
        foreach (var argument in new[] { dll, "--urls", $"http://127.0.0.1:{port}", "--contentRoot", Path.GetDirectoryName(dll)!, "--Region", region, "--Database", databasePath })
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in TestTokens.Settings)
        {
            start.ArgumentList.Add($"--{key}={value}");
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new ChildApp(process, port);
        using var client = app.Client(null);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline && !process.HasExited)
        {
            try
            {
                if ((await client.GetAsync("/health")).StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        app.Dispose();
        throw new TimeoutException($"The sample did not answer /health within 60 s (exited: {process.HasExited}).");
    }

    public HttpClient Client(string? actor)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        if (actor is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", TestTokens.For(actor));
        }

        return client;
    }

    /// <summary>SIGKILL: no shutdown, no flush, as a crash or an out-of-memory kill would end it.</summary>
    public void Kill()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.WaitForExit(10_000);
    }

    public void Dispose()
    {
        Kill();
        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
