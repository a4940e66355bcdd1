using AnnualCycle;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Tests;

/// <summary>
/// The main job's process titles name no cadence they do not read from the profile (issue 13, "words from the data"):
/// the compilation process is titled after the profile's compilation name in fi, sv and en.
/// </summary>
public sealed class ProcessTitleTests
{
    private static readonly string[] SchemeWords =
        ["vuosikoost", "årssammanställning", "annual compilation", "quarterly", "kvartal", "neljännes", "halvår", "semiannual", "puolivuosi"];

    [Theory]
    [InlineData("one-period", "Vuosikooste", "Årssammanställning", "Annual compilation")]
    [InlineData("four-periods", "Neljännesvuosikooste", "Kvartalssammanställning", "Quarterly compilation")]
    [InlineData("february-end", "Puolivuosikooste", "Halvårssammanställning", "Semiannual compilation")]
    [InlineData("kymenlaakso", "Puolivuosikooste", "Halvårssammanställning", "Semiannual compilation")]
    [InlineData("etela-karjala", "Puolivuosikooste", "Halvårssammanställning", "Semiannual compilation")]
    public void CompilationProcessTitle_FollowsThePeriodScheme(string region, string fi, string sv, string en)
    {
        var profile = Load(region);

        var title = FiguresSection.ProcessTitle(profile, "compilationProcess");

        Assert.NotNull(title);
        Assert.Equal($"{fi} – käsittely", title.Fi);
        Assert.Equal($"{sv} – behandling", title.Sv);
        Assert.Equal($"{en} – processing", title.En);
        foreach (var language in new[] { Language.Finnish, Language.Swedish, Language.English })
        {
            var own = CompilationName.Capitalized(profile.CompilationName.Singular.Get(language));
            Assert.StartsWith(own, title.Get(language), StringComparison.Ordinal);
            Assert.DoesNotContain(SchemeWords, word => title.Get(language).Replace(own, string.Empty, StringComparison.Ordinal).Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void CompilationProcessTitle_UsesTheProfilesOwnLabel()
    {
        var label = new CompilationName { Singular = new("kuntakooste", "kommunsammanställning", "municipal compilation"), Plural = new("kuntakoosteet", "kommunsammanställningar", "municipal compilations") };
        var profile = BuiltInRegions.Kymenlaakso with { CompilationRules = BuiltInRegions.Kymenlaakso.CompilationRules with { Name = label } };

        var title = FiguresSection.ProcessTitle(profile, "compilationProcess");

        Assert.Equal(new LocalizedText("Kuntakooste – käsittely", "Kommunsammanställning – behandling", "Municipal compilation – processing"), title);
    }

    [Theory]
    [InlineData("reportProcess")]
    [InlineData("phenomenonProcess")]
    public void OtherProcessTitles_NameNoCadence(string process)
    {
        var title = FiguresSection.ProcessTitle(BuiltInRegions.Kymenlaakso, process);

        Assert.NotNull(title);
        foreach (var language in new[] { Language.Finnish, Language.Swedish, Language.English })
        {
            Assert.DoesNotContain(SchemeWords, word => title.Get(language).Contains(word, StringComparison.OrdinalIgnoreCase));
        }
    }

    [Fact]
    public void UnknownProcess_HasNoTitle() => Assert.Null(FiguresSection.ProcessTitle(BuiltInRegions.Kymenlaakso, "laterProcess"));

    private static RegionProfile Load(string region) =>
        RegionId.IsValid(region) && BuiltInRegions.TryGet(new RegionId(region), out var profile)
            ? profile
            : RegionProfileJson.Load(File.ReadAllText(Path.Combine(
                CommittedFiguresTests.RepositoryRoot(), "tests", "RakenteellinenSosiaalityo.Core.Tests", "Regions", "Profiles", region + ".json")));
}
