using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Text;

public sealed class LocalizedTextTests
{
    [Fact]
    public void UndefinedLanguage_IsRefusedByGet_AndHasNoText()
    {
        var text = new LocalizedText("verkosto", "nätverk", "network");

        Assert.StartsWith("Unknown language.", Assert.Throws<ArgumentOutOfRangeException>(() => text.Get((Language)42)).Message, StringComparison.Ordinal);
        Assert.False(text.Has((Language)42));
        Assert.True(text.Has(Language.Swedish));
    }

    [Fact]
    public void BlankTranslation_IsRefused_SayingToLeaveItNull() =>
        Assert.StartsWith(
            "A translation must not be empty or white space; leave it null when there is none.",
            Assert.Throws<ArgumentException>(() => new LocalizedText("verkosto", sv: "  ")).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Get_FallsBackToFinnish_WhenATranslationIsMissing()
    {
        var text = new LocalizedText("verkosto", en: "network");

        Assert.Equal("verkosto", text.Get(Language.Swedish));
        Assert.Equal("network", text.Get(Language.English));
        Assert.False(text.Has(Language.Swedish));
        Assert.True(text.Has(Language.English));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Finnish_IsRequired(string fi)
    {
        Assert.ThrowsAny<ArgumentException>(() => new LocalizedText(fi));
    }

    [Fact]
    public void EmptyTranslation_IsRefused_UseNullInstead()
    {
        var error = Assert.Throws<ArgumentException>(() => new LocalizedText("a", sv: " "));

        Assert.Equal("sv", error.ParamName);
    }

    [Fact]
    public void Equality_IsByValue()
    {
        Assert.Equal(new LocalizedText("a", "b", "c"), new LocalizedText("a", "b", "c"));
        Assert.NotEqual(new LocalizedText("a", "b"), new LocalizedText("a", "b", "c"));
    }
}
