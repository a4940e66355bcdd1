using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Reports;

/// <summary>
/// A report's state at an earlier instant (what a compilation's cutoff sees) and which refusal wins when several apply.
/// </summary>
public sealed class SocialReportStateTests
{
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

    // EK 5.3 and annex 1: a report is ready once the unit supervisor has processed it (the walk of
    // SocialReportJsonTests: submitted at 1 h, returned at 2 h, revised at 3 h, submitted again at 4 h, reviewed at 5 h);
    // an operation counts from its own instant on.
    [Theory]
    [MemberData(nameof(StatesOfTheWalk))]
    public void StateAt_TheInstantOfAnOperation_CountsThatOperation(int hours, LifecycleStatus status, bool ready)
    {
        Assert.Equal((status, ready), SocialReportJsonTests.Walked().StateAt(EtelaKarjala.ReportProcess, At(hours)));
    }

    [Fact]
    public void StateAt_JustBeforeAnOperation_IsTheStateBeforeIt()
    {
        var report = SocialReportJsonTests.Walked();

        Assert.Equal((LifecycleStatus.Draft, false), report.StateAt(EtelaKarjala.ReportProcess, At(1) - Duration.Epsilon));
        Assert.Equal((LifecycleStatus.Returned, false), report.StateAt(EtelaKarjala.ReportProcess, At(4) - Duration.Epsilon));
        Assert.Equal((LifecycleStatus.InProcess, false), report.StateAt(EtelaKarjala.ReportProcess, At(5) - Duration.Epsilon));
    }

    // K 4.3 and figure 1: a Kymenlaakso report goes to the supervisor as such, for information, so it is ready once
    // submitted (the first step completes it), also when read at an earlier instant.
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
        Assert.Equal(At(1), SocialReportJsonTests.Walked().SubmittedAt);
        Assert.Null(Draft(EtelaKarjala).SubmittedAt);
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
