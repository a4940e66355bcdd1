using RakenteellinenSosiaalityo.Core.Actors;

namespace RakenteellinenSosiaalityo.Core.Tests.Actors;

public sealed class ActorIdTests
{
    [Theory]
    [InlineData("network")]
    [InlineData("steering-group")]
    [InlineData("a1-b2")]
    public void ValidIds_AreAccepted(string id) => Assert.Equal(id, new ActorId(id).Value);

    [Theory]
    [InlineData("")]
    [InlineData("Network")]
    [InlineData("-network")]
    [InlineData("network-")]
    [InlineData("steering--group")]
    [InlineData("1st")]
    [InlineData("työryhmä")]
    [InlineData("a b")]
    public void InvalidIds_AreRefused_WithTheRule(string id)
    {
        var error = Assert.Throws<ArgumentException>(() => new ActorId(id));

        Assert.Contains("kebab-case", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidId_HoldingAnIdentityCode_IsNotEchoed()
    {
        var error = Assert.Throws<ArgumentException>(() => new ActorId("asiakas 131052-308T"));

        Assert.DoesNotContain("131052-308T", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TooLongId_IsRefused() => Assert.Throws<ArgumentException>(() => new ActorId(new string('a', 65)));

    [Fact]
    public void PartyReference_ToDefaultActorId_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PartyReference.ToActor(default(ActorId)));
}
