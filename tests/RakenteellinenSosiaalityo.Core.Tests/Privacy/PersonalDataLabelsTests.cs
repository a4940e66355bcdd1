using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>
/// The people-facing names of the kinds of personal data have one home, <see cref="PersonalDataLabels"/> (issue 16):
/// <see cref="PersonalDataKindText.Label"/> gives the same text, and each keeps its own refusal of an undefined kind.
/// </summary>
public sealed class PersonalDataLabelsTests
{
    public static TheoryData<PersonalDataKind> Kinds => new(Enum.GetValues<PersonalDataKind>());

    [Theory]
    [MemberData(nameof(Kinds))]
    public void KindText_Label_IsTheOneHomesName(PersonalDataKind kind) =>
        Assert.Equal(PersonalDataLabels.Of(kind), kind.Label());

    [Fact]
    public void UndefinedKind_IsRefused_ByEach_WithItsOwnException()
    {
        var undefined = (PersonalDataKind)99;

        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => PersonalDataLabels.Of(undefined)).ParamName);
        Assert.Equal("value", Assert.Throws<ArgumentOutOfRangeException>(() => undefined.Label()).ParamName);
    }

    [Fact]
    public void Describe_UndefinedLanguage_IsRefused() =>
        Assert.Equal(
            "language",
            Assert.ThrowsAny<ArgumentException>(() => PersonalDataLabels.Describe(new PersonalDataFinding("title", PersonalDataKind.EmailAddress, 0, 5), (Language)9)).ParamName);

    // The names are the plans' own words for what may not be written: "henkilötunnus" and "henkilön nimi" (fi), the
    // English of the enum's documentation ("A person's name").
    [Theory]
    [InlineData(PersonalDataKind.PersonalIdentityCode, "henkilötunnus", "personbeteckning", "personal identity code")]
    [InlineData(PersonalDataKind.PersonName, "henkilön nimi", "personnamn", "person's name")]
    public void Of_NamesTheKind_InEveryLanguage(PersonalDataKind kind, string fi, string sv, string en) =>
        Assert.Equal(new LocalizedText(fi, sv, en), PersonalDataLabels.Of(kind));

    [Theory]
    [InlineData(Language.Finnish, "henkilön nimi kentässä title")]
    [InlineData(Language.Swedish, "personnamn i fältet title")]
    [InlineData(Language.English, "person's name in field title")]
    public void Describe_NamesKindAndField_InTheAskedLanguage(Language language, string expected) =>
        Assert.Equal(expected, PersonalDataLabels.Describe(new PersonalDataFinding("title", PersonalDataKind.PersonName, 0, 5), language));
}
