using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Text;

/// <summary>
/// The ids written in region files as their own types (issue 15: service, theme, metric, clock-rule, step and region ids): each keeps
/// the slug rule the profile loader applies to that id, compares by value, and is the same JSON string on the wire as
/// before.
/// </summary>
public sealed class TypedIdTests
{
    public static TheoryData<string> ValidSlugs => ["a", "child-welfare", "substance-use-mental-health-illness", "k1", "a-1-b", new string('z', 64)];

    public static TheoryData<string> InvalidSlugs => ["", "Child-welfare", "child--welfare", "-child", "child-", "1child", "child_welfare", "child.welfare", "lastensuojelu ä", new string('z', 65)];

    // Each kind's own IsValid and constructor, and the kind its refusal names.
    private static readonly (string What, Func<string, bool> IsValid, Func<string, string> Made)[] Kinds =
    [
        ("service", ServiceId.IsValid, t => new ServiceId(t).Value),
        ("theme", ThemeId.IsValid, t => new ThemeId(t).ToString()),
        ("metric", MetricId.IsValid, t => new MetricId(t).Value),
        ("clock rule", ClockRuleId.IsValid, t => new ClockRuleId(t).ToString()),
        ("step", StepId.IsValid, t => new StepId(t).Value),
        ("region", RegionId.IsValid, t => new RegionId(t).Value),
    ];

    [Theory]
    [MemberData(nameof(ValidSlugs))]
    public void EveryRegionFileId_AcceptsEveryKebabCaseSlug(string text) =>
        Assert.All(Kinds, kind =>
        {
            Assert.True(kind.IsValid(text), kind.What);
            Assert.Equal(text, kind.Made(text));
        });

    [Theory]
    [MemberData(nameof(InvalidSlugs))]
    public void EveryRegionFileId_RefusesWhatTheProfileSchemaRefuses_NamingItsKind(string text) =>
        Assert.All(Kinds, kind =>
        {
            Assert.False(kind.IsValid(text), kind.What);
            Assert.Contains($"is not a valid {kind.What} id: use lower-case kebab-case", Assert.Throws<ArgumentException>(() => kind.Made(text)).Message, StringComparison.Ordinal);
        });

    [Fact]
    public void ActivityRecordsAndAssessments_KeepTheirJsonShape_AndReadBackEqualIds()
    {
        var record = new MeetingHeld(new NodaTime.LocalDate(2025, 1, 14), new ActorId("network")) { ClockRuleId = new ClockRuleId("network-meeting") };
        var assessment = new ManualAssessment(new MetricId("knowledge-use"), MetricStatus.Realized, "Käytetty.", "Verkosto", new NodaTime.LocalDate(2025, 12, 1));

        var recordJson = JsonNode.Parse(JsonSerializer.Serialize<ActivityRecord>(record, CoreJson.Options))!;
        var assessmentJson = JsonNode.Parse(JsonSerializer.Serialize(assessment, CoreJson.Options))!;

        Assert.Equal("network-meeting", (string?)recordJson["clockRuleId"]);
        Assert.Equal("knowledge-use", (string?)assessmentJson["metricId"]);
        Assert.Equal(record, JsonSerializer.Deserialize<ActivityRecord>(recordJson.ToJsonString(), CoreJson.Options));
        Assert.Equal(assessment.MetricId, JsonSerializer.Deserialize<ManualAssessment>(assessmentJson.ToJsonString(), CoreJson.Options)!.MetricId);
        Assert.Equal(new ActivityCompletion(new ClockRuleId("network-meeting"), record.On), record.ToCompletion());
    }

    [Fact]
    public void TheDefaultMetricOrClockRuleId_IsRefusedWhereAnIdIsHeld()
    {
        var metric = Assert.Throws<ArgumentException>(() => new ManualAssessment(default, MetricStatus.Realized, "x", "y", new NodaTime.LocalDate(2025, 1, 1)));
        var rule = Assert.Throws<ArgumentException>(() => new MeetingHeld(new NodaTime.LocalDate(2025, 1, 14), new ActorId("network")) { ClockRuleId = default(ClockRuleId) });
        var planned = Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(new ActorId("network"), plannedBy: [new ClockRuleId("a"), default]));

