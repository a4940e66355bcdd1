using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Text;

/// <summary>
/// The white-space rule itself (issue 16: the Text entry's mutation run found its edges and <c>Trim</c> untested): the
/// characters of JSON Schema's <c>\s</c> and nothing next to them, trimming at both ends, and the guard's messages.
/// </summary>
public sealed class BlankTests
{
    [Theory]
    [InlineData('\t', true)]
    [InlineData('\n', true)]
    [InlineData('\v', true)]
    [InlineData('\f', true)]
    [InlineData('\r', true)]
    [InlineData(' ', true)]
    [InlineData('\u00A0', true)]
    [InlineData('\u1680', true)]
    [InlineData('\u2000', true)]
    [InlineData('\u2005', true)]
    [InlineData('\u200A', true)]
    [InlineData('\u2028', true)]
    [InlineData('\u2029', true)]
    [InlineData('\u202F', true)]
    [InlineData('\u205F', true)]
    [InlineData('\u3000', true)]
    [InlineData('\uFEFF', true)]
    [InlineData('\u1FFF', false)]
    [InlineData('\u200B', false)]
    [InlineData('\u0085', false)]
    [InlineData('\u001F', false)]
    [InlineData('a', false)]
    public void IsWhiteSpace_IsJsonSchemasSpaceClass_AndNotItsNeighbours(char c, bool expected) =>
        Assert.Equal(expected, Blank.IsWhiteSpace(c));

    [Theory]
    [InlineData("  tausta \u2000", "tausta")]
    [InlineData("\uFEFF\u00A0asunto ja talous\u3000\n", "asunto ja talous")]
    [InlineData("\u0085huomio\u0085", "\u0085huomio\u0085")]
    [InlineData(" \t\u2028 ", "")]
    [InlineData("", "")]
    [InlineData("a", "a")]
    public void Trim_TakesTheWhiteSpaceOffBothEnds_Only(string text, string expected) =>
        Assert.Equal(expected, Blank.Trim(text));

    [Fact]
    public void Trim_OfATextWithoutWhiteSpaceAtItsEnds_IsTheSameInstance()
    {
        var text = string.Concat("kaksi", " ", "sanaa");

        Assert.Same(text, Blank.Trim(text));
    }

    [Fact]
    public void NullOrBlank_RefusesNullEmptyAndWhiteSpace_NamingTheArgument_AndPassesText()
    {
        string? title = null;
        Assert.Equal("title", Assert.Throws<ArgumentNullException>(() => Guard.Against.NullOrBlank(title)).ParamName);

        title = string.Empty;
        Assert.Equal("title", Assert.Throws<ArgumentException>(() => Guard.Against.NullOrBlank(title)).ParamName);

        title = " \u3000\uFEFF";
        var blank = Assert.Throws<ArgumentException>(() => Guard.Against.NullOrBlank(title));
        Assert.Equal("title", blank.ParamName);
        Assert.StartsWith("Required input title was empty or only white space.", blank.Message, StringComparison.Ordinal);
        Assert.StartsWith("Otsikko puuttuu.", Assert.Throws<ArgumentException>(() => Guard.Against.NullOrBlank(title, message: "Otsikko puuttuu.")).Message, StringComparison.Ordinal);

        title = "\u0085";
        Assert.Equal("\u0085", Guard.Against.NullOrBlank(title));
    }
}
