using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Areas;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

/// <summary>
/// A profile's look-ups by id and the defaults of its optional parts (issue 16): every item of a list is found by its
/// own id, an id the profile does not have is null (or, asked with <c>GetActor</c>, refused naming the region and its actors).
/// </summary>
public sealed class RegionProfileLookupTests
{
    private static readonly RegionProfile Ek = BuiltInRegions.EtelaKarjala;

    [Fact]
    public void EveryItem_IsFoundByItsOwnId_AndAnUnknownIdIsNull()
    {
        Assert.All(Ek.Actors, a => Assert.Same(a, Ek.FindActor(a.Id)));
        Assert.All(Ek.Actors, a => Assert.Same(a, Ek.GetActor(a.Id)));
        Assert.All(Ek.Services, s => Assert.Same(s, Ek.FindService(s.Id)));
        Assert.All(Ek.PhenomenonThemes, t => Assert.Same(t, Ek.FindTheme(t.Id)));
        Assert.All(Ek.Metrics, m => Assert.Same(m, Ek.FindMetric(m.Id)));
        Assert.Null(Ek.FindActor(new ActorId("ghost")));
        Assert.Null(Ek.FindService(new ServiceId("ghost")));
        Assert.Null(Ek.FindTheme(new ThemeId("ghost")));
        Assert.Null(Ek.FindMetric(new MetricId("ghost")));
        var bilingual = TestProfiles.Load("bilingual");
        Assert.NotEmpty(bilingual.Areas);
        Assert.All(bilingual.Areas, a => Assert.Same(a, bilingual.FindArea(a.Id)));
        Assert.Null(bilingual.FindArea("ghost"));
        Assert.Null(bilingual.FindArea(null));
    }

    [Fact]
    public void GetActor_OfAnUnknownId_IsRefusedNamingTheRegionAndItsActors()
    {
        var e = Assert.Throws<KeyNotFoundException>(() => Ek.GetActor(new ActorId("ghost")));

        Assert.Contains("'ghost'", e.Message, StringComparison.Ordinal);
        Assert.Contains($"'{Ek.Id}'", e.Message, StringComparison.Ordinal);
        Assert.All(Ek.Actors, a => Assert.Contains(a.Id.Value, e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void OptionalParts_GivenAsNull_TakeTheirDefaults_AndRequiredOnesAreRefused()
    {
        var profile = Ek with { PhenomenonThemes = null!, CompilationRules = null! };

        Assert.Equal(PhenomenonThemes.SocialWelfareActSupportNeeds, profile.PhenomenonThemes);
        Assert.Same(CompilationRules.Default, profile.CompilationRules);
        Assert.Empty((Ek with { Areas = null! }).Areas);
        Assert.Equal("BusinessId", Assert.Throws<ArgumentException>(() => Ek with { BusinessId = default }).ParamName);
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => Ek with { Id = default }).ParamName);
        Assert.Equal("Actors", Assert.Throws<ArgumentException>(() => Ek with { Actors = [Ek.Actors[0], null!] }).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentNullException>(() => Ek with { Name = null! }).ParamName);
        Assert.Equal("Plan", Assert.Throws<ArgumentNullException>(() => Ek with { Plan = null! }).ParamName);
    }

    // A profile without areas writes no "areas" property; one with areas writes them.
    [Fact]
    public void Areas_AreWrittenOnlyWhenTheRegionHasSome()
    {
        Assert.Empty(Ek.Areas);
        Assert.DoesNotContain("\"areas\"", RegionProfileJson.Serialize(Ek), StringComparison.Ordinal);
        Assert.Contains("\"areas\"", RegionProfileJson.Serialize(TestProfiles.Load("bilingual")), StringComparison.Ordinal);
    }

    [Fact]
    public void SmallValues_RefuseBlanksAndDefaults_AndShowIdAndFinnishName()
    {
        var name = new LocalizedText("Lastensuojelu", "Barnskydd", "Child welfare");
        var service = new ServiceUnit { Id = new ServiceId("child-welfare"), Name = name };
        var area = new Area { Id = "lappeenranta", Name = new LocalizedText("Lappeenranta", "Villmanstrand") };

        Assert.Equal("child-welfare (Lastensuojelu)", service.ToString());
        Assert.Equal("lappeenranta (Lappeenranta)", area.ToString());
        Assert.Equal("Id", Assert.Throws<ArgumentException>(() => new Area { Id = "Not A Slug", Name = name }).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentNullException>(() => new Area { Id = "a", Name = null! }).ParamName);
        Assert.Equal("Name", Assert.Throws<ArgumentNullException>(() => new ServiceUnit { Id = new ServiceId("a"), Name = null! }).ParamName);
        Assert.Equal("subject", Assert.Throws<ArgumentException>(() => new Assumption(" ", name)).ParamName);
        Assert.Equal("text", Assert.Throws<ArgumentNullException>(() => new Assumption("resurssit", null!)).ParamName);
    }
}
