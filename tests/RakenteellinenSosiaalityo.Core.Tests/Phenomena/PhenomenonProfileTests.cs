using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>The profile's phenomenonProcess and phenomenonReports sections: the built-in ones pinned to the plans, and their validation.</summary>
public sealed class PhenomenonProfileTests
{
    private static readonly RegionProfile K = BuiltInRegions.Kymenlaakso;
    private static readonly RegionProfile EK = BuiltInRegions.EtelaKarjala;

    private static string EditEK(Action<JsonObject> edit)
    {
        var root = JsonNode.Parse(RegionProfileJson.Serialize(EK))!.AsObject();
        edit(root);
        return root.ToJsonString();
    }

    private static JsonObject Settings(JsonObject root) => root["phenomenonReports"]!.AsObject();

    [Fact]
    public void Kymenlaakso_K43_ChosenBySteeringGroupWithWorkingGroup_TwoWorkshopsInTheWorkingGroup_SteeringGroupDecides()
    {
        var process = K.PhenomenonProcess!;
        var settings = K.PhenomenonReports!;

        Assert.Equal(new ActorId("steering-group"), process.First.PerformedBy);
        Assert.Equal([new ActorId("steering-group"), new ActorId("working-group")], settings.ChosenBy);
        Assert.Equal(2, settings.Workshops.Count);
        var first = settings.FindWorkshop(1)!;
        var second = settings.FindWorkshop(2)!;
        Assert.Equal([WorkshopInputKind.HowItShows, WorkshopInputKind.Extent], first.Collects);
        Assert.Equal([WorkshopInputKind.Proposals, WorkshopInputKind.OtherKnowledge], second.Collects);
        Assert.All(settings.Workshops, w => Assert.Equal(new ActorId("working-group"), process.GetStep(w.Step).PerformedBy));
        Assert.All(settings.Workshops, w => Assert.Equal(WorkshopMethod.Workshop, w.Method));
        Assert.Equal(new StepId("workshop-1"), process.Predecessor(process.GetStep(second.Step))!.Id);

        // The steering group decides actions and how the report is taken forward; that completes the report.
        Assert.Equal(new ActorId("steering-group"), process.CompletionStep.PerformedBy);
        Assert.Contains(RecordKind.Decision, process.CompletionStep.Records);
    }

    [Fact]
    public void Kymenlaakso_K41_SectionsAreTheConciseReportsContents_DivisionManagementPassesTheKnowledgeOn()
    {
        var settings = K.PhenomenonReports!;
        var process = K.PhenomenonProcess!;

        Assert.Equal(
            [PhenomenonReportSection.SituationalPicture, PhenomenonReportSection.EffectsOnClients, PhenomenonReportSection.Prevalence, PhenomenonReportSection.ActionProposals, PhenomenonReportSection.Sources],
            settings.Sections);
        Assert.Equal(new ActorId("division-management"), process.Steps[^1].PerformedBy);
        Assert.Contains(RecordKind.Publication, process.Steps[^1].Records);
        Assert.Contains(PartyReference.ToActor("division-management"), settings.Recipients);
    }

    [Fact]
    public void EtelaKarjala_EK41_53_Yearly_ChosenByNetworkArtuAndDirector_SmallGroupInterviews_CoordinatorWrites()
    {
        var settings = EK.PhenomenonReports!;
        var process = EK.PhenomenonProcess!;

        Assert.Equal(PhenomenonCadence.Yearly, settings.Cadence);
        Assert.Equal([new ActorId("network"), new ActorId("artu"), new ActorId("profession-director")], settings.ChosenBy);
        Assert.Contains(CandidateSource.HytePriorities, settings.SelectionSources);
        Assert.Contains(CandidateSource.Compilations, settings.SelectionSources);
        Assert.Contains(CandidateSource.Clients, settings.SelectionSources);
        Assert.Contains(CandidateSource.Management, settings.SelectionSources);
        Assert.Equal(WorkshopMethod.SmallGroupInterview, Assert.Single(settings.Workshops).Method);
        Assert.Equal(new ActorId("coordinator"), process.GetStep(settings.WriteStep).PerformedBy);
    }

    [Fact]
    public void EtelaKarjala_Clock_ThemeAtQ1End_WorkshopsInQ2_ApprovalInQ3_FeedbackInQ4()
    {
        var process = EK.PhenomenonProcess!;

        Assert.Equal([3], process.First.Due!.InMonths);
        Assert.Equal([4, 5, 6], process.GetStep(EK.PhenomenonReports!.Workshops[0].Step).Due!.InMonths);
        Assert.Equal(new StepId("network-approval"), process.CompletionStep.Id);
        Assert.Equal(new ActorId("network"), process.CompletionStep.PerformedBy);
        Assert.Equal([7, 8, 9], process.CompletionStep.Due!.InMonths);
        var feedback = process.Steps.Single(s => s.Records.Contains(RecordKind.Feedback));
        Assert.Equal([10, 11, 12], feedback.Due!.InMonths);
    }

