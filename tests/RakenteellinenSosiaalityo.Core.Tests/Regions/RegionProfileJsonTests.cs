using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

public sealed class RegionProfileJsonTests
{
    /// <summary>A small valid profile of an imaginary region with four periods a year.</summary>
    internal const string MinimalProfile = """
        {
          "schemaVersion": 1,
          "id": "testiniemi",
          "name": { "fi": "Testiniemen hyvinvointialue" },
          "businessId": "3221311-5",
          "plan": {
            "title": { "fi": "Toteutussuunnitelma" },
            "legalBasis": { "act": { "fi": "Sosiaalihuoltolaki" }, "statute": "1301/2014", "section": "7", "duties": [] },
            "approvals": [ { "by": "board", "on": "2025-02-01" } ],
            "maintenance": { "responsible": [ "board" ], "cadence": { "fi": "vuosittain" } },
            "goals": [ { "fi": "Tavoite" } ]
          },
          "actors": [
            { "id": "board", "kind": "managementBody", "name": { "fi": "Johtoryhmä" }, "responsibilities": [], "collaborators": [ "team" ] },
            { "id": "team", "kind": "group", "name": { "fi": "Työryhmä" }, "responsibilities": [ { "fi": "Kokoaa" } ], "collaborators": [ { "external": { "fi": "THL" } } ] }
          ],
          "reportingPeriods": { "periods": [
            { "start": "01-01", "end": "03-31" }, { "start": "04-01", "end": "06-30" },
            { "start": "07-01", "end": "09-30" }, { "start": "10-01", "end": "12-31" } ] }
        }
        """;

