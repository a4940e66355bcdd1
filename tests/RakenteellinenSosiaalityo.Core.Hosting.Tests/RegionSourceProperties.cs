using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Hosting.Tests;

/// <summary>Settings as a configuration may hold them: built-in ids, near misses, paths and arbitrary text.</summary>
public static class RegionSettingArbitraries
{
    /// <summary>Any region setting, including null and blank.</summary>
    public static Arbitrary<RegionSetting> Settings() =>
        Gen.OneOf(
                Gen.Elements<string?>([.. BuiltInRegions.Ids.Select(id => id.Value)]),
                Gen.Elements<string?>(null, "", "  ", "Kymenlaakso", "etela_karjala", "region.json", "../x.json", "a/b/c", "\0", "con:"),
                ArbMap.Default.GeneratorFor<string?>())
            .Select(value => new RegionSetting(value))
            .ToArbitrary();
}

/// <summary>A region setting, wrapped so its generator is explicit.</summary>
/// <param name="Value">The setting.</param>
public sealed record RegionSetting(string? Value);

[Properties(Arbitrary = [typeof(RegionSettingArbitraries)])]
public sealed class RegionSourceProperties : IDisposable
{
    // An empty directory: no relative setting names an existing file in it.
    private readonly string directory = Directory.CreateTempSubdirectory("rs-hosting-prop-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Property(MaxTest = 1000)]
    public bool TryLoad_AnySetting_GivesAProfileOrProblemsNeverAnException(RegionSetting setting)
    {
        var ok = RegionSource.TryLoad(setting.Value, directory, out var profile, out var problems);

        return ok
            ? profile is not null && problems.Count == 0 && BuiltInRegions.Ids.Contains(new RegionId(setting.Value!))
            : profile is null && problems.Count > 0 && problems.All(p => p.Path == RegionSource.SettingPath);
    }
}
