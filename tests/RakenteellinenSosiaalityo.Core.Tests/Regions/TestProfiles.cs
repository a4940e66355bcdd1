using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

/// <summary>The suite's own profiles of four kinds of region (issue 13), copied beside the test assembly from Regions/Profiles.</summary>
internal static class TestProfiles
{
    /// <summary>The file of a kind: <c>one-period</c>, <c>four-periods</c>, <c>february-end</c> or <c>bilingual</c>.</summary>
    public static string PathOf(string kind) => Path.Combine(AppContext.BaseDirectory, "Regions", "Profiles", kind + ".json");

    /// <summary>The loaded profile of a kind.</summary>
    public static RegionProfile Load(string kind) => RegionProfileJson.Load(File.ReadAllText(PathOf(kind)));
}
