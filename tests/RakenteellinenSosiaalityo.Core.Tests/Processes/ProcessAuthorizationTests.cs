using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Compilations;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Processes;

/// <summary>
/// The process engine's rules one by one (issue 16: the rules a mutant could break unnoticed), each refusal with its
/// rule code and a message naming the subject, the step and the actor: EK 5.3's report process (the professional
/// submits, the unit supervisor reviews) and a branched process like K 4.3's figure 1.
/// </summary>
public sealed class ProcessAuthorizationTests
{
    private static readonly RegionProfile EK = EtelaKarjala;

    // The report process with a branch: after the submission the supervisor is informed and, independently, the
    // coordinator checks the report; the coordinator's step is then followed by the network's.
    private static readonly RegionProfile Branched = EK with
    {
        ReportProcess = new ProcessDefinition(
        [
            EK.ReportProcess.Steps[0],
            Step("supervisor-informed", "unit-supervisor", after: "submit"),
            Step("coordinator-check", "coordinator", after: "submit", mayRecord: [RecordKind.Remark]),
            Step("network-handles", "network"),
        ]),
    };

    private static ProcessStep Step(string id, string actor, string? after = null, RecordKind[]? mayRecord = null) => new()
    {
        Id = new StepId(id),
        Name = new LocalizedText($"Vaihe {id}"),
        PerformedBy = new ActorId(actor),
        After = after is null ? null : new StepId(after),
        MayRecord = mayRecord ?? [],
    };

    private static LifecycleException Refused(LifecycleCheck check, Func<object> operation, string code)
    {
        Assert.False(check.IsAllowed);
        Assert.Equal(code, check.Code);
        var e = Assert.Throws<LifecycleException>(operation);
        Assert.Equal(code, e.Code);
        Assert.Equal(check.Message, e.Message);
        return e;
    }

    [Fact]
    public void Submitting_AgainWhileInProcess_IsAlreadyPerformed_SayingHowToStartAgain()
    {
        var submitted = Submitted(EK);

        var e = Refused(submitted.CanSubmit(EK, By("professionals"), At(2)), () => submitted.Submit(EK, By("professionals"), At(2)), LifecycleRules.StepAlreadyPerformed);

        Assert.Equal(
            "Step 'submit' of report R-17 has already been performed; a step is performed once (return the subject for completion to start again).",
            e.Message);
    }

    [Fact]
    public void PendingSteps_UnderAnotherRegionsProfile_AreRefused_NamingBothRegions()
    {
        var e = Assert.Throws<LifecycleException>(() => Submitted(EK).PendingSteps(Kymenlaakso));

        Assert.Equal(LifecycleRules.RegionMismatch, e.Code);
        Assert.Equal($"Report R-17 follows the process of region '{EK.Id}', not '{Kymenlaakso.Id}'; pass that region's profile.", e.Message);
    }

    [Fact]
    public void Submitting_AgainAfterCompletion_IsAlreadyPerformed()
    {
        var done = Submitted(EK).Perform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(2));

