namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>
/// The tests that compare the process's CPU time for texts of two sizes: they run with no other test class beside them,
/// so that the CPU time they measure is their own and a busy machine cannot fail them.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class CpuTimedTests
{
    /// <summary>The collection's name.</summary>
    public const string Name = "CPU-timed";
}
