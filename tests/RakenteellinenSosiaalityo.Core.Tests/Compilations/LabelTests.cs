using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>Issue 13: enum values shown to people have labels in fi, sv and en, never their English enum names.</summary>
public sealed class LabelTests
{
    public static TheoryData<Language> Languages => new() { Language.Finnish, Language.Swedish, Language.English };

    private static void AllDistinctAndTranslated<T>(Func<T, LocalizedText> label)
        where T : struct, Enum
    {
        var values = Enum.GetValues<T>();
        foreach (var language in new[] { Language.Finnish, Language.Swedish, Language.English })
        {
            Assert.True(values.All(v => label(v).Has(language)), $"{typeof(T).Name} lacks a label in {language}.");
            Assert.Equal(values.Length, values.Select(v => label(v).Get(language)).Distinct().Count());
        }

        // A Finnish label is never the enum's own name.
        Assert.DoesNotContain(values, v => string.Equals(label(v).Fi, v.ToString(), StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void EveryEnumShownToPeople_HasDistinctLabelsInEveryLanguage()
    {
        AllDistinctAndTranslated<GroupingDimension>(GroupingLabels.Of);
        AllDistinctAndTranslated<GroupingDimension>(GroupingLabels.OfOne);
        AllDistinctAndTranslated<Profession>(GroupingLabels.Of);
        AllDistinctAndTranslated<PersonalDataKind>(PersonalDataLabels.Of);
        AllDistinctAndTranslated<RecordKind>(RecordLabels.Of);
    }

    [Theory]
    [InlineData(Language.Finnish, "puhelinnumero kentässä description")]
    [InlineData(Language.Swedish, "telefonnummer i fältet description")]
    [InlineData(Language.English, "phone number in field description")]
    public void Finding_IsDescribedWithoutItsEnumName(Language language, string expected)
    {
        var finding = new PersonalDataFinding("description", PersonalDataKind.PhoneNumber, 5, 12);

        Assert.Equal(expected, PersonalDataLabels.Describe(finding, language));
    }
}
