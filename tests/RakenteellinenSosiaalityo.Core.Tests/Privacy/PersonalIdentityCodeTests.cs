using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

public sealed class PersonalIdentityCodeTests
{
    [Theory]
    [InlineData("131052-308T")] // the well-known example, 1900s
    [InlineData("010185+123B")] // 1800s
    [InlineData("010594Y9032")] // the century signs added in 2023, from the Digital and Population Data Services Agency's examples
    [InlineData("020594X903P")]
    [InlineData("030594W903B")]
    [InlineData("040594V9030")]
    [InlineData("050594U903M")]
    [InlineData("020504A902E")]
    [InlineData("010516B903X")]
    [InlineData("020516C903K")]
    [InlineData("030516D9037")]
    [InlineData("010501E9032")]
    [InlineData("020503F9037")]
    [InlineData("311299-999E")] // a temporary identity code (individual number 900–999)
    [InlineData("290200A345E")] // 2000 was a leap year
    [InlineData("290296-0025")] // 1996 was a leap year
    public void IsValid_ValidCode_IsTrue(string code)
    {
        Assert.True(PersonalIdentityCode.IsValid(code));
    }

    [Theory]
    [InlineData('+', 1800)]
    [InlineData('-', 1900)]
    [InlineData('Y', 1900)]
    [InlineData('X', 1900)]
    [InlineData('W', 1900)]
    [InlineData('V', 1900)]
    [InlineData('U', 1900)]
    [InlineData('A', 2000)]
    [InlineData('B', 2000)]
    [InlineData('C', 2000)]
    [InlineData('D', 2000)]
    [InlineData('E', 2000)]
    [InlineData('F', 2000)]
    public void IsValid_EachCenturySign_IsValidWhereTheDateExistsInItsCentury(char sign, int century)
    {
        // 29 February 00 exists only in 2000; 29 February 04 exists in every century.
        Assert.True(PersonalIdentityCode.IsValid(PrivacyArbitraries.Code(29, 2, 4, sign, 123)));
        Assert.Equal(century == 2000, PersonalIdentityCode.IsValid(PrivacyArbitraries.Code(29, 2, 0, sign, 123)));
    }

    [Theory]
    [InlineData("131052-308U")] // wrong check character
    [InlineData("010190-123A")] // wrong check character (M is right)
    [InlineData("311302A123X")] // month 13
    [InlineData("310402A123P")] // 31 April, with the check character its digits give
    [InlineData("290200-345E")] // 1900 was not a leap year
    [InlineData("000190-1230")] // day 0, with the check character its digits give
    [InlineData("131052G308T")] // unknown century sign
    [InlineData("131052Z308T")]
    [InlineData("131052-308t")] // IsValid is for the official upper-case form
    [InlineData("131052a308T")]
    [InlineData("131052-308")]
    [InlineData("131052-308TT")]
    [InlineData(" 131052-308T")]
    [InlineData("13105-2308T")]
    [InlineData("１31052-308T")] // a full-width digit is not an ASCII digit
    [InlineData("")]
    [InlineData(null)]
    public void IsValid_InvalidCode_IsFalse(string? code)
    {
        Assert.False(PersonalIdentityCode.IsValid(code));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void IsValid_IndividualNumberNeverIssued_IsFalse(int individual)
    {
        var code = PrivacyArbitraries.Code(13, 10, 52, '-', individual);

        Assert.False(PersonalIdentityCode.IsValid(code));
    }

    [Theory]
    [InlineData("131052308", 'T')]
    [InlineData("010185123", 'B')]
    [InlineData("020594903", 'P')]
    [InlineData("000000000", '0')]
    [InlineData("999999999", 'F')]
    public void CheckCharacter_NineDigits_IsTheReferenceCharacter(string nineDigits, char expected)
    {
        Assert.Equal(expected, PersonalIdentityCode.CheckCharacter(nineDigits));
        Assert.Equal(expected, PrivacyArbitraries.ReferenceCheckCharacter(nineDigits));
    }

    [Theory]
    [InlineData("")]
    [InlineData("13105230")]
    [InlineData("1310523081")]
    [InlineData("131052-30")]
    [InlineData("13105230T")]
    public void CheckCharacter_NotNineDigits_ThrowsWithoutEchoingTheValue(string value)
    {
        var exception = Assert.Throws<ArgumentException>("nineDigits", () => PersonalIdentityCode.CheckCharacter(value));

        Assert.Contains("nine", exception.Message, StringComparison.Ordinal);
        if (value.Length > 0)
        {
            Assert.DoesNotContain(value, exception.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void CheckCharacter_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("nineDigits", () => PersonalIdentityCode.CheckCharacter(null!));
    }
}
