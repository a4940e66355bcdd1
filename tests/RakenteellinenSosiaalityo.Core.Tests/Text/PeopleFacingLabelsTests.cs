using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Text;

/// <summary>Enum values shown to people have names in fi, sv and en (issue 13: no raw enum names on screen).</summary>
public sealed class PeopleFacingLabelsTests
{
    private static readonly Language[] Languages = [Language.Finnish, Language.Swedish, Language.English];

    public static TheoryData<string> Enums => new() { nameof(LifecycleStatus), nameof(ActionStatus), nameof(WorkshopMethod), nameof(CandidateSource), nameof(PersonalDataKind), nameof(CommunicationAudience) };

    private static List<(string Raw, LocalizedText Label)> Labels(string name) => name switch
    {
        nameof(LifecycleStatus) => Enum.GetValues<LifecycleStatus>().Select(v => (v.ToString(), v.Label())).ToList(),
        nameof(ActionStatus) => Enum.GetValues<ActionStatus>().Select(v => (v.ToString(), v.Label())).ToList(),
        nameof(WorkshopMethod) => Enum.GetValues<WorkshopMethod>().Select(v => (v.ToString(), v.Label())).ToList(),
        nameof(CandidateSource) => Enum.GetValues<CandidateSource>().Select(v => (v.ToString(), v.Label())).ToList(),
        nameof(CommunicationAudience) => Enum.GetValues<CommunicationAudience>().Select(v => (v.ToString(), v.Label())).ToList(),
        _ => Enum.GetValues<PersonalDataKind>().Select(v => (v.ToString(), v.Label())).ToList(),
    };

    [Theory]
    [MemberData(nameof(Enums))]
    public void EveryValue_HasItsOwnNameInEveryLanguage_AndNoneIsTheRawEnumName(string name)
    {
        var labels = Labels(name);

        foreach (var language in Languages)
        {
            Assert.All(labels, l => Assert.True(l.Label.Has(language), $"{name}.{l.Raw} has no {language} name"));
            Assert.Equal(labels.Count, labels.Select(l => l.Label.Get(language)).Distinct(StringComparer.Ordinal).Count());
        }

        // In Finnish and Swedish the English enum name is never the name shown (issue 13: "(Remark)" in Finnish output).
        Assert.All(labels, l => Assert.NotEqual(l.Raw, l.Label.Fi, StringComparer.OrdinalIgnoreCase));
        Assert.All(labels, l => Assert.NotEqual(l.Raw, l.Label.Sv, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void UndefinedValue_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((LifecycleStatus)99).Label());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((ActionStatus)99).Label());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((WorkshopMethod)99).Label());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((CandidateSource)99).Label());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((PersonalDataKind)99).Label());
        Assert.Throws<ArgumentOutOfRangeException>(() => ((CommunicationAudience)99).Label());
    }

    // K 1 / EK 1: the plans rest on the Social Welfare Act 1301/2014, section 7; cited in the reader's language.
    [Theory]
    [InlineData(Language.Finnish, "Sosiaalihuoltolaki 1301/2014, 7 §")]
    [InlineData(Language.Swedish, "Socialvårdslagen 1301/2014, 7 §")]
    [InlineData(Language.English, "Social Welfare Act 1301/2014, section 7")]
    public void LegalBasis_Citation_IsInTheAskedLanguage(Language language, string expected)
    {
        Assert.Equal(expected, BuiltInRegions.Kymenlaakso.Plan.LegalBasis.Citation(language));
    }
}
