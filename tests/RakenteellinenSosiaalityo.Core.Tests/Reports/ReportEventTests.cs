using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Reports;

/// <summary>
/// A stored history entry of a report is checked when it is read (issue 16): each action has exactly the fields it
/// needs (a step, the content, one recorded entry, a reason), and the refusal names the field and the action.
/// </summary>
public sealed class ReportEventTests
{
    private static readonly StepId Step = new("submit");
    private static readonly RecordEntry Remark = new(RecordKind.Remark, "Huomio");

    private static ArgumentException Refusal(Func<ReportEvent> make) => Assert.ThrowsAny<ArgumentException>(() => make());

    [Fact]
    public void AStepAction_WithoutItsStep_AndAnotherAction_WithAStep_AreRefused()
    {
        var without = Refusal(() => new ReportEvent(LifecycleAction.StepPerformed, Start, By("professionals")));
        var with = Refusal(() => new ReportEvent(LifecycleAction.Withdrawn, Start, By("professionals"), Step));

        Assert.Equal("stepId", without.ParamName);
        Assert.StartsWith("A 'StepPerformed' entry names its step.", without.Message, StringComparison.Ordinal);
        Assert.Equal("stepId", with.ParamName);
        Assert.StartsWith("A 'Withdrawn' entry names no step.", with.Message, StringComparison.Ordinal);
        Assert.Equal("stepId", Refusal(() => new ReportEvent(LifecycleAction.EntryRecorded, Start, By("professionals"), entries: [Remark])).ParamName);
    }

    [Fact]
    public void CreationAndRevision_CarryTheContent_NothingElseDoes()
    {
        var without = Refusal(() => new ReportEvent(LifecycleAction.Revised, Start, By("professionals")));
        var with = Refusal(() => new ReportEvent(LifecycleAction.StepPerformed, Start, By("professionals"), Step, content: Content()));

        Assert.Equal("content", without.ParamName);
        Assert.StartsWith("A 'Revised' entry carries the content.", without.Message, StringComparison.Ordinal);
        Assert.Equal("content", with.ParamName);
        Assert.StartsWith("A 'StepPerformed' entry carries no content.", with.Message, StringComparison.Ordinal);
        Assert.Equal(Content(), new ReportEvent(LifecycleAction.Created, Start, By("professionals"), content: Content()).Content);
    }

    [Fact]
    public void ARecordedEntry_RecordsExactlyOne_AndOnlyAPerformedStepRecordsOthers()
    {
        Assert.Equal("entries", Refusal(() => new ReportEvent(LifecycleAction.EntryRecorded, Start, By("unit-supervisor"), Step)).ParamName);
        Assert.Equal("entries", Refusal(() => new ReportEvent(LifecycleAction.EntryRecorded, Start, By("unit-supervisor"), Step, [Remark, Remark])).ParamName);
        Assert.Equal("entries", Refusal(() => new ReportEvent(LifecycleAction.Withdrawn, Start, By("professionals"), entries: [Remark])).ParamName);
        Assert.Equal("entries", Refusal(() => new ReportEvent(LifecycleAction.Created, Start, By("professionals"), entries: [Remark], content: Content())).ParamName);

        Assert.Single(new ReportEvent(LifecycleAction.EntryRecorded, Start, By("unit-supervisor"), Step, [Remark]).Entries);
        Assert.Equal(2, new ReportEvent(LifecycleAction.StepPerformed, Start, By("unit-supervisor"), Step, [Remark, Remark]).Entries.Count);
        Assert.Empty(new ReportEvent(LifecycleAction.Withdrawn, Start, By("professionals"), entries: []).Entries);
    }

    [Fact]
    public void OnlyAReturnOrAWithdrawal_HasAReason_AndItIsNotBlank()
    {
        var onCreation = Refusal(() => new ReportEvent(LifecycleAction.Created, Start, By("professionals"), reason: "Syy", content: Content()));

        Assert.Equal("reason", onCreation.ParamName);
        Assert.StartsWith("Only a return for completion or a withdrawal has a reason.", onCreation.Message, StringComparison.Ordinal);
        Assert.Equal("reason", Refusal(() => new ReportEvent(LifecycleAction.Withdrawn, Start, By("professionals"), reason: " ")).ParamName);
        Assert.Equal("Täydennä", new ReportEvent(LifecycleAction.ReturnedForCompletion, Start, By("unit-supervisor"), reason: "Täydennä").Reason);
        Assert.Equal("Turha", new ReportEvent(LifecycleAction.Withdrawn, Start, By("professionals"), reason: "Turha").Reason);
        Assert.Null(new ReportEvent(LifecycleAction.Withdrawn, Start, By("professionals")).Reason);
    }

    [Fact]
    public void UndefinedAction_NullPerformer_AndDefaultStep_AreRefused()
    {
        Assert.Equal("action", Refusal(() => new ReportEvent((LifecycleAction)99, Start, By("professionals"))).ParamName);
        Assert.Equal("by", Assert.Throws<ArgumentNullException>(() => new ReportEvent(LifecycleAction.Withdrawn, Start, null!)).ParamName);
        Assert.Equal("stepId", Refusal(() => new ReportEvent(LifecycleAction.StepPerformed, Start, By("professionals"), default(StepId))).ParamName);
    }

    // Fixed (issue 16): the entries printed the record's members, the reason and the content included.
    [Fact]
    public void ToString_ShowsTimeActionStepAndActor_NeverFreeText()
    {
        var at = Instant.FromUtc(2025, 3, 2, 8, 0);

        Assert.Equal("2025-03-02T08:00:00Z StepPerformed submit by professionals", new ReportEvent(LifecycleAction.StepPerformed, at, By("professionals", "Sanna"), Step).ToString());
        Assert.Equal("2025-03-02T08:00:00Z Withdrawn by professionals", new ReportEvent(LifecycleAction.Withdrawn, at, By("professionals"), reason: "Salainen syy").ToString());

        // The record's own printing would show the content (with any personal data in it): the entry prints no free text.
        var created = new ReportEvent(LifecycleAction.Created, at, By("professionals"), content: Content(description: "Soita 040 123 4567")).ToString();
        Assert.Equal("2025-03-02T08:00:00Z Created by professionals", created);
        Assert.DoesNotContain("040", created, StringComparison.Ordinal);
    }
}
