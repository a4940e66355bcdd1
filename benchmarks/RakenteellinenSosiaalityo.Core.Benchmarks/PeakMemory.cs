using System.Globalization;
using RakenteellinenSosiaalityo.Core.Compilations;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// A one-off, untimed measurement (issue 11): the managed heap a compilation of N reports takes, and the most the heap
/// holds above what was there before while the compilation is written to a file with
/// <see cref="CompilationJson.Serialize(Compilation, Stream)"/> and read back with
/// <see cref="CompilationJson.Deserialize(Stream, Regions.RegionProfile)"/>. The heap is sampled every 2 ms without
/// forcing a collection, so garbage not yet collected counts too: the peak is an upper bound.
/// </summary>
/// <remarks><c>dotnet run -c Release --project benchmarks/RakenteellinenSosiaalityo.Core.Benchmarks -- --peak-memory 1000000</c></remarks>
public static class PeakMemory
{
    /// <summary>Measures and prints the figures.</summary>
    /// <param name="n">The number of reports generated.</param>
    /// <param name="output">Where the figures go.</param>
    public static void Run(int n, TextWriter output)
    {
        var benchmarks = new CompilationDocumentBenchmarks { N = n };
        var empty = GC.GetTotalMemory(forceFullCollection: true);
        var compilation = benchmarks.Build();
        var held = GC.GetTotalMemory(forceFullCollection: true) - empty;
        var file = Path.Combine(Path.GetTempPath(), $"rs-peak-{n}-{Environment.ProcessId}.json");
        try
        {
            var write = Sample(() =>
            {
                using var stream = File.Create(file);
                CompilationJson.Serialize(compilation, stream);
            });
            var included = compilation.Content.Included.Count;
            compilation = null;
            var before = GC.GetTotalMemory(forceFullCollection: true);
            Compilation? result = null;
            var read = Sample(() =>
            {
                using var stream = File.OpenRead(file);
                result = CompilationJson.Deserialize(stream, benchmarks.Profile);
            });

            // The generated compilation shares its reports' contents; the one read has a content per report, so the
            // read compilation is the size to compare the peak with.
            var resultHeld = GC.GetTotalMemory(forceFullCollection: true) - before;
            GC.KeepAlive(result);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"N {n:N0}, included {included:N0}, document {new FileInfo(file).Length / 1048576.0:N0} MB; the generated compilation holds {held / 1048576.0:N0} MB of managed heap; writing added at most {write / 1048576.0:N0} MB; reading (from an empty heap) peaked at {read / 1048576.0:N0} MB, {(double)read / resultHeld:N2}x the {resultHeld / 1048576.0:N0} MB the compilation read holds."));
        }
        finally
        {
            File.Delete(file);
        }
    }

    // The most the heap grew above its size before the action, sampled while it runs.
    private static long Sample(Action action)
    {
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var peak = before;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
                done.Wait(2);
            }
        });
        sampler.Start();
        action();
        done.Set();
        sampler.Join();
        peak = Math.Max(peak, GC.GetTotalMemory(forceFullCollection: false));
        return peak - before;
    }
}
