using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Processes;

/// <summary>
/// The values every process-driven aggregate shares (issue 16): a performer and its privacy guard, a recorded entry,
/// a check in words, and a stored history refused with the entry's index and the rule.
/// </summary>
public sealed class ProcessValueTests
{
    [Fact]
    public void Performer_GuardsActorAndPerson_AndPrintsThem()
    {
        Assert.Equal("actor", Assert.Throws<ArgumentException>(() => new Performer(default)).ParamName);
        Assert.Equal("person", Assert.ThrowsAny<ArgumentException>(() => new Performer(new ActorId("unit-supervisor"), " ")).ParamName);
        Assert.Equal("unit-supervisor (Maija Mäkinen)", new Performer(new ActorId("unit-supervisor"), "Maija Mäkinen").ToString());
        Assert.Equal("unit-supervisor", new Performer(new ActorId("unit-supervisor")).ToString());
        Assert.Equal(new Performer(new ActorId("unit-supervisor"), "Maija"), new Performer(new ActorId("unit-supervisor"), "Maija"));
        Assert.NotEqual(new Performer(new ActorId("unit-supervisor"), "Maija"), new Performer(new ActorId("unit-supervisor")));
    }

    [Fact]
    public void Performer_WithAnEmailForAName_IsRefused_NamingThePerformer_NotTheValue()
    {
        var e = Assert.Throws<PersonalDataException>(() => new Performer(new ActorId("unit-supervisor"), "maija@example.fi"));

        Assert.Equal("the performer", e.Subject);
        Assert.Equal(new PersonalDataFinding("person", PersonalDataKind.EmailAddress, 0, 16), Assert.Single(e.Findings));
        Assert.Contains("The free text of the performer holds personal data", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("maija@", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void RecordEntry_GuardsKindAndText_AndPrintsOnlyTheLength()
    {
        Assert.Equal("kind", Assert.ThrowsAny<ArgumentException>(() => new RecordEntry((RecordKind)99, "Huomio")).ParamName);
        Assert.Equal("text", Assert.ThrowsAny<ArgumentException>(() => new RecordEntry(RecordKind.Remark, " ")).ParamName);
        Assert.Equal("Remark (17 characters)", new RecordEntry(RecordKind.Remark, "Soita 040 1234567").ToString());
    }

    [Fact]
    public void Check_InWords_IsAllowed_OrItsMessageAndCode()
    {
        var refused = Submitted(EtelaKarjala).CanPerform(EtelaKarjala, new StepId("supervisor-review"), By("professionals"), At(2));

        Assert.Equal("allowed", LifecycleCheck.Allowed.ToString());
        Assert.Equal(default, LifecycleCheck.Allowed);
        Assert.Empty(LifecycleCheck.Allowed.Findings);
        Assert.Equal(LifecycleRules.WrongActor, refused.Code);
        Assert.Equal($"{refused.Message} [wrong-actor]", refused.ToString());
        Assert.Empty(refused.Findings);
    }

    [Fact]
    public void Rebuild_AnEmptyHistory_OrOneNotBeginningWithCreation_IsInvalidHistory_SayingWhatMustBeFirst()
    {
        var live = Submitted(EtelaKarjala);

        var empty = Assert.Throws<LifecycleException>(() => SocialReport.Rebuild(EtelaKarjala, live.Id, []));
        var headless = Assert.Throws<LifecycleException>(() => SocialReport.Rebuild(EtelaKarjala, live.Id, [live.History[1]]));

        Assert.Equal(LifecycleRules.InvalidHistory, empty.Code);
        Assert.Equal("report R-17", empty.Subject);
        Assert.Equal("The history of report R-17 must begin with its creation (action 'created' with the content).", empty.Message);
        Assert.Equal(empty.Message, headless.Message);
        Assert.Equal(LifecycleRules.InvalidHistory, headless.Code);
    }

    [Fact]
    public void Rebuild_ANullEntry_IsNamedByItsIndex()
    {
        var live = Submitted(EtelaKarjala);

        var e = Assert.Throws<LifecycleException>(() => SocialReport.Rebuild(EtelaKarjala, live.Id, [live.History[0], null!]));

        Assert.Equal(LifecycleRules.InvalidHistory, e.Code);
        Assert.StartsWith("Entry 1 of the history of report R-17 is null.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_AnEntryARuleRefuses_NamesItsIndexTheRuleAndTheMessage()
    {
        var live = Submitted(EtelaKarjala);
        var byTheWrongActor = new ReportEvent(LifecycleAction.StepPerformed, At(2), By("professionals"), new StepId("supervisor-review"));
        var refusal = live.CanPerform(EtelaKarjala, new StepId("supervisor-review"), By("professionals"), At(2));

        var e = Assert.Throws<LifecycleException>(() => SocialReport.Rebuild(EtelaKarjala, live.Id, [.. live.History, byTheWrongActor]));

        Assert.Equal(LifecycleRules.InvalidHistory, e.Code);
        Assert.StartsWith($"Entry 2 of the history of report R-17 is not possible: {refusal.Message} [wrong-actor]", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_OfAnEntryAnOperationRefusesAsAnArgument_NamesTheEntry()
    {
        // A return for completion stored without its reason: the operation refuses the blank reason as an argument.
        var profile = EtelaKarjala;
        var live = Submitted(profile);
        var returned = new ReportEvent(LifecycleAction.ReturnedForCompletion, At(2), By("unit-supervisor"));

        var e = Assert.Throws<LifecycleException>(() => SocialReport.Rebuild(profile, live.Id, [.. live.History, returned]));

        Assert.Equal(LifecycleRules.InvalidHistory, e.Code);
        Assert.Equal("report R-17", e.Subject);
        Assert.StartsWith($"Entry {live.History.Count} of the history of report R-17 is not possible: ", e.Message, StringComparison.Ordinal);
        Assert.Contains("reason", e.Message, StringComparison.Ordinal);
    }
}
