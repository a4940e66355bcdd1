using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Documents;

/// <summary>
/// The closed hierarchies <see cref="ClockWhen"/>, <see cref="StepDue"/> and <see cref="MetricDerivation"/> (issue 15):
/// one JSON shape <c>{ "kind": value }</c> through one converter, and one check per kind that the constructor and the
/// loader share, so both say the same.
/// </summary>
public sealed class RuleKindsJsonTests
{
    private static readonly ActorId Body = BuiltInRegions.EtelaKarjala.Actors[0].Id;

    public static TheoryData<string, object> EveryKind() => new()
    {
        { """{"date":"12-01"}""", ClockWhen.OnDate(new NodaTime.AnnualDate(12, 1)) },
        { """{"month":12}""", ClockWhen.InMonth(12) },
        { """{"months":[8,1]}""", ClockWhen.InMonths(8, 1) },
        { """{"monthlyExcept":[]}""", ClockWhen.Monthly() },
        { """{"quarterStart":2}""", ClockWhen.InQuarterPart(2, QuarterPart.Start) },
        { """{"quarterEnd":2}""", ClockWhen.InQuarterPart(2, QuarterPart.End) },
        { """{"inQuarter":2}""", ClockWhen.InQuarterPart(2, QuarterPart.Within) },
        { """{"timesPerYear":5}""", ClockWhen.Times(5) },
        { """{"withinDaysAfterPeriodEnd":30}""", ClockWhen.AfterPeriodEnd(30) },
        { """{"periodEnds":true}""", ClockWhen.OnPeriodEnds() },
        { """{"withinDays":14}""", StepDue.WithinDaysAfterPrevious(14) },
        { """{"inMonths":[1,8]}""", StepDue.InMonthsOf(1, 8) },
        { """{"withinDaysAfterPeriodEnd":30}""", StepDue.AfterPeriodEnd(30) },
        { """{"reportsPerPeriod":{"minimum":2,"compiled":true}}""", new ReportsPerPeriodRule(2, compiled: true) },
        { """{"meetingsHeld":{"body":"network","target":11}}""", new MeetingsHeldRule(new ActorId("network"), target: 11) },
        { """{"productsHandled":{"body":"network","compilations":2,"inMonths":[1,8]}}""", new ProductsHandledRule(new ActorId("network"), compilations: 2, inMonths: [1, 8]) },
        { """{"phenomenonReport":{"body":"network","approved":true}}""", new PhenomenonReportRule(new ActorId("network"), approved: true) },
        { """{"communication":{"audiences":["internal","external"]}}""", new CommunicationRule([CommunicationAudience.Internal, CommunicationAudience.External]) },
        { """{"onboarding":{"minimum":1}}""", new OnboardingRule(1) },
    };

    [Theory]
    [MemberData(nameof(EveryKind))]
    public void EveryKind_IsOneObjectWithOneProperty_AndReadsBackEqual(string json, object value)
    {
        var declared = value switch { ClockWhen => typeof(ClockWhen), StepDue => typeof(StepDue), _ => typeof(MetricDerivation) };
        var written = JsonSerializer.Serialize(value, declared, CoreJson.Options);

        Assert.Equal(json, JsonNode.Parse(written)!.ToJsonString());
        Assert.Equal(value, JsonSerializer.Deserialize(json, declared, CoreJson.Options));
    }

    // The profile format does not change with the kinds: the built-in files are written back byte for byte.
    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void BuiltInProfiles_AreWrittenBackByteForByte(string id) =>
        Assert.Equal(
            BuiltInRegions.Json(new RegionId(id)).ReplaceLineEndings("\n").TrimEnd(),
            RegionProfileJson.Serialize(RegionProfileJson.Load(BuiltInRegions.Json(new RegionId(id)))).ReplaceLineEndings("\n").TrimEnd());