    [Fact]
    public void EtelaKarjala_EK53_FinishedReportGoesToTheHyteDirectorAndTheManagementGroup()
    {
        var external = EK.PhenomenonReports!.Recipients.Where(r => !r.IsActor).Select(r => r.External!.Fi).ToList();

        Assert.Contains("HYTE-johtaja", external);
        Assert.Contains("Hyvinvointialueen johtoryhmä", external);
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void BuiltIn_PhenomenonSections_AreValid_RecordTheirAssumptions_AndRoundTrip(string region)
    {
        var profile = BuiltInRegions.Get(new RegionId(region));

        Assert.Empty(profile.Validate());
        Assert.Contains(profile.Assumptions, a => a.Subject == "phenomenonReports");
        Assert.Contains(profile.Assumptions, a => a.Subject == "phenomenonProcess");
        Assert.All(profile.Assumptions, a => Assert.True(a.Text.Sv is not null && a.Text.En is not null));
        Assert.Equal(profile, RegionProfileJson.Load(RegionProfileJson.Serialize(profile)));
    }

    [Fact]
    public void SettingsWithoutProcess_IsMissingProperty_AtThePhenomenonProcess()
    {
        var json = EditEK(root => root.Remove("phenomenonProcess"));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.phenomenonProcess", problem.Path);
        Assert.Equal(ValidationRules.MissingProperty, problem.Rule);
    }

    [Fact]
    public void ProcessWithoutSettings_IsMissingProperty_AtThePhenomenonReports()
    {
        var json = EditEK(root => root.Remove("phenomenonReports"));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.phenomenonReports", problem.Path);
    }

    [Fact]
    public void WriteStepNotInTheProcess_IsUnknownStep()
    {
        var json = EditEK(root => Settings(root)["writeStep"] = "ghost-step");

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.phenomenonReports.writeStep", problem.Path);
        Assert.Equal(ValidationRules.UnknownStep, problem.Rule);
    }

    [Theory]
    [InlineData(null, ValidationRules.MissingProperty)]
    [InlineData("\"interviews\"", ValidationRules.WrongType)]
    [InlineData("{ }", ValidationRules.WrongType)]
    public void WorkshopsMissingOrNotAList_AreOneProblem_AtTheWorkshops(string? value, string rule)
    {
        var json = EditEK(root =>
        {
            if (value is null)
            {
                Settings(root).Remove("workshops");
            }
            else
            {
                Settings(root)["workshops"] = JsonNode.Parse(value);
            }
        });

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.phenomenonReports.workshops", problem.Path);
        Assert.Equal(rule, problem.Rule);
    }

    [Fact]
    public void WorkshopStepUnknown_AndNumberOutOfOrder_AreBothReported()
    {
        var json = EditEK(root =>
        {
            var workshop = Settings(root)["workshops"]!.AsArray()[0]!.AsObject();
            workshop["step"] = "nowhere";
            workshop["number"] = 2;
        });

        var problems = RegionProfileJson.Validate(json);
        Assert.Contains(problems, p => p.Path == "$.phenomenonReports.workshops[0].step" && p.Rule == ValidationRules.UnknownStep);
        Assert.Contains(problems, p => p.Path == "$.phenomenonReports.workshops[0].number" && p.Rule == ValidationRules.InvalidValue);
    }

    [Fact]
    public void UnknownChoosingActorAndRecipient_AreUnknownActor_AtTheirPaths()
    {
        var json = EditEK(root =>
        {
            Settings(root)["chosenBy"]!.AsArray().Add("ghost");
            Settings(root)["recipients"]!.AsArray().Add("phantom");
        });

        var problems = RegionProfileJson.Validate(json);
        Assert.Contains(problems, p => p.Path == "$.phenomenonReports.chosenBy[3]" && p.Rule == ValidationRules.UnknownActor);
        Assert.Contains(problems, p => p.Path == "$.phenomenonReports.recipients[4]" && p.Rule == ValidationRules.UnknownActor);
    }

    [Fact]
    public void SectionListedTwice_IsInvalidValue()
    {
        var json = EditEK(root => Settings(root)["sections"]!.AsArray().Add("prevalence"));

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.phenomenonReports.sections[5]", problem.Path);
    }

    [Fact]
    public void UnknownMethod_IsReportedBySchema()
    {
        var json = EditEK(root => Settings(root)["workshops"]!.AsArray()[0]!["method"] = "seance");

        Assert.Contains(RegionProfileJson.Validate(json), p => p.Path.StartsWith("$.phenomenonReports.workshops[0].method", StringComparison.Ordinal));
    }

    [Fact]
    public void PhenomenonProcessStepByUnknownActor_IsReportedLikeOtherProcesses()
    {
        var json = EditEK(root => root["phenomenonProcess"]!["steps"]!.AsArray()[2]!["performedBy"] = "ghost");

        var problem = Assert.Single(RegionProfileJson.Validate(json));
        Assert.Equal("$.phenomenonProcess.steps[2].performedBy", problem.Path);
        Assert.Equal(ValidationRules.UnknownActor, problem.Rule);
    }
}