        Assert.StartsWith("The default MetricId identifies no metric.", metric.Message, StringComparison.Ordinal);
        Assert.StartsWith("The default ClockRuleId identifies no clock rule.", rule.Message, StringComparison.Ordinal);
        Assert.Equal("plannedBy", planned.ParamName);
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
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
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
            Assert.Equal(profile.Metrics.Select(m => m.Id), read.Metrics.Select(m => m.Id));
            Assert.Equal(profile.Clock!.Rules.Select(r => r.Id), read.Clock!.Rules.Select(r => r.Id));
            Assert.Equal(profile.ReportProcess.Steps.Select(s => s.Id), read.ReportProcess.Steps.Select(s => s.Id));
            Assert.Equal(profile.CompilationProcess.Steps.Select(s => s.After), read.CompilationProcess.Steps.Select(s => s.After));
            Assert.Equal(profile.ReportProcess.Steps.Select(s => s.Id.Value), JsonNode.Parse(json)!["reportProcess"]!["steps"]!.AsArray().Select(s => (string?)s!["id"]));
            Assert.Equal(profile.Services.Select(s => s.Id.Value), JsonNode.Parse(json)!["services"]!.AsArray().Select(s => (string?)s!["id"]));
        }
    }

    [Fact]
    public void TheDefaultStepId_IsRefusedWhereAStepIdIsHeldOrTaken()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var report = SocialReport.Create(ek, new ReportId("R-1"), Tests.Reports.ReportFixtures.Content(), new Performer(new ActorId("professionals")), NodaTime.Instant.FromUtc(2025, 3, 3, 8, 0));
        var step = Assert.Throws<ArgumentException>(() => ek.ReportProcess.Steps[0] with { Id = default });
        var after = Assert.Throws<ArgumentException>(() => ek.ReportProcess.Steps[0] with { After = default(StepId) });
        var perform = Assert.Throws<ArgumentException>(() => report.CanPerform(ek, default, new Performer(new ActorId("professionals")), NodaTime.Instant.FromUtc(2025, 3, 4, 8, 0)));

        Assert.StartsWith("The default StepId identifies no step.", step.Message, StringComparison.Ordinal);
        Assert.Equal("After", after.ParamName);
        Assert.Equal("stepId", perform.ParamName);
        Assert.Null((ek.ReportProcess.Steps[0] with { After = null }).After);
    }

    [Fact]
    public void ASocialReportDocument_KeepsItsStepIdsAsJsonStrings_AndReadsBackEqualIds()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var report = Submitted(ek);

        var json = SocialReportJson.Serialize(report);
        var node = JsonNode.Parse(json)!;
        var read = SocialReportJson.Deserialize(json, ek);

        Assert.Equal([ek.ReportProcess.First.Id.Value], node["performedSteps"]!.AsArray().Select(n => (string?)n));
        Assert.Contains(node["history"]!.AsArray(), e => (string?)e!["stepId"] == ek.ReportProcess.First.Id.Value);
        Assert.Equal(report.PerformedSteps, read.PerformedSteps);
        Assert.Equal(report.History.Select(e => e.StepId), read.History.Select(e => e.StepId));
    }

    [Fact]
    public void ASocialReportDocument_WithABrokenStepId_IsRefusedWithTheIdsMessage_NotEchoed()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var report = Submitted(ek);
        var first = $"\"{ek.ReportProcess.First.Id.Value}\"";
        var json = SocialReportJson.Serialize(report).Replace(first, "\"Asiakas 131052-308T\"", StringComparison.Ordinal);

        Assert.False(SocialReportJson.TryDeserialize(json, ek, out _, out var problems));

        Assert.NotEmpty(problems);
        Assert.Contains(problems, p => p.Message.Contains("A step id must be a string of lower-case kebab-case", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.DoesNotContain("131052-308T", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void ASocialReportDocument_KeepsItsRegionIdAsAJsonString_AndAnotherRegionIsStillARegionMismatch()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var report = Submitted(ek);
        var json = SocialReportJson.Serialize(report);

        var read = SocialReportJson.Deserialize(json, ek);
        Assert.Equal("etela-karjala", (string?)JsonNode.Parse(json)!["regionId"]);
        Assert.Equal(ek.Id, read.RegionId);
        Assert.Equal(new RegionId("etela-karjala"), read.RegionId);

        // A valid id of another region: the header check's problem, path and message as before the typed id.
        var other = WithRegionId(json, "kymenlaakso");
        Assert.False(SocialReportJson.TryDeserialize(other, ek, out _, out var problems));
        var mismatch = Assert.Single(problems, p => p.Path == "$.regionId");
        Assert.Equal(ValidationRules.InvalidValue, mismatch.Rule);
        Assert.EndsWith(" follows the process of region 'kymenlaakso', not 'etela-karjala'; read it with that region's profile.", mismatch.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASocialReportDocument_WithABrokenRegionId_IsRefusedAtItsPath_NotEchoed()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var json = WithRegionId(SocialReportJson.Serialize(Submitted(ek)), "Asiakas 131052-308T");

        Assert.False(SocialReportJson.TryDeserialize(json, ek, out _, out var problems));

        Assert.Contains(problems, p => p.Path == "$.regionId" && p.Message.Contains("A region id must be a string of lower-case kebab-case", StringComparison.Ordinal));
        Assert.All(problems, p => Assert.DoesNotContain("131052-308T", p.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void TheDefaultRegionId_IsRefusedWhereARegionIdIsHeldOrTaken()
    {
        var profile = Assert.Throws<ArgumentException>(() => BuiltInRegions.EtelaKarjala with { Id = default });
        var period = BuiltInRegions.EtelaKarjala.ReportingPeriods.PeriodFor(new NodaTime.LocalDate(2025, 3, 1));

        Assert.StartsWith("The default RegionId identifies no region.", profile.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => RakenteellinenSosiaalityo.Core.Compilations.CompilationId.For(default, period));
        Assert.Throws<ArgumentException>(() => PhenomenonReportId.For(default, 2025));
        Assert.Throws<ArgumentException>(() => BuiltInRegions.Get(default));
        Assert.Equal(BuiltInRegions.Ids, [BuiltInRegions.KymenlaaksoId, BuiltInRegions.EtelaKarjalaId]);
        Assert.All(BuiltInRegions.Ids, id => Assert.Equal(id, BuiltInRegions.Get(id).Id));
    }

    private static string WithRegionId(string json, string regionId)
    {
        var node = JsonNode.Parse(json)!;
        node["regionId"] = regionId;
        return node.ToJsonString();
    }

    private static SocialReport Submitted(RegionProfile ek)
    {
        var by = new Performer(new ActorId("professionals"));
        return SocialReport.Create(ek, new ReportId("R-1"), Tests.Reports.ReportFixtures.Content(), by, NodaTime.Instant.FromUtc(2025, 3, 3, 8, 0))
            .Submit(ek, by, NodaTime.Instant.FromUtc(2025, 3, 4, 8, 0));
    }
}
