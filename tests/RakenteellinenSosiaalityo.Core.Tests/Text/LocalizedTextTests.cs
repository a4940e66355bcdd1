using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Text;

public sealed class LocalizedTextTests
{
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
