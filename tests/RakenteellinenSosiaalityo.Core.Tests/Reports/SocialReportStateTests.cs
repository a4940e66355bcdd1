using System.Text.Json.Nodes;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Reports;

/// <summary>
/// A report's state at an earlier instant (what a compilation's cutoff sees), the checks a document's stored values
/// get against its history, and which refusal wins when several apply.
/// </summary>
public sealed class SocialReportStateTests
{
    // EK: submitted at 1 h, returned at 2 h, revised at 3 h, submitted again at 4 h, reviewed (completion) at 5 h.
    private static SocialReport Walked() =>
        Submitted(EtelaKarjala)
            .ReturnForCompletion(EtelaKarjala, By("unit-supervisor"), At(2), "Täydennä kuvausta.")
            .Revise(EtelaKarjala, Content(description: "Täydennetty kuvaus."), By("professionals"), At(3))
            .Submit(EtelaKarjala, By("professionals"), At(4))
            .Perform(EtelaKarjala, new StepId("supervisor-review"), By("unit-supervisor"), At(5), new RecordEntry(RecordKind.Remark, "Hyvä havainto."));

    public static TheoryData<int, LifecycleStatus, bool> StatesOfTheWalk => new()
    {
        { 0, LifecycleStatus.Draft, false },
        { 1, LifecycleStatus.InProcess, false },
        { 2, LifecycleStatus.Returned, false },
        { 3, LifecycleStatus.Returned, false },
        { 4, LifecycleStatus.InProcess, false },
        { 5, LifecycleStatus.Completed, true },
        { 9, LifecycleStatus.Completed, true },
    };

    // EK 4.2: a report is ready once the unit supervisor has processed it; an operation counts from its own instant on.
    [Theory]
    [MemberData(nameof(StatesOfTheWalk))]
    public void StateAt_TheInstantOfAnOperation_CountsThatOperation(int hours, LifecycleStatus status, bool ready)
    {
        Assert.Equal((status, ready), Walked().StateAt(EtelaKarjala.ReportProcess, At(hours)));
    }

    [Fact]
    public void StateAt_JustBeforeAnOperation_IsTheStateBeforeIt()
    {
        var report = Walked();

        Assert.Equal((LifecycleStatus.Draft, false), report.StateAt(EtelaKarjala.ReportProcess, At(1) - Duration.Epsilon));
        Assert.Equal((LifecycleStatus.Returned, false), report.StateAt(EtelaKarjala.ReportProcess, At(4) - Duration.Epsilon));
        Assert.Equal((LifecycleStatus.InProcess, false), report.StateAt(EtelaKarjala.ReportProcess, At(5) - Duration.Epsilon));
    }

    // K 3.2: a Kymenlaakso report is ready once submitted (the first step completes it), also when read at an earlier instant.
    [Fact]
    public void StateAt_WhereTheFirstStepCompletes_IsCompletedFromTheSubmission()
    {
        var process = Kymenlaakso.ReportProcess;
        Assert.Equal(process.First.Id, process.CompletionStep.Id);
        var report = Submitted(Kymenlaakso).ReturnForCompletion(Kymenlaakso, By(process.Steps[1].PerformedBy.Value), At(3), "Täydennä.");

        Assert.Equal((LifecycleStatus.Completed, true), report.StateAt(process, At(2)));
        Assert.Equal((LifecycleStatus.Returned, false), report.StateAt(process, At(3)));
    }

    [Fact]
    public void Resubmission_KeepsTheFirstSubmissionInstant()
    {
        Assert.Equal(At(1), Walked().SubmittedAt);
        Assert.Null(Draft(EtelaKarjala).SubmittedAt);
    }

    [Fact]
    public void Document_WhoseContentIsNotTheHistorysLast_IsAProblemAtContent()
    {
        var node = JsonNode.Parse(SocialReportJson.Serialize(Walked()))!;
        node["content"]!["title"] = "Toinen otsikko";

        Assert.False(SocialReportJson.TryDeserialize(node.ToJsonString(), EtelaKarjala, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal("$.content", problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Contains("differs from the last content in the history", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_WhoseSubmissionIsNotTheHistorysFirst_IsAProblemAtSubmittedAt_NamingTheHistorysInstant()
    {
        var node = JsonNode.Parse(SocialReportJson.Serialize(Walked()))!;
        node["submittedAt"] = At(4).ToString();

        Assert.False(SocialReportJson.TryDeserialize(node.ToJsonString(), EtelaKarjala, out _, out var problems));

        var problem = Assert.Single(problems);
        Assert.Equal("$.submittedAt", problem.Path);
        Assert.Equal(ValidationRules.InvalidValue, problem.Rule);
        Assert.Contains(At(1).ToString(), problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Document_OfADraftClaimingASubmission_SaysThereIsNone()
    {
        var node = JsonNode.Parse(SocialReportJson.Serialize(Draft(EtelaKarjala)))!;
        node["submittedAt"] = At(1).ToString();

        Assert.False(SocialReportJson.TryDeserialize(node.ToJsonString(), EtelaKarjala, out _, out var problems));

        Assert.Contains("none", Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    // The wrong actor is told so, whatever the content holds: the personal-data scan runs only for the one who may submit.
    [Fact]
    public void Submitting_ByTheWrongActor_IsRefusedAsWrongActor_EvenWithPersonalDataInTheContent()
    {
        var draft = Draft(EtelaKarjala, content: Content(description: "Asiakkaan henkilötunnus on 131052-308T."));

        var wrong = draft.CanPerform(EtelaKarjala, EtelaKarjala.ReportProcess.First.Id, By("unit-supervisor"), At(1));
        var right = draft.CanPerform(EtelaKarjala, EtelaKarjala.ReportProcess.First.Id, By("professionals"), At(1));

        Assert.Equal(LifecycleRules.WrongActor, wrong.Code);
        Assert.Empty(wrong.Findings);
        Assert.Equal(LifecycleRules.PersonalData, right.Code);
        Assert.Contains(right.Findings, f => f.Field == "description");
    }
}
