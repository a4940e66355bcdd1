using System.Text.RegularExpressions;
using AnnualCycle;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Samples;

/// <summary>
/// Issue 13, "Languages": the main job prints the whole year in the language asked, on both built-in profiles and the
/// suite's four kinds of region: no word of another language (the legal basis included) and no raw enum name.
/// </summary>
public sealed partial class MainJobLanguageTests
{
    // Words each language has and the other two do not; one of them on the screen means text the run did not translate.
    private static readonly Dictionary<string, string[]> Markers = new(StringComparer.Ordinal)
    {
        ["fi"] = ["Sosiaalihuoltolaki", "raportti", "kooste", "ilmiö", "käsitel", "toimenpide", "seuranta", " ja "],
        ["sv"] = ["Socialvårdslagen", "sammanställning", "rapporter", "behandla", "åtgärd", "uppföljning", " och "],
        ["en"] = ["Social Welfare Act", "compilation", "report", "phenomenon", "follow-up", " the ", " and "],
    };

    // Every enum value of the library whose name has two or more words (e.g. PhoneNumber, stepPerformed): such an
    // identifier is never a word of any language, so on the screen it is an enum name shown raw.
    private static readonly string[] RawEnumNames = typeof(RegionProfile).Assembly.GetTypes()
        .Where(t => t.IsEnum && t.IsPublic)
        .SelectMany(Enum.GetNames)
        .Where(n => Humps().Count(n) >= 2)
        .SelectMany(n => new[] { n, char.ToLowerInvariant(n[0]) + n[1..] })
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    public static TheoryData<string, string> Runs()
    {
        var data = new TheoryData<string, string>();
        foreach (var region in new[] { "kymenlaakso", "etela-karjala", "one-period", "four-periods", "february-end", "bilingual" })
        {
            foreach (var language in new[] { "fi", "sv", "en" })
            {
                data.Add(region, language);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Runs))]
    public void MainJob_PrintsOnlyTheAskedLanguage_AndNoRawEnumName(string region, string language)
    {
        var argument = RegionId.IsValid(region) && BuiltInRegions.Ids.Contains(new RegionId(region)) ? region : Tests.Regions.TestProfiles.PathOf(region);

        var (code, output, error) = SampleRunner.Run("--region", argument, "--year", "2025", "--language", language);

        Assert.Equal((CommandLine.Ok, string.Empty), (code, error));

        // Ids (network-meeting, [compilation], write-report, compilationProcess) are the profile's data in no language: not words to check.
        var words = Ids().Replace(output, " ");
        foreach (var other in Markers.Where(m => m.Key != language).SelectMany(m => m.Value.Select(word => (Language: m.Key, Word: word))))
        {
            Assert.False(words.Contains(other.Word, StringComparison.OrdinalIgnoreCase), $"The {language} run prints '{other.Word}' ({other.Language}): {Line(words, other.Word)}");
        }

        foreach (var name in RawEnumNames)
        {
            Assert.False(Regex.IsMatch(output, $@"\b{name}\b"), $"The {language} run prints the enum name '{name}': {Line(output, name)}");
        }
    }

    // The marker lists hold words the runs in their own language really print, so the test could fail.
    [Theory]
    [InlineData("fi")]
    [InlineData("sv")]
    [InlineData("en")]
    public void Markers_AppearInTheirOwnLanguage(string language)
    {
        var (_, output, _) = SampleRunner.Run("--region", "etela-karjala", "--year", "2025", "--language", language);

        Assert.Contains(Markers[language], word => output.Contains(word, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(BuiltInRegions.EtelaKarjala.Plan.LegalBasis.Citation(language switch { "sv" => Language.Swedish, "en" => Language.English, _ => Language.Finnish }), output, StringComparison.Ordinal);
    }

    private static string Line(string output, string word) =>
        output.Split('\n').FirstOrDefault(l => l.Contains(word, StringComparison.OrdinalIgnoreCase))?.Trim() ?? string.Empty;

    [GeneratedRegex("[A-Z]")]
    private static partial Regex HumpsRegex();

    private static Regex Humps() => HumpsRegex();

    [GeneratedRegex(@"\[[^\]\n]*\]|\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\b[a-z]+(?:[A-Z][a-z0-9]*)+\b")]
    private static partial Regex Ids();
}
