using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Clock;

/// <summary>Bad clock sections are reported with their JSON path and rule code, every problem at once.</summary>
public sealed class ClockJsonValidationTests
{
    private const string GoodRules = """
        [
          { "id": "meeting", "activity": "meeting", "label": { "fi": "Kokous" }, "responsible": "team", "when": { "monthlyExcept": [ 7 ] } },
          { "id": "compile", "activity": "compilation", "label": { "fi": "Kooste" }, "responsible": "team", "participants": [ "board", { "external": { "fi": "THL" } } ], "when": { "withinDaysAfterPeriodEnd": 30 }, "source": "4.3" },
          { "id": "review", "activity": "planReview", "label": { "fi": "Päivitys" }, "responsible": "board", "when": { "month": 12 } },
          { "id": "theme", "activity": "phenomenonSelection", "label": { "fi": "Teema" }, "responsible": "board", "when": { "quarterEnd": 1 } }
        ]
        """;

    private static string WithRules(Action<JsonArray>? edit = null)
    {
        var root = JsonNode.Parse(ProfileDocuments.MinimalProfile)!.AsObject();
        var rules = JsonNode.Parse(GoodRules)!.AsArray();
        edit?.Invoke(rules);
        root["clock"] = new JsonObject { ["rules"] = rules };
        return root.ToJsonString();
    }

    private static JsonObject RuleAt(JsonArray rules, int index) => rules[index]!.AsObject();

    [Fact]
    public void GoodClock_Loads_AndRoundTrips()
    {
        var profile = RegionProfileJson.Load(WithRules());

        Assert.Equal(4, profile.Clock!.Rules.Count);
        Assert.Equal(ClockWhen.Monthly(7), profile.Clock.Rules[0].When);
        Assert.Equal(2, profile.Clock.Rules[1].Participants.Count);
        Assert.Equal(profile, RegionProfileJson.Load(RegionProfileJson.Serialize(profile)));
    }

    [Fact]
    public void UnknownResponsible_IsUnknownActor_AtTheRule()
    {
        var json = WithRules(rules => RuleAt(rules, 2)["responsible"] = "ghost");

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.clock.rules[2].responsible", problem.Path);
        Assert.Equal(ValidationRules.UnknownActor, problem.Rule);
    }

    [Fact]
    public void UnknownParticipant_IsUnknownActor_AtTheParticipant()
    {
        var json = WithRules(rules => RuleAt(rules, 1)["participants"]!.AsArray()[0] = "ghost");

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.clock.rules[1].participants[0]", problem.Path);
        Assert.Equal(ValidationRules.UnknownActor, problem.Rule);
    }

    [Theory]
    [InlineData("""{ "month": 13 }""", "$.clock.rules[3].when.month", ValidationRules.InvalidValue)]
    [InlineData("""{ "month": 0 }""", "$.clock.rules[3].when.month", ValidationRules.InvalidValue)]
    [InlineData("""{ "inQuarter": 5 }""", "$.clock.rules[3].when.inQuarter", ValidationRules.InvalidValue)]
    [InlineData("""{ "quarterStart": 0 }""", "$.clock.rules[3].when.quarterStart", ValidationRules.InvalidValue)]
    [InlineData("""{ "timesPerYear": 13 }""", "$.clock.rules[3].when.timesPerYear", ValidationRules.InvalidValue)]
    [InlineData("""{ "withinDaysAfterPeriodEnd": 0 }""", "$.clock.rules[3].when.withinDaysAfterPeriodEnd", ValidationRules.InvalidValue)]
    [InlineData("""{ "months": [ ] }""", "$.clock.rules[3].when.months", ValidationRules.InvalidValue)]
    [InlineData("""{ "months": [ 1, 8, 1 ] }""", "$.clock.rules[3].when.months[2]", ValidationRules.InvalidValue)]
    [InlineData("""{ "monthlyExcept": [ 7, 13 ] }""", "$.clock.rules[3].when.monthlyExcept[1]", ValidationRules.InvalidValue)]
    [InlineData("""{ "monthlyExcept": [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12 ] }""", "$.clock.rules[3].when.monthlyExcept", ValidationRules.InvalidValue)]
    [InlineData("""{ "date": "02-30" }""", "$.clock.rules[3].when.date", ValidationRules.InvalidDate)]
    [InlineData("""{ "date": "2025-05-31" }""", "$.clock.rules[3].when.date", ValidationRules.InvalidDate)]
    [InlineData("""{ "periodEnds": false }""", "$.clock.rules[3].when.periodEnds", ValidationRules.InvalidValue)]
    [InlineData("""{ "month": "12" }""", "$.clock.rules[3].when.month", ValidationRules.WrongType)]
    [InlineData("""{ "month": 12, "weekly": true }""", "$.clock.rules[3].when.weekly", ValidationRules.UnknownProperty)]
    public void BadWhen_IsReportedAtTheValue(string when, string path, string rule)
    {
        var json = WithRules(rules => RuleAt(rules, 3)["when"] = JsonNode.Parse(when));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal(path, problem.Path);
        Assert.Equal(rule, problem.Rule);
    }

