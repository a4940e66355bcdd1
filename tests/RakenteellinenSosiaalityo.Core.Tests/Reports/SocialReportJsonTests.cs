using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Reports;

public sealed class SocialReportJsonTests
{
    // EK: submitted at 1 h, returned at 2 h, revised at 3 h, submitted again at 4 h, reviewed (completion) at 5 h.
    internal static SocialReport Walked()
    {
        var profile = EtelaKarjala;
        return Submitted(profile)
            .ReturnForCompletion(profile, By("unit-supervisor"), At(2), "Täydennä kuvausta.")
            .Revise(profile, Content(description: "Täydennetty kuvaus \"lainausmerkein\" ja rivinvaihdolla\n."), By("professionals"), At(3))
            .Submit(profile, By("professionals"), At(4))
            .Perform(profile, new StepId("supervisor-review"), By("unit-supervisor", "Eeva Esihenkilö"), At(5), new RecordEntry(RecordKind.Remark, "Hyvä havainto."));
    }

    [Fact]
    public void RoundTrip_WithHistory_GivesAnEqualReport()
    {
        var report = Walked();

        var json = SocialReportJson.Serialize(report);
        var read = SocialReportJson.Deserialize(json, EtelaKarjala);

        Assert.Equal(report, read);
        Assert.Equal(json, SocialReportJson.Serialize(read));
        Assert.Contains("\"status\": \"completed\"", json, StringComparison.Ordinal);
        Assert.Contains("\"action\": \"returnedForCompletion\"", json, StringComparison.Ordinal);
        Assert.Contains("\"profession\": \"socialWorker\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Status_EditedByHand_IsReportedAtItsPath()
    {
        var problem = SingleProblemAfter(node => node["status"] = "inProcess");
        Assert.Equal("$.status", problem.Path);
    }

    [Fact]
    public void Status_EditedByHand_NamesTheStatusTheHistoryLeadsTo()
    {
        var problem = SingleProblemAfter(node => node["status"] = "inProcess");

        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Equal("The history leads to status 'Completed', not 'InProcess'.", problem.Message);
    }

    [Fact]
    public void PerformedSteps_Missing_IsAMissingProperty_NamingTheStepsTheHistoryLeadsTo()
    {
        var report = Walked();
        var steps = string.Join(", ", report.PerformedSteps);
        Assert.NotEmpty(report.PerformedSteps);

        var problem = SingleProblemAfter(node => node.AsObject().Remove("performedSteps"), report);

        Assert.Equal("$.performedSteps", problem.Path);
        Assert.Equal(ValidationRules.MissingProperty, problem.Rule);
        Assert.Equal($"The report has no 'performedSteps'; the history leads to [{steps}].", problem.Message);
    }

    [Theory]
    [InlineData(0)] // a step left out
    [InlineData(1)] // the steps in another order
    [InlineData(2)] // a step twice
    public void PerformedSteps_EditedByHand_AreRefused_NamingTheStepsTheHistoryLeadsTo(int edit)
    {
        var report = Walked();
        var steps = report.PerformedSteps.Select(s => s.Value).ToList();
        Assert.True(steps.Count >= 2, "the walked report performs two steps or more");
        var edited = edit switch
        {
            0 => steps.Skip(1).ToList(),
            1 => Enumerable.Reverse(steps).ToList(),
            _ => [.. steps, steps[0]],
        };

        var problem = SingleProblemAfter(node => node["performedSteps"] = new JsonArray([.. edited.Select(s => JsonValue.Create(s))]), report);

        Assert.Equal("$.performedSteps", problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Equal($"The history leads to performed steps [{string.Join(", ", steps)}].", problem.Message);
    }

    [Fact]
    public void History_WithAStepRemoved_IsRefusedAsInvalidHistory()
    {
        var node = JsonNode.Parse(SocialReportJson.Serialize(Walked()))!;
        node["history"]!.AsArray().RemoveAt(4); // The resubmission: the supervisor's step then skips it.

        var e = Assert.Throws<ValidationException>(() => SocialReportJson.Deserialize(node.ToJsonString(), EtelaKarjala));

        Assert.Equal("report-invalid", e.Code);
        var problem = Assert.Single(e.Problems);
        Assert.Equal("$.history", problem.Path);
        Assert.Equal(LifecycleRules.InvalidHistory, problem.Rule);
        Assert.Contains("Entry 4", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownProperty_IsReportedWithItsPath()
    {
        var problem = SingleProblemAfter(node => node["content"]!["titel"] = "x");
        Assert.Equal(ValidationRules.UnknownProperty, problem.Rule);
        Assert.StartsWith("$.content", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void WrongType_IsReportedWithItsPath()
    {
        var problem = SingleProblemAfter(node => node["history"]![1]!["at"] = 42);
        Assert.Equal(ValidationRules.WrongType, problem.Rule);
        Assert.Equal("$.history[1].at", problem.Path);
    }

    [Fact]
    public void MalformedJson_IsReportedWithLine()
    {
        Assert.False(SocialReportJson.TryDeserialize("{ \"id\": ", EtelaKarjala, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal(ValidationRules.MalformedJson, problem.Rule);
        Assert.Contains("line 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OtherRegionsProfile_IsReportedAtRegionId()
    {
        Assert.False(SocialReportJson.TryDeserialize(SocialReportJson.Serialize(Walked()), Kymenlaakso, out _, out var problems));

        Assert.Equal("$.regionId", Assert.Single(problems).Path);
    }

    [Fact]
    public void HistoryWithPersonalData_IsRefused_WithoutEchoingIt()
    {
        var problem = SingleProblemAfter(node => node["history"]![5]!["entries"]![0]!["text"] = "Soita 040 123 4567");
        Assert.Contains("personal-data", problem.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("123 4567", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PerformerPersonWithPersonalData_IsAProblem_NotAnException()
    {
        var problem = SingleProblemAfter(node => node["history"]![5]!["by"]!["person"] = "eeva@example.fi");
        Assert.Equal(LifecycleRules.PersonalData, problem.Rule);
        Assert.DoesNotContain("example.fi", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Document_WhoseContentIsNotTheHistorysLast_IsAProblemAtContent()
    {
        var problem = SingleProblemAfter(node => node["content"]!["title"] = "Toinen otsikko");
        Assert.Equal("$.content", problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Contains("differs from the last content in the history", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_WhoseSubmissionIsNotTheHistorysFirst_IsAProblemAtSubmittedAt_NamingTheHistorysInstant()
    {
        var problem = SingleProblemAfter(node => node["submittedAt"] = At(4).ToString());
        Assert.Equal("$.submittedAt", problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Contains(At(1).ToString(), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_OfADraftClaimingASubmission_SaysThereIsNone()
    {
        var problem = SingleProblemAfter(node => node["submittedAt"] = At(1).ToString(), Draft(EtelaKarjala));

        Assert.Contains("none", problem.Message, StringComparison.Ordinal);
    }

    // The one problem TryDeserialize reports for the document of report (by default the walked one) after edit.
    private static ValidationProblem SingleProblemAfter(Action<JsonNode> edit, SocialReport? report = null)
    {
        var node = JsonNode.Parse(SocialReportJson.Serialize(report ?? Walked()))!;
        edit(node);

        Assert.False(SocialReportJson.TryDeserialize(node.ToJsonString(), EtelaKarjala, out _, out var problems));

        return Assert.Single(problems);
    }
}
