using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>
/// The refusal of free text holding personal data (issue 16): its rule code, and a message that names every finding's
/// kind, field and position, never the value, and says what to do.
/// </summary>
public sealed class PersonalDataExceptionTests
{
    [Theory]
    [InlineData(PersonalDataKind.PersonalIdentityCode, "a personal identity code")]
    [InlineData(PersonalDataKind.PhoneNumber, "a phone number")]
    [InlineData(PersonalDataKind.EmailAddress, "an e-mail address")]
    [InlineData(PersonalDataKind.StreetAddress, "a street address")]
    [InlineData(PersonalDataKind.PersonName, "a person's name")]
    public void Message_NamesTheKindFieldAndPosition(PersonalDataKind kind, string described)
    {
        var e = new PersonalDataException("report R-17", [new PersonalDataFinding("description", kind, 12, 11)]);

        Assert.Equal(
            $"The free text of report R-17 holds personal data that must not leave client work: {described} in 'description' at 12. Remove it or redact it (PersonalDataScanner.Redact) and try again.",
            e.Message);
        Assert.Equal(LifecycleRules.PersonalData, e.Code);
    }

    [Fact]
    public void EveryFinding_IsListed_InTheGivenOrder_AndKept()
    {
        PersonalDataFinding[] findings =
        [
            new("title", PersonalDataKind.PhoneNumber, 3, 12),
            new("description", PersonalDataKind.EmailAddress, 0, 16),
        ];

        var e = new PersonalDataException("report R-17", findings);

        Assert.Contains("a phone number in 'title' at 3; an e-mail address in 'description' at 0.", e.Message, StringComparison.Ordinal);
        Assert.Equal(findings, e.Findings);
        Assert.Equal("report R-17", e.Subject);
    }

    [Fact]
    public void NoFindings_IsAProgrammingError() =>
        Assert.Equal("findings", Assert.Throws<ArgumentException>(() => new PersonalDataException("report R-17", [])).ParamName);

    [Fact]
    public void Finding_EndsWhereItsLengthTakesIt() =>
        Assert.Equal(23, new PersonalDataFinding("description", PersonalDataKind.PersonalIdentityCode, 12, 11).End);
}
