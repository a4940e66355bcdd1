using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

using static RakenteellinenSosiaalityo.Core.Tests.Regions.ProfileDocuments;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

public sealed class RegionProfileJsonTests
{
    [Fact]
    public void MinimalProfile_Loads()
    {
        var profile = RegionProfileJson.Load(MinimalProfile);

        Assert.Equal(new RegionId("testiniemi"), profile.Id);
        Assert.Equal(2, profile.Actors.Count);
        Assert.Equal(4, profile.ReportingPeriods.PeriodsInYear(2025).Count);
        Assert.Equal("adult-social-work", Assert.Single(profile.Services).Id.Value);
        Assert.Equal("submit → review", profile.ReportProcess.ToString());
        Assert.Empty(profile.ReportProcess.First.Records);
        Assert.Empty(profile.ReportProcess.First.MayRecord);
        Assert.Equal(new StepId("decide"), profile.CompilationProcess.CompletionStep.Id);
        Assert.Empty(profile.Validate());
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void BuiltInJson_RoundTripsLosslessly(string id)
    {
        var profile = RegionProfileJson.Load(BuiltInRegions.Json(new RegionId(id)));

        var written = RegionProfileJson.Serialize(profile);

        Assert.Equal(profile, RegionProfileJson.Load(written));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(BuiltInRegions.Json(new RegionId(id))), JsonNode.Parse(written)), "The shipped JSON and the written JSON differ: the shipped file holds something the model drops, or is not in canonical form.");
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

    // A part of the wrong JSON type is one wrong-type problem at its path; the checks that read inside it skip it
    // rather than fail or report more.
    [Theory]
    [InlineData("actors", "\"network\"")]
    [InlineData("plan", "5")]
    [InlineData("plan.approvals", "{ }")]
    [InlineData("plan.validity", "[ ]")]
    [InlineData("plan.validity.start", "20250101")]
    [InlineData("plan.validity.end", "true")]
    [InlineData("reportingPeriods", "[ ]")]
    public void PartOfTheWrongType_IsOneWrongTypeProblem_AtItsPath(string path, string value)
    {
        var root = JsonNode.Parse(BuiltInRegions.Json(BuiltInRegions.EtelaKarjalaId))!;
        var names = path.Split('.');
        var owner = names[..^1].Aggregate(root, (node, name) => node[name]!);
        owner[names[^1]] = JsonNode.Parse(value);

        var problems = RegionProfileJson.Validate(root.ToJsonString());

        Assert.Contains(problems, p => p.Path == "$." + path && p.Rule == ValidationRules.WrongType);
        Assert.DoesNotContain(problems, p => p.Path.StartsWith("$." + path + ".", StringComparison.Ordinal) || p.Path.StartsWith("$." + path + "[", StringComparison.Ordinal));
    }

