using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>Where a bank code starts and ends, at the bounds of its length and its grouping (issue 16).</summary>
public sealed class BankReferenceTests
{
    [Theory]
    [InlineData("FI44 8405 0217 7077 82", 22)]
    [InlineData("FI4484050217707782", 18)]
    [InlineData("fi44 8405 0217 7077 82", 22)]
    [InlineData("GB82 WEST 1234 5698 7654 32", 27)]
    [InlineData("RF18 5390 0754 7034", 19)]
    [InlineData("FI44 8405 0217 7077 82 040 123 4567", 22)] // the phone number after it is not part of it
    [InlineData("FI44 8405 0217 7077 82.", 22)]
    [InlineData("FI45 8405 0217 7077 82", 0)] // check digits off by one
    [InlineData("FI44  8405 0217 7077 82", 0)] // two spaces end the code before it is long enough
    [InlineData("FI44 8405 0217 7077 82 ", 22)]
    public void MatchAt_IsTheLongestValidCode(string text, int length) =>
        Assert.Equal(length, BankReference.MatchAt(text, 0));

    [Theory]
    [InlineData("FI44", false)] // nothing after the check digits
    [InlineData("FI448", true)]
    [InlineData("F144 8405", false)]
    [InlineData("FIX4 8405", false)]
    [InlineData("FI4X 8405", false)]
    [InlineData("1I44 8405", false)]
    public void MayStartAt_NeedsTwoLettersTwoDigitsAndMore(string text, bool may) =>
        Assert.Equal(may, BankReference.MayStartAt(text, 0));

    [Fact]
    public void ACodeInsideText_IsFoundWhereItStarts()
    {
        const string Text = "Tili FI44 8405 0217 7077 82 on maksutili.";

        Assert.Equal(22, BankReference.MatchAt(Text, 5));
        Assert.Equal(0, BankReference.MatchAt(Text, 6));
        Assert.Equal(0, BankReference.MatchAt(Text, 0));
    }
}
