using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RakenteellinenSosiaalityo.Core.Benchmarks.PeriodLookupBenchmarks).Assembly).Run(args);