    // A plan's validity (DOMAIN 9, plan metadata): an end, when given, is not before the start (a rule of the library,
    // not of the plans).
    [Fact]
    public void PlanValidity_EndingBeforeItStarts_IsAnInvalidRange_AtTheEnd()
    {
        string WithValidity(string end)
        {
            var root = JsonNode.Parse(BuiltInRegions.Json(BuiltInRegions.EtelaKarjalaId))!;
            root["plan"]!["validity"] = new JsonObject { ["start"] = "2025-01-01", ["end"] = end };
            return root.ToJsonString();
        }

        var json = WithValidity("2024-12-31");
        var sameDay = WithValidity("2025-01-01");

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal(("$.plan.validity.end", ValidationRules.InvalidRange), (problem.Path, problem.Rule));
        Assert.Contains("ends before it starts", problem.Message, StringComparison.Ordinal);
        Assert.Empty(RegionProfileJson.Validate(sameDay));
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

    [Fact]
    public void StepPerformedByUnknownActor_IsReportedAtTheStep()
    {
        var json = Edit(root => Step(root, "reportProcess", 1)["performedBy"] = "ghost");

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.reportProcess.steps[1].performedBy", problem.Path);
        Assert.Equal(ValidationRules.UnknownActor, problem.Rule);
    }

    [Theory]
    [InlineData("reportProcess")]
    [InlineData("compilationProcess")]
    public void ProcessOfTheWrongType_IsAWrongTypeProblem_AtTheProcess(string process)
    {
        var json = Edit(root => root[process] = new JsonArray(1, 2));

        var problems = RegionProfileJson.Validate(json);

        AssertProblem(problems, "$." + process, ValidationRules.WrongType);
        Assert.Equal(ValidationRules.WrongType, Assert.Throws<ValidationException>(() => RegionProfileJson.Load(json)).Problems.Single(p => p.Path == "$." + process).Rule);
    }

    [Fact]
    public void CompletesWithOfTheWrongType_IsAWrongTypeProblem_AtIt()
    {
        var json = Edit(root => root["reportProcess"]!["completesWith"] = 5);

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.reportProcess.completesWith", problem.Path);
        Assert.Equal(ValidationRules.WrongType, problem.Rule);
    }

    [Fact]
    public void DueOfTwoKinds_IsOneProblem_NamingTheKinds()
    {
        var json = Edit(root => Step(root, "compilationProcess", 0)["due"] = JsonNode.Parse("""{ "withinDaysAfterPeriodEnd": 30, "inMonths": [1] }"""));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.compilationProcess.steps[0].due", problem.Path);
        Assert.StartsWith("A due rule gives exactly one of withinDays, inMonths, withinDaysAfterPeriodEnd; this one gives ", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void StepWithoutPerformer_IsMissingProperty_NamingPerformedBy()
    {
        var json = Edit(root => Step(root, "compilationProcess", 1).Remove("performedBy"));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.compilationProcess.steps[1].performedBy", problem.Path);
        Assert.Equal(ValidationRules.MissingProperty, problem.Rule);
        Assert.Contains("performedBy", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PhenomenonThemes_Omitted_AreTheSupportNeedsOfTheSocialWelfareAct()
    {
        var profile = RegionProfileJson.Load(MinimalProfile);

        Assert.Equal(PhenomenonThemes.SocialWelfareActSupportNeeds, profile.PhenomenonThemes);
        Assert.Equal(10, profile.PhenomenonThemes.Count);
        Assert.Equal(CompilationRules.Default, profile.CompilationRules);
        Assert.Equal(profile, RegionProfileJson.Load(RegionProfileJson.Serialize(profile)));
    }

    [Fact]
    public void PhenomenonThemes_OwnList_WithADuplicateId_IsReportedAtTheSecond()
    {
        var json = Edit(root => root["phenomenonThemes"] = JsonNode.Parse("""
            [ { "id": "homelessness", "name": { "fi": "Asunnottomuus" } },
              { "id": "mental-health", "name": { "fi": "Mielenterveys" } },
              { "id": "homelessness", "name": { "fi": "Asunnottomuus 2" } } ]
            """));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.phenomenonThemes[2].id", problem.Path);
        Assert.Equal(ValidationRules.DuplicateId, problem.Rule);
    }

    [Fact]
    public void CompilationRules_OutOfRange_AreReportedWithTheirPaths()
    {
        var json = Edit(root => root["compilationRules"] = JsonNode.Parse("""{ "recurringMinReports": 0, "recurringConsecutiveCompilations": 1 }"""));

        var problems = RegionProfileJson.Validate(json);
        AssertProblem(problems, "$.compilationRules.recurringMinReports", ValidationRules.InvalidValue);
        AssertProblem(problems, "$.compilationRules.recurringConsecutiveCompilations", ValidationRules.InvalidValue);
    }

    [Fact]
    public void StepsFollowingEachOther_InACircle_AreUnreachable()
    {
        // submit → (review after decide-later) and (decide-later after review): neither can be reached from 'submit'.
        var json = Edit(root =>
        {
            Steps(root, "reportProcess").Add(JsonNode.Parse("""{ "id": "decide-later", "name": { "fi": "Myöhemmin" }, "performedBy": "board", "after": "review" }"""));
            Step(root, "reportProcess", 1)["after"] = "decide-later";
        });

        var problems = RegionProfileJson.Validate(json);

        AssertProblem(problems, "$.reportProcess.steps[1].after", ValidationRules.UnreachableStep);
        AssertProblem(problems, "$.reportProcess.steps[2].after", ValidationRules.UnreachableStep);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void StepAfterUnknownStep_And_UnknownCompletionStep_AreUnknownStep()
    {
        var json = Edit(root =>
        {
            Step(root, "compilationProcess", 1)["after"] = "kompile";
            root["compilationProcess"]!["completesWith"] = "publish";
        });

        var problems = RegionProfileJson.Validate(json);

        AssertProblem(problems, "$.compilationProcess.steps[1].after", ValidationRules.UnknownStep);
        AssertProblem(problems, "$.compilationProcess.completesWith", ValidationRules.UnknownStep);
        Assert.Equal(2, problems.Count);
    }

    [Fact]
    public void FirstStepWithAfter_IsUnreachable()
    {
        var json = Edit(root => Step(root, "reportProcess", 0)["after"] = "review");

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.reportProcess.steps[0].after", problem.Path);
        Assert.Equal(ValidationRules.UnreachableStep, problem.Rule);
    }

    [Fact]
    public void DuplicateStepId_IsReported()
    {
        var json = Edit(root => Step(root, "reportProcess", 1)["id"] = "submit");

        AssertProblem(RegionProfileJson.Validate(json), "$.reportProcess.steps[1].id", ValidationRules.DuplicateId);
    }

    [Fact]
    public void DuplicateServiceId_IsReported()
    {
        var json = Edit(root => root["services"]!.AsArray().Add(JsonNode.Parse("""{ "id": "adult-social-work", "name": { "fi": "Toinen" } }""")));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.services[1].id", problem.Path);
        Assert.Equal(ValidationRules.DuplicateId, problem.Rule);
    }

    [Theory]
    [InlineData("""{ "withinDays": 14, "inMonths": [ 1, 8 ] }""")]
    [InlineData("""{ "withinDays": 14, "withinDaysAfterPeriodEnd": 30 }""")]
    [InlineData("""{ }""")]
    public void Due_WithOtherThanOneKindOfTime_IsInvalidValue(string due)
    {
        var json = Edit(root => Step(root, "compilationProcess", 0)["due"] = JsonNode.Parse(due));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.compilationProcess.steps[0].due", problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
    }

    [Theory]
    [InlineData("""{ "inMonths": [ 1, 8, 1 ] }""", "$.compilationProcess.steps[0].due.inMonths[2]")]
    [InlineData("""{ "inMonths": [ 13 ] }""", "$.compilationProcess.steps[0].due.inMonths[0]")]
    [InlineData("""{ "inMonths": [ ] }""", "$.compilationProcess.steps[0].due.inMonths")]
    [InlineData("""{ "withinDays": 0 }""", "$.compilationProcess.steps[0].due.withinDays")]
    [InlineData("""{ "withinDaysAfterPeriodEnd": 367 }""", "$.compilationProcess.steps[0].due.withinDaysAfterPeriodEnd")]
    [InlineData("""{ "withinDays": 14, "inWeeks": 2 }""", "$.compilationProcess.steps[0].due.inWeeks")]
    public void Due_OutOfRange_IsReportedAtTheValue(string due, string path)
    {
        var json = Edit(root => Step(root, "compilationProcess", 0)["due"] = JsonNode.Parse(due));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal(path, problem.Path);
        Assert.True(problem.Rule is ValidationRules.InvalidValue or ValidationRules.UnknownProperty, problem.ToString());
    }

    [Fact]
    public void UnknownRecordKind_IsInvalidValue()
    {
        var json = Edit(root => Step(root, "reportProcess", 1)["mayRecord"] = new JsonArray("remark", "note"));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.reportProcess.steps[1].mayRecord[1]", problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
    }

    [Fact]
    public void EmptyProcess_IsOneProblem()
    {
        var json = Edit(root => root["reportProcess"]!["steps"] = new JsonArray());

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.reportProcess.steps", problem.Path);
    }

    [Theory]
    [InlineData("services")]
    [InlineData("reportProcess")]
    [InlineData("compilationProcess")]
    public void MissingServicesOrProcess_IsMissingProperty(string name)
    {
        var json = Edit(root => root.Remove(name));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$." + name, problem.Path);
        Assert.Equal(ValidationRules.MissingProperty, problem.Rule);
    }

    [Fact]
    public void ProcessAndServiceProblems_AreReportedAtOnce_WithTheOthers()
    {
        var json = Edit(root =>
        {
            root["actors"]![1]!["id"] = "board";
            root["services"]!.AsArray().Add(JsonNode.Parse("""{ "id": "adult-social-work", "name": { "fi": "Toinen" } }"""));
            Step(root, "reportProcess", 0)["performedBy"] = "ghost";
            Step(root, "reportProcess", 1).Remove("performedBy");
            Step(root, "reportProcess", 1)["after"] = "review";
            Step(root, "compilationProcess", 0)["due"] = JsonNode.Parse("""{ "withinDays": 14, "inMonths": [ 1, 8 ] }""");
            Step(root, "compilationProcess", 1)["after"] = "nothing";
            root["compilationProcess"]!["completesWith"] = "publish";
        });

        var problems = RegionProfileJson.Validate(json);

        AssertProblem(problems, "$.actors[1].id", ValidationRules.DuplicateId);
        AssertProblem(problems, "$.services[1].id", ValidationRules.DuplicateId);
        AssertProblem(problems, "$.reportProcess.steps[0].performedBy", ValidationRules.UnknownActor);
        AssertProblem(problems, "$.reportProcess.steps[1].performedBy", ValidationRules.MissingProperty);
        AssertProblem(problems, "$.reportProcess.steps[1].after", ValidationRules.UnreachableStep);
        AssertProblem(problems, "$.compilationProcess.steps[0].due", ValidationRules.InvalidValue);
        AssertProblem(problems, "$.compilationProcess.steps[1].after", ValidationRules.UnknownStep);
        AssertProblem(problems, "$.compilationProcess.completesWith", ValidationRules.UnknownStep);
        Assert.Throws<ValidationException>(() => RegionProfileJson.Load(json));
    }

    [Fact]
    public void ProfileChangedInCode_WithAStepOfAnUnknownActor_IsValidatedWithPaths()
    {
        var profile = RegionProfileJson.Load(MinimalProfile);
        var steps = profile.ReportProcess.Steps.ToList();
        steps[1] = steps[1] with { PerformedBy = new ActorId("ghost") };
        var broken = profile with { ReportProcess = new ProcessDefinition(steps) };

        var problem = Assert.Single(broken.Validate());
        Assert.Equal("$.reportProcess.steps[1].performedBy", problem.Path);
        Assert.Equal(ValidationRules.UnknownActor, problem.Rule);
    }

    [Fact]
    public void Schema_NamesEveryPropertyOfServicesStepsAndDueRules()
    {
        var defs = JsonNode.Parse(RegionProfileJson.Schema)!["$defs"]!;
        var step = new ProcessStep
        {
            Id = new StepId("review"),
            Name = new LocalizedText("Käsittely"),
            PerformedBy = new ActorId("board"),
            After = new StepId("submit"),
            Records = [RecordKind.Decision],
            MayRecord = [RecordKind.Comment],
            Due = StepDue.InMonthsOf(1, 8),
            Source = "5.3",
        };
        var process = new ProcessDefinition([step with { Id = new StepId("submit"), After = null }, step], new StepId("submit"));
        var written = JsonNode.Parse(RegionProfileJson.Serialize(RegionProfileJson.Load(MinimalProfile) with { ReportProcess = process }))!;

        Assert.Subset(Names(defs["process"]!), Names(written["reportProcess"]!));
        Assert.Subset(Names(defs["step"]!), Names(written["reportProcess"]!["steps"]![1]!));
        Assert.Subset(Names(defs["service"]!), Names(written["services"]![0]!));
        Assert.Equal(["inMonths", "withinDays", "withinDaysAfterPeriodEnd"], Names(defs["step"]!["properties"]!["due"]!).Order(StringComparer.Ordinal));
        Assert.Equal(
            Enum.GetValues<RecordKind>().Select(k => JsonNamingPolicy.CamelCase.ConvertName(k.ToString())),
            defs["recordKind"]!["enum"]!.AsArray().Select(n => n!.GetValue<string>()));

        static HashSet<string> Names(JsonNode node) =>
            (node["properties"] is { } properties ? properties : node).AsObject().Select(p => p.Key).ToHashSet();
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void TryLoad_ValidDocument_GivesTheProfileAndNoProblems(string region)
    {
        Assert.True(RegionProfileJson.TryLoad(BuiltInRegions.Json(new RegionId(region)), out var profile, out var problems));

        Assert.Equal(BuiltInRegions.Get(new RegionId(region)), profile);
        Assert.Empty(problems);
    }

    [Fact]
    public void TryLoad_InvalidDocument_GivesNoProfile_AndTheProblemsLoadThrows()
    {
        var json = Edit(root => Step(root, "reportProcess", 1)["performedBy"] = "no-such-actor");

        Assert.False(RegionProfileJson.TryLoad(json, out var profile, out var problems));

        Assert.Null(profile);
        AssertProblem(problems, "$.reportProcess.steps[1].performedBy", ValidationRules.UnknownActor);
        Assert.Equal(problems, Assert.Throws<ValidationException>(() => RegionProfileJson.Load(json)).Problems);
    }

    // The shipped schema on its own (what an editor uses): it accepts both built-in documents and names the path of
    // a value of the wrong type.
    [Fact]
    public void ShippedSchema_AcceptsTheBuiltInDocuments_AndRejectsAWrongType()
    {
        var validator = new JsonSchemaValidator(JsonDocument.Parse(RegionProfileJson.Schema).RootElement);
        foreach (var region in BuiltInRegions.Ids)
        {
            var problems = new List<ValidationProblem>();
            validator.Validate(JsonDocument.Parse(BuiltInRegions.Json(region)).RootElement, "$", problems);
            Assert.Empty(problems);
        }

        var wrong = new List<ValidationProblem>();
        validator.Validate(JsonDocument.Parse(Edit(root => Step(root, "reportProcess", 0)["performedBy"] = 7)).RootElement, "$", wrong);
        Assert.Contains(wrong, p => p.Path == "$.reportProcess.steps[0].performedBy");
    }

    private static JsonArray Steps(JsonObject root, string process) => root[process]!["steps"]!.AsArray();

    private static JsonObject Step(JsonObject root, string process, int index) => Steps(root, process)[index]!.AsObject();
}