    [Theory]
    [InlineData("one-period")]
    [InlineData("four-periods")]
    [InlineData("february-end")]
    [InlineData("bilingual")]
    public void TestProfiles_LoadUnchanged_AndWriteTheSameTextTwice(string kind)
    {
        var file = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Regions", "Profiles", kind + ".json"));
        var written = RegionProfileJson.Serialize(RegionProfileJson.Load(file));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(file), JsonNode.Parse(written)));
        Assert.Equal(written, RegionProfileJson.Serialize(RegionProfileJson.Load(written)));
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"month":1,"inQuarter":1}""")]
    [InlineData("""{"weekly":true}""")]
    [InlineData("""[1]""")]
    public void NotExactlyOneKnownKind_IsAJsonException(string json) =>
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ClockWhen>(json, CoreJson.Options));

    [Fact]
    public void KindNames_AreTheSchemasPropertyNames_InOrder()
    {
        var defs = JsonNode.Parse(RegionProfileJson.Schema)!["$defs"]!;
        Assert.Equal(ClockWhen.Kinds, defs["clockWhen"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(StepDue.Kinds, defs["step"]!["properties"]!["due"]!["properties"]!.AsObject().Select(p => p.Key));
        Assert.Equal(MetricDerivation.Kinds, defs["metricDerivation"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    // One check per kind: the constructor's refusal and the loader's problem come from the same rule, in the same words.
    [Theory]
    [InlineData("when", """{ "months": [ 1, 8, 1 ] }""", ".months[2]")]
    [InlineData("when", """{ "monthlyExcept": [ 7, 7 ] }""", ".monthlyExcept[1]")]
    [InlineData("when", """{ "monthlyExcept": [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 ] }""", ".monthlyExcept")]
    [InlineData("due", """{ "inMonths": [ 1, 8, 8 ] }""", ".inMonths[2]")]
    [InlineData("derived", """{ "productsHandled": { "body": "BODY", "compilations": 2, "inMonths": [ 1, 1 ] } }""", ".productsHandled.inMonths[1]")]
    [InlineData("derived", """{ "productsHandled": { "body": "BODY" } }""", ".productsHandled")]
    [InlineData("derived", """{ "communication": { "audiences": [ "internal", "internal" ] } }""", ".communication.audiences[1]")]
    [InlineData("derived", """{ "meetingsHeld": { "body": "BODY", "plannedBy": [ "RULE", "RULE" ] } }""", ".meetingsHeld.plannedBy[1]")]
    [InlineData("derived", """{ "meetingsHeld": { "body": "BODY", "target": 11, "plannedBy": [ "RULE" ] } }""", ".meetingsHeld")]
    public void ConstructorAndLoader_RefuseWithTheSameRule(string site, string value, string relativePath)
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var rule = ek.Clock!.Rules[0].Id;
        value = value.Replace("BODY", Body.Value, StringComparison.Ordinal).Replace("RULE", rule.Value, StringComparison.Ordinal);
        var root = JsonNode.Parse(RegionProfileJson.Serialize(ek))!.AsObject();
        var metric = ek.Metrics.ToList().FindIndex(m => m.Derived is not null);
        var (path, node) = site switch
        {
            "when" => ("$.clock.rules[0].when", root["clock"]!["rules"]![0]!.AsObject()),
            "due" => ("$.compilationProcess.steps[0].due", root["compilationProcess"]!["steps"]![0]!.AsObject()),
            _ => ($"$.metrics[{metric}].derived", root["metrics"]![metric]!.AsObject()),
        };
        node[site] = JsonNode.Parse(value);

        var problem = Assert.Single(RegionProfileJson.Validate(root.ToJsonString()));
        Assert.Equal(path + relativePath, problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);

        // The same value built in code: the constructor throws the same words.
        var thrown = Assert.ThrowsAny<ArgumentException>(() => Build(site, JsonNode.Parse(value)!.AsObject()));
        Assert.Contains(problem.Message, thrown.Message, StringComparison.Ordinal);
    }

    private static object Build(string site, JsonObject value)
    {
        var (kind, inner) = value.Single();
        int[] Ints(string name) => inner![name]!.AsArray().Select(n => n!.GetValue<int>()).ToArray();
        return (site, kind) switch
        {
            ("when", "months") => ClockWhen.InMonths(inner!.AsArray().Select(n => n!.GetValue<int>()).ToArray()),
            ("when", _) => ClockWhen.Monthly(inner!.AsArray().Select(n => n!.GetValue<int>()).ToArray()),
            ("due", _) => StepDue.InMonthsOf(inner!.AsArray().Select(n => n!.GetValue<int>()).ToArray()),
            (_, "productsHandled") => new ProductsHandledRule(Body, inner!["compilations"]?.GetValue<int>(), null, inner["inMonths"] is null ? null : Ints("inMonths")),
            (_, "communication") => new CommunicationRule([.. inner!["audiences"]!.AsArray().Select(a => Enum.Parse<CommunicationAudience>(a!.GetValue<string>(), ignoreCase: true))]),
            _ => new MeetingsHeldRule(Body, inner!["target"]?.GetValue<int>(), inner["plannedBy"]?.AsArray().Select(n => new Core.Clock.ClockRuleId(n!.GetValue<string>())).ToList()),
        };
    }
}
