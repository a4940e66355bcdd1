using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>Issue 13: a compilation's name follows the period scheme, or the profile's own label.</summary>
public sealed class CompilationNameTests
{
    private static string ProfilePath(string kind) => Path.Combine(AppContext.BaseDirectory, "Regions", "Profiles", kind + ".json");

    private static ReportingPeriodScheme Scheme(int periods)
    {
        var length = 12 / periods;
        return new ReportingPeriodScheme(Enumerable.Range(0, periods)
            .Select(i => new PeriodDefinition(new AnnualDate(1 + (i * length), 1), new AnnualDate((i + 1) * length, CalendarSystem.Iso.GetDaysInMonth(2025, (i + 1) * length))))
            .ToList());
    }

    [Theory]
    [InlineData(1, "vuosikooste", "årssammanställning", "annual compilations")]
    [InlineData(2, "puolivuosikooste", "halvårssammanställning", "semiannual compilations")]
    [InlineData(4, "neljännesvuosikooste", "kvartalssammanställning", "quarterly compilations")]
    [InlineData(3, "koonti", "sammanställning", "compilations")]
    [InlineData(6, "koonti", "sammanställning", "compilations")]
    public void For_NamesByThePeriodsAYear(int periods, string fi, string sv, string enPlural)
    {
        var name = CompilationName.For(Scheme(periods));

        Assert.Equal((fi, sv, enPlural), (name.Singular.Fi, name.Singular.Sv, name.Plural.En));
    }

    [Fact]
    public void For_TheProfilesOwnLabel_Wins()
    {
        var label = new CompilationName { Singular = new LocalizedText("vuosiraportti", "årsrapport", "annual report"), Plural = new LocalizedText("vuosiraportit", "årsrapporter", "annual reports") };

        Assert.Same(label, CompilationName.For(Scheme(2), label));
        Assert.Same(label, (BuiltInRegions.EtelaKarjala with { CompilationRules = new CompilationRules { Name = label } }).CompilationName);
    }

    // Issue 13: the Markdown export titled every compilation "puolivuosikooste" whatever the period scheme.
    [Theory]
    [InlineData("one-period", "# Sosiaalisten raporttien vuosikooste ", "# Årssammanställning av sociala rapporter ", "# Annual compilation of social reports ")]
    [InlineData("four-periods", "# Sosiaalisten raporttien neljännesvuosikooste ", "# Kvartalssammanställning av sociala rapporter ", "# Quarterly compilation of social reports ")]
    public void Markdown_Heading_FollowsThePeriodScheme(string kind, string fi, string sv, string en)
    {
        var profile = RegionProfileJson.Load(File.ReadAllText(ProfilePath(kind)));
        var period = profile.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 1));
        var content = Compiler.Compile(profile, period, FinnishTime.StartOf(period.End.PlusDays(1)), []);

        foreach (var (language, heading) in new[] { (Language.Finnish, fi), (Language.Swedish, sv), (Language.English, en) })
        {
            var md = CompilationExport.ToMarkdown(content, profile, language);

            Assert.StartsWith(heading, md, StringComparison.Ordinal);
            Assert.DoesNotContain("uolivuosi", md, StringComparison.Ordinal);
            Assert.DoesNotContain("alvår", md, StringComparison.Ordinal);
            Assert.DoesNotContain("emiannual", md, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Markdown_Heading_OfTheBuiltInProfiles_IsStillSemiannual_EK51()
    {
        var content = CompilationFixtures.Content(BuiltInRegions.EtelaKarjala);

        Assert.StartsWith("# Sosiaalisten raporttien puolivuosikooste ", CompilationExport.ToMarkdown(content, BuiltInRegions.EtelaKarjala), StringComparison.Ordinal);
    }

    [Fact]
    public void Profile_WithItsOwnLabel_RoundTrips_AndHeadsTheMarkdown()
    {
        var label = new CompilationName { Singular = new LocalizedText("vuosiraportti", "årsrapport", "annual report"), Plural = new LocalizedText("vuosiraportit", "årsrapporter", "annual reports") };
        var profile = BuiltInRegions.Kymenlaakso with { CompilationRules = new CompilationRules { Name = label } };

        var read = RegionProfileJson.Load(RegionProfileJson.Serialize(profile));
        var md = CompilationExport.ToMarkdown(CompilationFixtures.Content(BuiltInRegions.Kymenlaakso), read, Language.English);

        Assert.Equal(label, read.CompilationRules.Name);
        Assert.StartsWith("# Annual report of social reports ", md, StringComparison.Ordinal);
    }
}
