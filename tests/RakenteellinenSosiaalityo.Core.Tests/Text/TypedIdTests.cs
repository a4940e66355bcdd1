using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Text;

/// <summary>
/// The ids written in region files as their own types (issue 15): each keeps the slug rule the profile loader applies
/// to that id, compares by value, and is the same JSON string on the wire as before.
/// </summary>
public sealed class TypedIdTests
{
    public static TheoryData<string> ValidSlugs => ["a", "child-welfare", "substance-use-mental-health-illness", "k1", "a-1-b", new string('z', 64)];

    public static TheoryData<string> InvalidSlugs => ["", "Child-welfare", "child--welfare", "-child", "child-", "1child", "child_welfare", "child.welfare", "lastensuojelu ä", new string('z', 65)];

    [Theory]
    [MemberData(nameof(ValidSlugs))]
    public void ServiceAndThemeIds_AcceptEveryKebabCaseSlug(string text)
    {
        Assert.True(ServiceId.IsValid(text));
        Assert.True(ThemeId.IsValid(text));
        Assert.Equal(text, new ServiceId(text).Value);
        Assert.Equal(text, new ThemeId(text).ToString());
    }

    [Theory]
    [MemberData(nameof(InvalidSlugs))]
    public void ServiceAndThemeIds_RefuseWhatTheProfileSchemaRefuses_NamingTheKind(string text)
    {
        Assert.False(ServiceId.IsValid(text));
        Assert.False(ThemeId.IsValid(text));
        Assert.Contains("is not a valid service id: use lower-case kebab-case", Assert.Throws<ArgumentException>(() => new ServiceId(text)).Message, StringComparison.Ordinal);
        Assert.Contains("is not a valid theme id: use lower-case kebab-case", Assert.Throws<ArgumentException>(() => new ThemeId(text)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Null_IsAProgrammingError_AndTheDefaultIdIsRefusedWhereAnIdIsHeld()
    {
        Assert.False(ServiceId.IsValid(null));
        Assert.Throws<ArgumentNullException>(() => new ThemeId(null!));
        Assert.Null(default(ServiceId).Value);
        Assert.Equal(string.Empty, default(ThemeId).ToString());
        var service = Assert.Throws<ArgumentException>(() => new ServiceUnit { Id = default, Name = new LocalizedText("Palvelu") });
        var theme = Assert.Throws<ArgumentException>(() => Tests.Reports.ReportFixtures.Content() with { Themes = [new ThemeId("housing"), default] });

        Assert.StartsWith("The default ServiceId identifies no service.", service.Message, StringComparison.Ordinal);
        Assert.Equal("Themes", theme.ParamName);
    }

    [Fact]
    public void Ids_CompareByValue_AndIdsOfDifferentKindsAreDifferentTypes()
    {
        Assert.Equal(new ServiceId("child-welfare"), new ServiceId(string.Concat("child-", "welfare")));
        Assert.NotEqual(new ThemeId("housing"), new ThemeId("violence"));
        Assert.Equal(new ThemeId("housing").GetHashCode(), new ThemeId("housing").GetHashCode());
        Assert.False(Equals(new ServiceId("housing"), new ThemeId("housing")));
        Assert.Single(new[] { new ThemeId("housing"), new ThemeId("housing") }.Distinct());
    }

    [Fact]
    public void ReportContent_IsTheSameJsonOnTheWire_AndReadsBackToEqualIds()
    {
        var content = Tests.Reports.ReportFixtures.Content(serviceId: new ServiceId("adult-social-work")) with { Themes = [new ThemeId("housing"), new ThemeId("violence")] };

        var json = JsonSerializer.Serialize(content, CoreJson.Options);
        var read = JsonSerializer.Deserialize<ReportContent>(json, CoreJson.Options)!;

        var node = JsonNode.Parse(json)!;
        Assert.Equal(JsonValueKind.String, node["serviceId"]!.GetValueKind());
        Assert.Equal("adult-social-work", (string?)node["serviceId"]);
        Assert.Equal(["housing", "violence"], node["themes"]!.AsArray().Select(n => (string?)n));
        Assert.Equal(content.ServiceId, read.ServiceId);
        Assert.Equal(content.Themes, read.Themes);
    }

    [Fact]
    public void AJsonServiceIdThatBreaksTheRule_IsRefusedWithTheIdsMessage_NotEchoed()
    {
        var json = JsonSerializer.Serialize(Tests.Reports.ReportFixtures.Content(), CoreJson.Options).Replace("\"child-welfare\"", "\"Asiakas 131052-308T\"", StringComparison.Ordinal);

        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ReportContent>(json, CoreJson.Options));

        Assert.StartsWith("A service id must be a string of lower-case kebab-case", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("131052-308T", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASocialReportDocument_WithABrokenServiceId_IsAProblemAtTheIdsPath()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var report = SocialReport.Create(ek, new ReportId("R-1"), Tests.Reports.ReportFixtures.Content(), new Performer(new ActorId("professionals")), NodaTime.Instant.FromUtc(2025, 3, 3, 8, 0));
        var json = SocialReportJson.Serialize(report).Replace("\"child-welfare\"", "\"Child Welfare\"", StringComparison.Ordinal);

        Assert.False(SocialReportJson.TryDeserialize(json, ek, out _, out var problems));

        var problem = Assert.Single(problems, p => p.Path.EndsWith(".serviceId", StringComparison.Ordinal));
        Assert.Equal(ValidationRules.WrongType, problem.Rule);
        Assert.Contains("A service id must be a string of lower-case kebab-case", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void BuiltInProfiles_StillLoad_AndWriteTheSameIdsTheyRead()
    {
        foreach (var profile in new[] { BuiltInRegions.EtelaKarjala, BuiltInRegions.Kymenlaakso })
        {
            var json = RegionProfileJson.Serialize(profile);
            var read = RegionProfileJson.Load(json);

            Assert.Equal(profile.Services.Select(s => s.Id), read.Services.Select(s => s.Id));
            Assert.Equal(profile.PhenomenonThemes.Select(t => t.Id), read.PhenomenonThemes.Select(t => t.Id));
            Assert.Equal(profile.Services.Select(s => s.Id.Value), JsonNode.Parse(json)!["services"]!.AsArray().Select(s => (string?)s!["id"]));
        }
    }
}
