using BenchmarkDotNet.Running;
using RakenteellinenSosiaalityo.Core.Benchmarks;

if (args is ["--peak-memory", var n])
{
    PeakMemory.Run(int.Parse(n, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(PeriodLookupBenchmarks).Assembly).Run(args);