    [Fact]
    public void MinimalProfile_Loads()
    {
        var profile = RegionProfileJson.Load(MinimalProfile);

        Assert.Equal("testiniemi", profile.Id);
        Assert.Equal(2, profile.Actors.Count);
        Assert.Equal(4, profile.ReportingPeriods.PeriodsInYear(2025).Count);
        Assert.Empty(profile.Validate());
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void BuiltInJson_RoundTripsLosslessly(string id)
    {
        var profile = RegionProfileJson.Load(BuiltInRegions.Json(id));

        var written = RegionProfileJson.Serialize(profile);

        Assert.Equal(profile, RegionProfileJson.Load(written));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(BuiltInRegions.Json(id)), JsonNode.Parse(written)), "The shipped JSON and the written JSON differ: the shipped file holds something the model drops, or is not in canonical form.");
    }

    [Fact]
    public void MalformedJson_IsOneProblem_WithLineAndPosition()
    {
        var problems = RegionProfileJson.Validate("{ \"schemaVersion\": 1,\n  \"id\": }");

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationRules.MalformedJson, problem.Rule);
        Assert.Contains("line 2", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AllProblems_AreReportedAtOnce_EachWithItsPath()
    {
        var json = Edit(root =>
        {
            root["businessId"] = "3221311-4";
            root["actors"]![1]!["id"] = "board";
            root["actors"]![0]!["collaborators"] = new JsonArray("nobody");
            root["actors"]![0]!["name"] = new JsonObject { ["en"] = "Board" };
            root["actors"]![0]!["colaborators"] = new JsonArray();
            root["plan"]!["goals"] = "not a list";
            root["reportingPeriods"]!["periods"]![1]!["end"] = "06-29";
            root["plan"]!["approvals"]![0]!["on"] = "2025-02-30";
        });

        var problems = RegionProfileJson.Validate(json);

        AssertProblem(problems, "$.businessId", ValidationRules.InvalidBusinessId);
        AssertProblem(problems, "$.actors[1].id", ValidationRules.DuplicateId);
        AssertProblem(problems, "$.actors[0].collaborators[0]", ValidationRules.UnknownActor);
        AssertProblem(problems, "$.actors[0].name.fi", ValidationRules.MissingFinnish);
        AssertProblem(problems, "$.actors[0].colaborators", ValidationRules.UnknownProperty);
        AssertProblem(problems, "$.plan.goals", ValidationRules.WrongType);
        AssertProblem(problems, "$.reportingPeriods.periods[1].end", ValidationRules.PeriodGap);
        AssertProblem(problems, "$.plan.approvals[0].on", ValidationRules.InvalidDate);
    }

    [Fact]
    public void Load_Throws_ValidationException_WithEveryProblem()
    {
        var json = Edit(root =>
        {
            root.Remove("name");
            root["reportingPeriods"]!["periods"]![0]!["start"] = "02-30";
        });

        var error = Assert.Throws<ValidationException>(() => RegionProfileJson.Load(json));

        Assert.Equal("profile-invalid", error.Code);
        AssertProblem(error.Problems, "$.name", ValidationRules.MissingProperty);
        AssertProblem(error.Problems, "$.reportingPeriods.periods[0].start", ValidationRules.InvalidDate);
        Assert.Contains("$.name", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OverlappingPeriods_AreReported()
    {
        var json = Edit(root => root["reportingPeriods"]!["periods"]![0]!["end"] = "04-15");

        AssertProblem(RegionProfileJson.Validate(json), "$.reportingPeriods.periods[0].end", ValidationRules.PeriodOverlap);
    }

    [Fact]
    public void UnknownEnumName_IsInvalidValue()
    {
        var json = Edit(root => root["actors"]![0]!["kind"] = "committee");

        AssertProblem(RegionProfileJson.Validate(json), "$.actors[0].kind", ValidationRules.InvalidValue);
    }

    [Fact]
    public void NewerSchemaVersion_IsReportedAlone()
    {
        var json = Edit(root =>
        {
            root["schemaVersion"] = 2;
            root["somethingNew"] = true;
        });

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal(ValidationRules.UnsupportedSchemaVersion, problem.Rule);
    }

    [Fact]
    public void ApprovalByUnknownActor_IsReported()
    {
        var json = Edit(root => root["plan"]!["maintenance"]!["responsible"] = new JsonArray("ghost"));

        AssertProblem(RegionProfileJson.Validate(json), "$.plan.maintenance.responsible[0]", ValidationRules.UnknownActor);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("42")]
    [InlineData("\"profile\"")]
    public void NonObjectDocument_IsWrongType(string json)
    {
        var problem = Assert.Single(RegionProfileJson.Validate(json));

        Assert.Equal(ValidationRules.WrongType, problem.Rule);
        Assert.Equal("$", problem.Path);
    }

    [Fact]
    public void EmptyText_IsMalformed()
    {
        Assert.Equal(ValidationRules.MalformedJson, Assert.Single(RegionProfileJson.Validate(string.Empty)).Rule);
    }

    [Fact]
    public void ProfileChangedInCode_IsValidatedWithPaths()
    {
        var profile = RegionProfileJson.Load(MinimalProfile);
        var broken = profile with { Actors = [profile.Actors[0], profile.Actors[0]] };

        AssertProblem(broken.Validate(), "$.actors[1].id", ValidationRules.DuplicateId);
    }

    [Fact]
    public void Schema_IsShipped_AndNamesEveryRootProperty()
    {
        var schema = JsonNode.Parse(RegionProfileJson.Schema)!;
        var properties = schema["properties"]!.AsObject().Select(p => p.Key).ToHashSet();
        var written = JsonNode.Parse(RegionProfileJson.Serialize(RegionProfileJson.Load(MinimalProfile)))!.AsObject().Select(p => p.Key);

        Assert.Subset(properties, written.ToHashSet());
    }

    [Fact]
    public void PropertyNameWithPersonalData_IsRedactedInThePath()
    {
        var json = Edit(root => root["131052-308T"] = 1);

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal(ValidationRules.UnknownProperty, problem.Rule);
        Assert.DoesNotContain("131052-308T", problem.ToString(), StringComparison.Ordinal);
    }

    private static string Edit(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(MinimalProfile)!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static void AssertProblem(IReadOnlyList<ValidationProblem> problems, string path, string rule) =>
        Assert.True(
            problems.Any(p => p.Path == path && p.Rule == rule),
            $"Expected a '{rule}' problem at {path}; found:\n{string.Join("\n", problems)}");
}
