using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

public sealed class BusinessIdTests
{
    // K: the plan's footer "Y-tunnus / FO-nummer ... 3221311-5"; EK: "Y-tunnus: 3221313-1" at the end of the plan.
    [Theory]
    [InlineData("3221311-5")]
    [InlineData("3221313-1")]
    [InlineData("0112038-9")]
    public void Parse_ValidIds_Succeeds(string text)
    {
        Assert.Equal(text, BusinessId.Parse(text).ToString());
        Assert.True(BusinessId.TryParse(text, out var id));
        Assert.Equal(text, id.Value);
    }

    // The right digits are those of the valid ids 3221311-5 and 3221313-1 (Etelä-Karjala's business id).
    [Theory]
    [InlineData("3221311-4", 5)]
    [InlineData("3221313-2", 1)]
    [InlineData("3221311-0", 5)]
    public void Parse_WrongCheckDigit_FailsNamingTheRightOne(string text, int right)
    {
        var error = Assert.Throws<FormatException>(() => BusinessId.Parse(text));

        Assert.Contains("check digit", error.Message, StringComparison.Ordinal);
        Assert.Contains($"should be {right}.", error.Message, StringComparison.Ordinal);
        Assert.False(BusinessId.TryParse(text, out _));
    }

    [Theory]
    [InlineData("")]
    [InlineData("32213115")]
    [InlineData("322131-5")]
    [InlineData(" 3221311-5")]
    [InlineData("3221311–5")]
    [InlineData("322131a-5")]
    [InlineData("3221311-55")]
    public void Parse_Malformed_FailsNamingTheForm(string text)
    {
        var error = Assert.Throws<FormatException>(() => BusinessId.Parse(text));

        Assert.Contains("NNNNNNN-N", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDigit_RemainderOne_HasNoValidId()
    {
        // 1000000 * weights: 7 -> remainder 7; find digits giving remainder 1: 0000003 -> 3*2 = 6; 0000006 -> 12 % 11 = 1.
        Assert.Null(BusinessId.CheckDigit("0000006"));
        Assert.Throws<FormatException>(() => BusinessId.Parse("0000006-0"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("322131")]
    [InlineData("32213111")]
    [InlineData("322131a")]
    [InlineData("322131١")] // an Arabic-Indic digit: a digit, not an ASCII one
    public void CheckDigit_OfAnythingButSevenAsciiDigits_IsRefusedNamingTheParameter(string sevenDigits)
    {
        var error = Assert.Throws<ArgumentException>(() => BusinessId.CheckDigit(sevenDigits));

        Assert.Equal("sevenDigits", error.ParamName);
        Assert.StartsWith("A business id has exactly seven digits before its check digit.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDigit_OfTheRoleModels()
    {
        Assert.Equal(5, BusinessId.CheckDigit("3221311"));
        Assert.Equal(1, BusinessId.CheckDigit("3221313"));
    }

    [Fact]
    public void Default_HasNoValue()
    {
        Assert.Null(default(BusinessId).Value);
        Assert.Equal(string.Empty, default(BusinessId).ToString());
    }
}
