using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Regions.ProfileDocuments;

namespace RakenteellinenSosiaalityo.Core.Tests.Actors;

/// <summary>
/// An actor, its collaborators and its meeting cadence (issue 16: Actors/ had tests only for <see cref="ActorId"/>):
/// the guards of the values and how a party reference reads and writes in a profile.
/// </summary>
public sealed class ActorTests
{
    private static Actor Team() => new() { Id = new ActorId("team"), Kind = ActorKind.Group, Name = new LocalizedText("Työryhmä") };

    [Fact]
    public void Actor_WithTheDefaultId_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() => Team() with { Id = default });

        Assert.Equal("Id", error.ParamName);
        Assert.Contains("names no actor", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorId_InvalidText_IsRefusedAsAnActorId_TheDefaultPrintsEmpty()
    {
        Assert.StartsWith("'Board' is not a valid actor id: use ", Assert.Throws<ArgumentException>(() => new ActorId("Board")).Message, StringComparison.Ordinal);
        Assert.Equal(string.Empty, default(ActorId).ToString());
        Assert.Equal("board", new ActorId("board").ToString());
    }

    [Fact]
    public void Actor_WithoutAName_IsRefused() =>
        Assert.Equal("Name", Assert.Throws<ArgumentNullException>(() => Team() with { Name = null! }).ParamName);

    [Fact]
    public void Actor_ListsHoldingNull_AreRefused_NamingTheList()
    {
        Assert.Equal("Responsibilities", Assert.Throws<ArgumentException>(() => Team() with { Responsibilities = [null!] }).ParamName);
        Assert.Equal("Collaborators", Assert.Throws<ArgumentException>(() => Team() with { Collaborators = [null!] }).ParamName);
    }

    [Fact]
    public void Actor_WithoutLists_HasEmptyOnes()
    {
        var team = Team();

        Assert.Empty(team.Responsibilities);
        Assert.Empty(team.Collaborators);
        Assert.Null(team.MeetingCadence);
    }

    [Fact]
    public void Actor_ToString_IsIdAndFinnishName() => Assert.Equal("team (Työryhmä)", Team().ToString());

    [Fact]
    public void Actors_WithEqualListsInNewInstances_AreEqual()
    {
        var a = Team() with { Responsibilities = [new LocalizedText("Kokoaa")], Collaborators = [PartyReference.ToActor("board")] };
        var b = Team() with { Responsibilities = [new LocalizedText("Kokoaa")], Collaborators = [PartyReference.ToActor("board")] };

        Assert.Equal(a, b);
        Assert.Equal(a.GetHashCode(), b.GetHashCode());
        Assert.NotEqual(a, b with { Collaborators = [PartyReference.ToExternal(new LocalizedText("board"))] });
    }

    // EK 4.1: the network meets 11 times a year; K names its cadences in words only.
    [Theory]
    [InlineData(1)]
    [InlineData(11)]
    [InlineData(366)]
    public void MeetingCadence_TimesPerYear_FromOnceToDaily_IsKept(int times) =>
        Assert.Equal(times, new MeetingCadence(new LocalizedText("kuukausittain"), times).TimesPerYear);

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(367)]
    public void MeetingCadence_TimesPerYear_OutsideOnceToDaily_IsRefused(int times) =>
        Assert.Equal("timesPerYear", Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingCadence(new LocalizedText("x"), times)).ParamName);

    [Fact]
    public void MeetingCadence_InWordsOnly_HasNoCount_AndNeedsADescription()
    {
        Assert.Null(new MeetingCadence(new LocalizedText("tarvittaessa")).TimesPerYear);
        Assert.Throws<ArgumentNullException>(() => new MeetingCadence(null!));
    }

    [Fact]
    public void PartyReference_ToAnActor_IsAnActor_NamedById()
    {
        var party = PartyReference.ToActor("board");

        Assert.True(party.IsActor);
        Assert.Equal(new ActorId("board"), party.Actor);
        Assert.Null(party.External);
        Assert.Equal("board", party.ToString());
    }

    [Fact]
    public void PartyReference_ToAnExternalParty_IsNotAnActor_NamedInFinnish()
    {
        var party = PartyReference.ToExternal(new LocalizedText("THL", "THL sv", "Finnish Institute for Health and Welfare"));

        Assert.False(party.IsActor);
        Assert.Null(party.Actor);
        Assert.Equal("THL", party.ToString());
        Assert.Throws<ArgumentNullException>(() => PartyReference.ToExternal(null!));
    }

    [Fact]
    public void PartyReference_WithAnInvalidActorId_IsRefused() =>
        Assert.Throws<ArgumentException>(() => PartyReference.ToActor("Not An Id"));

    [Fact]
    public void Collaborators_RoundTripThroughTheProfile_AsIdAndExternalName()
    {
        var profile = RegionProfileJson.Load(MinimalProfile);

        var written = JsonNode.Parse(RegionProfileJson.Serialize(profile))!;

        Assert.Equal("team", written["actors"]![0]!["collaborators"]![0]!.GetValue<string>());
        Assert.Equal("THL", written["actors"]![1]!["collaborators"]![0]!["external"]!["fi"]!.GetValue<string>());
        Assert.Equal(profile, RegionProfileJson.Load(RegionProfileJson.Serialize(profile)));
    }

    // A party is read by its own converter wherever one is named: here a meeting's participants in activity records
    // (a profile's collaborators are held to the same shapes by the profile's schema before they are read).
    [Theory]
    [InlineData("\"Not An Id\"", "A party reference string must be an actor id in")]
    [InlineData("42", "A party reference must be an actor id string or an object")]
    [InlineData("{ }", "A party reference object needs the property 'external'")]
    [InlineData("{ \"name\": { \"fi\": \"THL\" } }", "A party reference object has only the property 'external', not 'name'")]
    [InlineData("{ \"external\": { \"fi\": \" \" } }", "The party's 'external' name is invalid")]
    [InlineData("{ \"external\": { \"fi\": 42 } }", "The party's 'external' name at .fi: ")]
    [InlineData("{ \"external\": 42 }", "The party's 'external' name: ")]
    public void Participant_OfTheWrongShape_IsOneProblemAtTheParty_SayingWhatAPartyIs(string party, string says)
    {
        var json = $$"""{ "schemaVersion": 1, "records": [ { "kind": "meetingHeld", "on": "2025-01-14", "body": "network", "participants": [ {{party}} ] } ] }""";

        Assert.False(ActivityRecordJson.TryDeserialize(json, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal("$.records[0].participants[0]", problem.Path);
        Assert.Contains(says, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Participants_RoundTrip_AsIdAndExternalName()
    {
        var json = """{ "schemaVersion": 1, "records": [ { "kind": "meetingHeld", "on": "2025-01-14", "body": "network", "participants": [ "lab", { "external": { "fi": "THL" } } ] } ] }""";

        Assert.True(ActivityRecordJson.TryDeserialize(json, out var records, out _));
        var meeting = Assert.IsType<MeetingHeld>(Assert.Single(records!));

        Assert.Equal([PartyReference.ToActor("lab"), PartyReference.ToExternal(new LocalizedText("THL"))], meeting.Participants);
        var written = JsonNode.Parse(ActivityRecordJson.Serialize(records!))!["records"]![0]!["participants"]!;
        Assert.Equal("lab", written[0]!.GetValue<string>());
        Assert.Equal("THL", written[1]!["external"]!["fi"]!.GetValue<string>());
    }
}
