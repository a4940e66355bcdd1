using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Text;

/// <summary>The one id mechanism on fixed cases: each id's own rule, one message shape, the value never echoed raw.</summary>
public sealed class SystemIdTests
{
    [Theory]
    [InlineData("a0", true)]
    [InlineData("a9", true)]
    [InlineData("a-0-9z", true)]
    [InlineData("a/", false)]
    [InlineData("a:", false)]
    [InlineData("a--b", false)]
    [InlineData("ab-", false)]
    public void KebabIds_DigitsAtTheirEdges_AndSingleDashes(string value, bool expected) =>
        Assert.Equal(expected, Slug.IsValid(value));

    [Fact]
    public void EachIdKeepsItsOwnRule_ActorIdsAreKebabCase_SystemIdsAllowCapitalsDotsAndUnderscores()
    {
        Assert.False(ActorId.IsValid("R-17"));
        Assert.True(ReportId.IsValid("R-17"));
        Assert.True(ReportId.IsValid("2025_0042.a"));
        Assert.False(ActorId.IsValid(new string('a', 65)));
        Assert.True(CompilationId.IsValid(new string('a', 128)));
        Assert.False(ReportId.IsValid(new string('a', 65)));
    }

    [Fact]
    public void ConstructorRefusal_NamesTheKindAndTheRule_AndRedactsPersonalData()
    {
        var actor = Assert.Throws<ArgumentException>(() => new ActorId("asiakas 131052-308T"));
        var report = Assert.Throws<ArgumentException>(() => new ReportId("R 131052-308T"));

        Assert.StartsWith("'", actor.Message, StringComparison.Ordinal);
        Assert.Contains("is not a valid actor id: use lower-case kebab-case", actor.Message, StringComparison.Ordinal);
        Assert.Contains("is not a valid report id: use 1–64 ASCII letters", report.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("131052-308T", actor.Message + report.Message, StringComparison.Ordinal);
        Assert.Equal("value", report.ParamName);
    }

    [Fact]
    public void JsonRefusal_OfAnActorId_IsTheSameShapeAsOfAReportId_AndANumberIsRefused()
    {
        var actor = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ActorId>("\"Steering\"", CoreJson.Options));
        var report = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportId>("17", CoreJson.Options));

        Assert.StartsWith("An actor id must be a string of lower-case kebab-case", actor.Message, StringComparison.Ordinal);
        Assert.StartsWith("A report id must be a string of 1–64", report.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultIds_AreRefusedByEveryOperationTakingOne_WithOneMessageNamingTheType()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var report = Assert.Throws<ArgumentException>(() => SocialReport.Create(ek, default, Tests.Reports.ReportFixtures.Content(), new Performer(new ActorId("professionals")), NodaTime.Instant.FromUnixTimeSeconds(0)));
        var performer = Assert.Throws<ArgumentException>(() => new Performer(default));
        var phenomenon = Assert.Throws<ArgumentException>(() => PhenomenonReport.CanChoose(ek, default, Phenomena.PhenomenonFixtures.Ek2024Selection(), new Performer(new ActorId("network")), NodaTime.Instant.FromUnixTimeSeconds(0)));

        Assert.StartsWith("The default ReportId identifies no report.", report.Message, StringComparison.Ordinal);
        Assert.StartsWith("The default ActorId identifies no actor.", performer.Message, StringComparison.Ordinal);
        Assert.StartsWith("The default PhenomenonReportId identifies no phenomenon report.", phenomenon.Message, StringComparison.Ordinal);
        Assert.Equal("id", report.ParamName);
    }
}