    [Theory]
    [InlineData("""{ "month": 12, "quarterEnd": 4 }""", "month and quarterEnd")]
    [InlineData("""{ "monthlyExcept": [ 7 ], "timesPerYear": 11 }""", "monthlyExcept and timesPerYear")]
    [InlineData("""{ }""", "none")]
    public void WhenWithOtherThanOneKindOfTime_IsInvalidValue_AtTheWhen(string when, string named)
    {
        var json = WithRules(rules => RuleAt(rules, 3)["when"] = JsonNode.Parse(when));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.clock.rules[3].when", problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Contains(named, problem.Message, StringComparison.Ordinal);
        Assert.Contains("A clock rule's 'when'", problem.Message, StringComparison.Ordinal);
    }

    // A month given twice is named as a month; the months outside 1–12 do not count towards "every month excepted".
    [Theory]
    [InlineData("""{ "months": [ 1, 8, 1 ] }""", "$.clock.rules[3].when.months[2]")]
    [InlineData("""{ "monthlyExcept": [ 7, 7 ] }""", "$.clock.rules[3].when.monthlyExcept[1]")]
    public void MonthLists_AreCheckedItemByItem_NamingTheMonth(string when, string path)
    {
        var json = WithRules(rules => RuleAt(rules, 3)["when"] = JsonNode.Parse(when));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal(path, problem.Path);
        Assert.Contains("month", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void MonthOutside1To12_DoesNotCountTowardsEveryMonthExcepted()
    {
        var json = WithRules(rules => RuleAt(rules, 3)["when"] = JsonNode.Parse("""{ "monthlyExcept": [ 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13 ] }"""));

        Assert.Equal("$.clock.rules[3].when.monthlyExcept[11]", Assert.Single(RegionProfileJson.Validate(json)).Path);
    }

    [Theory]
    [InlineData("\"monthly\"")]
    [InlineData("12")]
    [InlineData("[ { \"month\": 12 } ]")]
    public void WhenThatIsNotAnObject_IsOneWrongType_AtTheWhen(string when)
    {
        var json = WithRules(rules => RuleAt(rules, 3)["when"] = JsonNode.Parse(when));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.clock.rules[3].when", problem.Path);
        Assert.Equal(ValidationRules.WrongType, problem.Rule);
    }

    [Fact]
    public void DuplicateRuleId_IsReported()
    {
        var json = WithRules(rules => RuleAt(rules, 2)["id"] = "meeting");

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.clock.rules[2].id", problem.Path);
        Assert.Equal(ValidationRules.DuplicateId, problem.Rule);
        Assert.Contains("clock rule", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("activity", "weeklyCoffee", ValidationRules.InvalidValue)]
    [InlineData("id", "Not A Slug", ValidationRules.InvalidValue)]
    public void BadRuleValues_AreInvalidValue(string property, string value, string rule)
    {
        var json = WithRules(rules => RuleAt(rules, 0)[property] = value);

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal($"$.clock.rules[0].{property}", problem.Path);
        Assert.Equal(rule, problem.Rule);
    }

    [Theory]
    [InlineData("id")]
    [InlineData("activity")]
    [InlineData("label")]
    [InlineData("responsible")]
    [InlineData("when")]
    public void MissingRuleProperty_IsMissingProperty(string property)
    {
        var json = WithRules(rules => RuleAt(rules, 1).Remove(property));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal($"$.clock.rules[1].{property}", problem.Path);
        Assert.Equal(ValidationRules.MissingProperty, problem.Rule);
    }

    [Fact]
    public void LabelWithoutFinnish_IsMissingFinnish()
    {
        var json = WithRules(rules => RuleAt(rules, 0)["label"] = new JsonObject { ["en"] = "Meeting" });

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.clock.rules[0].label.fi", problem.Path);
        Assert.Equal(ValidationRules.MissingFinnish, problem.Rule);
    }

    [Fact]
    public void EveryClockProblem_IsReportedAtOnce_WithTheOthers()
    {
        var json = WithRules(rules =>
        {
            RuleAt(rules, 0)["responsible"] = "ghost";
            RuleAt(rules, 2)["when"] = JsonNode.Parse("""{ "month": 13 }""");
            RuleAt(rules, 3)["when"] = JsonNode.Parse("""{ "inQuarter": 5, "month": 1 }""");
        });

        var problems = RegionProfileJson.Validate(json);

        Assert.Contains(problems, p => p.Path == "$.clock.rules[0].responsible" && p.Rule == ValidationRules.UnknownActor);
        Assert.Contains(problems, p => p.Path == "$.clock.rules[2].when.month" && p.Rule == ValidationRules.InvalidValue);
        Assert.Contains(problems, p => p.Path == "$.clock.rules[3].when.inQuarter" && p.Rule == ValidationRules.InvalidValue);
        Assert.Contains(problems, p => p.Path == "$.clock.rules[3].when" && p.Rule == ValidationRules.InvalidValue);
        var e = Assert.Throws<ValidationException>(() => RegionProfileJson.Load(json));
        Assert.Equal(problems, e.Problems);
    }

    [Fact]
    public void ClockWithoutRules_IsMissingProperty_AndAWrongTypeIsWrongType()
    {
        var root = JsonNode.Parse(ProfileDocuments.MinimalProfile)!.AsObject();
        root["clock"] = new JsonObject();
        Assert.Equal("$.clock.rules", Assert.Single(RegionProfileJson.Validate(root.ToJsonString())).Path);
        root["clock"] = new JsonArray();
        Assert.Equal(ValidationRules.WrongType, Assert.Single(RegionProfileJson.Validate(root.ToJsonString())).Rule);
    }

    [Fact]
    public void ProfileChangedInCode_WithARuleOfAnUnknownActor_IsValidatedWithPaths()
    {
        var profile = RegionProfileJson.Load(WithRules());
        var changed = profile with { Clock = new ClockDefinition([.. profile.Clock!.Rules, profile.Clock.Rules[0] with { Id = new Core.Clock.ClockRuleId("extra"), Responsible = new Core.Actors.ActorId("ghost") }]) };

        var problem = Assert.Single(changed.Validate());
        Assert.Equal("$.clock.rules[4].responsible", problem.Path);
    }

    [Fact]
    public void Schema_NamesEveryKindOfTime_AndEveryActivityKind()
    {
        var defs = JsonNode.Parse(RegionProfileJson.Schema)!["$defs"]!;

        Assert.Equal(ClockWhen.Kinds.Order(StringComparer.Ordinal), defs["clockWhen"]!["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.Equal(
            Enum.GetValues<ActivityKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())),
            defs["clockRule"]!["properties"]!["activity"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));
    }
}