        Refused(done.CanSubmit(EK, By("professionals"), At(3)), () => done.Submit(EK, By("professionals"), At(3)), LifecycleRules.StepAlreadyPerformed);
    }

    [Fact]
    public void CompilationsFirstStep_AgainAfterCreation_IsAlreadyPerformed_WithoutOfferingAReturn()
    {
        var compilation = CompilationFixtures.Created(EK);
        var first = EK.CompilationProcess.First;
        var entries = CompilationFixtures.Required(first);
        var at = compilation.History[^1].At + Duration.FromHours(1);

        var e = Refused(
            compilation.CanPerform(EK, first.Id, new Performer(first.PerformedBy), at, entries),
            () => compilation.Perform(EK, first.Id, new Performer(first.PerformedBy), at, entries),
            LifecycleRules.StepAlreadyPerformed);

        Assert.Contains($"Step '{first.Id}' of ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("has already been performed; a step is performed once.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LaterStep_OfADraft_IsOutOfOrder_NamingTheFirstStep()
    {
        var draft = Draft(EK);

        var e = Refused(
            draft.CanPerform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(1)),
            () => draft.Perform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(1)),
            LifecycleRules.StepOutOfOrder);

        Assert.Equal("Step 'supervisor-review' of report R-17 cannot be performed yet: the process starts with step 'submit'.", e.Message);
    }

    [Fact]
    public void StepAfterABranch_WaitsForItsOwnPredecessor_NotTheOtherBranch()
    {
        var submitted = Submitted(Branched);

        // Both branches are pending after the submission (K 4.3: informing the supervisor holds nothing back).
        Assert.Equal(["supervisor-informed", "coordinator-check"], submitted.PendingSteps(Branched).Select(s => s.Id.Value));

        var e = Refused(
            submitted.CanPerform(Branched, new StepId("network-handles"), By("network"), At(2)),
            () => submitted.Perform(Branched, new StepId("network-handles"), By("network"), At(2)),
            LifecycleRules.StepOutOfOrder);
        Assert.Equal("Step 'network-handles' of report R-17 must wait for step 'coordinator-check', which has not been performed.", e.Message);

        var checkedReport = submitted.Perform(Branched, new StepId("coordinator-check"), By("coordinator"), At(2));
        Assert.Equal(["supervisor-informed", "network-handles"], checkedReport.PendingSteps(Branched).Select(s => s.Id.Value));
        Assert.True(checkedReport.CanPerform(Branched, new StepId("network-handles"), By("network"), At(3)).IsAllowed);
    }

    [Fact]
    public void RecordingUnderAStep_OfADraft_IsNotInProcess()
    {
        var draft = Draft(Branched);
        var entry = new RecordEntry(RecordKind.Remark, "Huomio.");

        var e = Refused(
            draft.CanRecord(Branched, new StepId("coordinator-check"), By("coordinator"), At(1), entry),
            () => draft.Record(Branched, new StepId("coordinator-check"), By("coordinator"), At(1), entry),
            LifecycleRules.NotInProcess);

        Assert.Equal("Report R-17 is not in process: submit it (perform its first step) first.", e.Message);
    }

    [Fact]
    public void RecordingUnderAStep_WhosePredecessorIsNotPerformed_IsOutOfOrder_UnderAPendingOrPerformedStepAllowed()
    {
        var branched = Branched with
        {
            ReportProcess = new ProcessDefinition([.. Branched.ReportProcess.Steps.Take(3), Step("network-handles", "network", mayRecord: [RecordKind.Remark])]),
        };
        var submitted = Submitted(branched);
        var entry = new RecordEntry(RecordKind.Remark, "Huomio.");

        var e = Refused(
            submitted.CanRecord(branched, new StepId("network-handles"), By("network"), At(2), entry),
            () => submitted.Record(branched, new StepId("network-handles"), By("network"), At(2), entry),
            LifecycleRules.StepOutOfOrder);
        Assert.Equal("Nothing can be recorded under step 'network-handles' of report R-17 yet: the step it follows has not been performed.", e.Message);

        // Pending: allowed; performed: still allowed (a remark may follow the step).
        Assert.True(submitted.CanRecord(branched, new StepId("coordinator-check"), By("coordinator"), At(2), entry).IsAllowed);
        var performed = submitted.Perform(branched, new StepId("coordinator-check"), By("coordinator"), At(2));
        Assert.True(performed.CanRecord(branched, new StepId("coordinator-check"), By("coordinator"), At(3), entry).IsAllowed);
        Assert.Single(performed.Record(branched, new StepId("coordinator-check"), By("coordinator"), At(3), entry).Recorded(RecordKind.Remark));
    }

    [Fact]
    public void RecordingAKindTheStepDoesNotRecord_IsRefused_SayingItRecordsNothing()
    {
        var submitted = Submitted(Branched);
        var entry = new RecordEntry(RecordKind.Decision, "Päätös.");

        var e = Refused(
            submitted.CanRecord(Branched, new StepId("supervisor-informed"), By("unit-supervisor"), At(2), entry),
            () => submitted.Record(Branched, new StepId("supervisor-informed"), By("unit-supervisor"), At(2), entry),
            LifecycleRules.RecordNotAccepted);

        Assert.Equal("Step 'supervisor-informed' of report R-17 does not record a decision; it records nothing.", e.Message);
    }

    [Fact]
    public void StepThatMustRecord_NamesWhatIsMissing()
    {
        var profile = EK with
        {
            ReportProcess = new ProcessDefinition([EK.ReportProcess.Steps[0], EK.ReportProcess.Steps[1] with { Records = [RecordKind.Remark], MayRecord = [] }]),
        };
        var submitted = Submitted(profile);

        var e = Refused(
            submitted.CanPerform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2)),
            () => submitted.Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2)),
            LifecycleRules.RecordMissing);

        Assert.Equal("Step 'supervisor-review' of report R-17 must record at least one remark; none was given.", e.Message);
    }

    [Fact]
    public void Withdraw_ByAnyoneButTheSubmitter_IsRefused_NamingBoth()
    {
        var submitted = Submitted(EK);

        var e = Refused(submitted.CanWithdraw(EK, By("unit-supervisor"), At(2)), () => submitted.Withdraw(EK, By("unit-supervisor"), At(2)), LifecycleRules.WrongActor);

        Assert.StartsWith("Only the performer of step 'submit' may withdraw report R-17: that is '", e.Message, StringComparison.Ordinal);
        Assert.EndsWith("' (professionals), not 'Toimintayksikön esihenkilö' (unit-supervisor).", e.Message, StringComparison.Ordinal);
    }

    // Issue 16: nothing checked who may revise a report. Only the submitter may, also after a return for completion.
    [Fact]
    public void Revise_ByAnyoneButTheSubmitter_IsRefused_EvenWhenReturned()
    {
        var returned = Submitted(EK).ReturnForCompletion(EK, By("unit-supervisor"), At(2), "Täydennä.");

        foreach (var actor in EK.Actors.Select(a => a.Id).Where(a => a != EK.ReportProcess.First.PerformedBy))
        {
            var e = Refused(
                returned.CanRevise(EK, Content(), new Performer(actor), At(3)),
                () => returned.Revise(EK, Content(), new Performer(actor), At(3)),
                LifecycleRules.WrongActor);
            Assert.StartsWith("Only the performer of step 'submit' may revise report R-17: that is '", e.Message, StringComparison.Ordinal);
            Assert.EndsWith($"({actor}).", e.Message, StringComparison.Ordinal);
        }

        Assert.True(returned.CanRevise(EK, Content(), By("professionals"), At(3)).IsAllowed);
    }

    [Fact]
    public void Revise_InProcess_IsNotEditable_SayingWhenItCanBe()
    {
        var submitted = Submitted(EK);

        var e = Refused(submitted.CanRevise(EK, Content(), By("professionals"), At(2)), () => submitted.Revise(EK, Content(), By("professionals"), At(2)), LifecycleRules.NotEditable);

        Assert.Equal(
            "The content of report R-17 cannot be changed now that it is inProcess; it can be changed before it is submitted or after it is returned for completion.",
            e.Message);
    }

    [Fact]
    public void Return_OfADraft_IsNotInProcess()
    {
        var draft = Draft(EK);

        Refused(
            draft.CanReturnForCompletion(EK, By("unit-supervisor"), At(1), "Täydennä."),
            () => draft.ReturnForCompletion(EK, By("unit-supervisor"), At(1), "Täydennä."),
            LifecycleRules.NotInProcess);
    }

    [Fact]
    public void Return_OfACompletedReport_IsRefusedForEveryone_NoStepBeingPending()
    {
        var done = Submitted(EK).Perform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(2));

        var e = Refused(
            done.CanReturnForCompletion(EK, By("unit-supervisor"), At(3), "Täydennä."),
            () => done.ReturnForCompletion(EK, By("unit-supervisor"), At(3), "Täydennä."),
            LifecycleRules.WrongActor);

        Assert.Equal(
            "Report R-17 can be returned for completion only by the performer of a pending step, not by 'Toimintayksikön esihenkilö' (unit-supervisor); now that is nobody: every step has been performed.",
            e.Message);
    }

    [Fact]
    public void Return_ByThePerformerOfEitherPendingBranch_IsAllowed()
    {
        var submitted = Submitted(Branched);

        Assert.True(submitted.CanReturnForCompletion(Branched, By("unit-supervisor"), At(2), "Täydennä.").IsAllowed);
        Assert.True(submitted.CanReturnForCompletion(Branched, By("coordinator"), At(2), "Täydennä.").IsAllowed);
        var e = Assert.Throws<LifecycleException>(() => submitted.ReturnForCompletion(Branched, By("network"), At(2), "Täydennä."));
        Assert.Contains("(unit-supervisor) at step 'supervisor-informed', ", e.Message, StringComparison.Ordinal);
        Assert.Contains("(coordinator) at step 'coordinator-check'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawn_RefusesEveryOperation_WithOneMessage()
    {
        var withdrawn = Submitted(EK).Withdraw(EK, By("professionals"), At(2));
        const string Message = "Report R-17 has been withdrawn; nothing more can be done to it.";

        Assert.Equal(Message, withdrawn.CanPerform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(3)).Message);
        Assert.Equal(Message, withdrawn.CanRecord(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(3), new RecordEntry(RecordKind.Remark, "x")).Message);
        Assert.Equal(Message, withdrawn.CanReturnForCompletion(EK, By("unit-supervisor"), At(3), "x").Message);
        Assert.Equal(Message, withdrawn.CanWithdraw(EK, By("professionals"), At(3)).Message);
        Assert.Equal(Message, withdrawn.CanRevise(EK, Content(), By("professionals"), At(3)).Message);
        Assert.Equal(Message, withdrawn.CanSubmit(EK, By("professionals"), At(3)).Message);
    }

    [Fact]
    public void Operation_DatedBeforeTheLastEntry_NamesBothTimes_AtTheSameTimeIsAllowed()
    {
        var submitted = Submitted(EK);

        var e = Refused(
            submitted.CanPerform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(0)),
            () => submitted.Perform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(0)),
            LifecycleRules.TimeOutOfOrder);

        Assert.Equal(
            $"The operation on report R-17 is dated {At(0)}, before the last entry of its history ({At(1)}); operations are recorded in time order.",
            e.Message);
        Assert.True(submitted.CanPerform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(1)).IsAllowed);
        Assert.Equal(LifecycleRules.TimeOutOfOrder, submitted.CanRecord(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(0), new RecordEntry(RecordKind.Remark, "x")).Code);
        Assert.Equal(LifecycleRules.TimeOutOfOrder, submitted.CanReturnForCompletion(EK, By("unit-supervisor"), At(0), "x").Code);
        Assert.Equal(LifecycleRules.TimeOutOfOrder, submitted.CanWithdraw(EK, By("professionals"), At(0)).Code);
        Assert.Equal(LifecycleRules.TimeOutOfOrder, Draft(EK).CanRevise(EK, Content(), By("professionals"), Start - Duration.FromSeconds(1)).Code);
    }

    [Fact]
    public void UnknownStep_DoesNotEchoAnIdentityCodeGivenAsTheStep()
    {
        var submitted = Submitted(EK);

        // A step id is a slug starting with a letter, so an identity code cannot become one; the refusal does not echo it.
        var refused = Assert.Throws<ArgumentException>(() => new StepId("131052-308T"));
        Assert.DoesNotContain("131052-308T", refused.Message, StringComparison.Ordinal);
        Assert.False(StepId.IsValid("131052-308t"));

        var e = Refused(
            submitted.CanPerform(EK, new StepId("no-such-step"), By("unit-supervisor"), At(2)),
            () => submitted.Perform(EK, new StepId("no-such-step"), By("unit-supervisor"), At(2)),
            LifecycleRules.UnknownStep);

        Assert.EndsWith("Its steps are: submit, supervisor-review.", e.Message, StringComparison.Ordinal);
        Assert.Equal(LifecycleRules.UnknownStep, submitted.CanRecord(EK, new StepId("approve"), By("unit-supervisor"), At(2), new RecordEntry(RecordKind.Remark, "x")).Code);
    }

    [Fact]
    public void WrongActor_IsCheckedBeforeTheOrder_AndRecordingUnderAStepToo()
    {
        var draft = Draft(EK);
        var submitted = Submitted(EK);

        // The supervisor's step before the submission, by the network: the actor is what is wrong first.
        Assert.Equal(LifecycleRules.WrongActor, draft.CanPerform(EK, new StepId("supervisor-review"), By("network"), At(1)).Code);
        var e = Refused(
            submitted.CanRecord(EK, new StepId("supervisor-review"), By("network"), At(2), new RecordEntry(RecordKind.Remark, "Huomio.")),
            () => submitted.Record(EK, new StepId("supervisor-review"), By("network"), At(2), new RecordEntry(RecordKind.Remark, "Huomio.")),
            LifecycleRules.WrongActor);
        Assert.Equal(
            "Step 'supervisor-review' of report R-17 must be performed by 'Toimintayksikön esihenkilö' (unit-supervisor), not 'Sosiaalityön verkosto' (network).",
            e.Message);
    }

    [Fact]
    public void Entries_OfAStep_AreScannedForPersonalData_EachAtItsIndex()
    {
        var submitted = Submitted(EK);
        var entries = new[] { new RecordEntry(RecordKind.Remark, "Huomio."), new RecordEntry(RecordKind.Remark, "Soita 040 1234567.") };

        var check = submitted.CanPerform(EK, new StepId("supervisor-review"), By("unit-supervisor"), At(2), entries);

        Assert.False(check.IsAllowed);
        Assert.Contains("entries[1].text", check.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("entries[0]", check.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("1234567", check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnThenSubmit_StartsTheRoundAgain_FromTheFirstStepOnly()
    {
        var returned = Submitted(EK).ReturnForCompletion(EK, By("unit-supervisor"), At(2), "Täydennä.");

        var resubmitted = returned.Submit(EK, By("professionals"), At(3));

        Assert.Equal(LifecycleStatus.InProcess, resubmitted.Status);
        Assert.Equal(["submit"], resubmitted.PerformedSteps.Select(s => s.Value));
        Assert.Equal(["supervisor-review"], resubmitted.PendingSteps(EK).Select(s => s.Id.Value));
    }
}
