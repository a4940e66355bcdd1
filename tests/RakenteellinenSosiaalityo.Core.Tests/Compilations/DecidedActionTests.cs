using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using static RakenteellinenSosiaalityo.Core.Tests.Compilations.CompilationFixtures;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

public sealed class DecidedActionTests
{
    private static readonly LocalDate EndOf2025 = new(2025, 12, 31);
    private static readonly LocalDate EndOfMarch2026 = new(2026, 3, 31);

    // EK 5.3: ArTu agrees actions, responsibilities and follow-up. Action 1 is the coordinator's, action 2 a named person's.
    private static Compilation EtelaKarjalaDecided()
    {
        var profile = EtelaKarjala;
        return Walked(profile, 3).Perform(
            profile,
            new StepId("artu-decision"),
            By("artu", "Arja Johtaja"),
            T(100),
            [],
            [
                new ActionDecision("Talousneuvonta osaksi perhetyötä.", ActionResponsible.OfActor("coordinator"), EndOf2025),
                new ActionDecision("Asumisneuvonnan malli.", ActionResponsible.OfPerson("Pekka Palvelupäällikkö"), EndOfMarch2026),
            ]);
    }

    // K 4.3: the steering group decides follow-up actions and names the persons responsible.
    private static Compilation KymenlaaksoDecided() =>
        Walked(Kymenlaakso, 2).Perform(
            Kymenlaakso,
            new StepId("steering-group-decision"),
            By("steering-group"),
            T(100),
            [],
            [new ActionDecision("Viedään tieto hyvinvointikertomukseen.", ActionResponsible.OfActor("knowledge-management", "Tuula Tietojohtaja"), new LocalDate(2025, 10, 31))]);

    // The follow-up date itself is not yet past; the day after it is; a closed action is never past its follow-up.
    [Fact]
    public void IsOpenPastFollowUp_FromTheDayAfterTheFollowUp_WhileOpen()
    {
        var compilation = EtelaKarjalaDecided();
        var action = compilation.Actions[0];

        Assert.False(action.IsOpenPastFollowUp(action.FollowUp.PlusDays(-1)));
        Assert.False(action.IsOpenPastFollowUp(action.FollowUp));
        Assert.True(action.IsOpenPastFollowUp(action.FollowUp.PlusDays(1)));
        var done = compilation.ChangeActionStatus(EtelaKarjala, 1, ActionStatus.Done, By("coordinator"), T(200)).Actions[0];
        Assert.False(done.IsOpenPastFollowUp(action.FollowUp.PlusDays(1)));
    }

    [Fact]
    public void OpenActionsPastFollowUp_ListsOpenActionsWhoseFollowUpDateHasPassed()
    {
        var compilation = EtelaKarjalaDecided();

        Assert.Empty(compilation.OpenActionsPastFollowUp(EndOf2025));
        Assert.Equal([1], compilation.OpenActionsPastFollowUp(EndOf2025.PlusDays(1)).Select(a => a.Number));
        Assert.Equal([1, 2], compilation.OpenActionsPastFollowUp(new LocalDate(2026, 6, 1)).Select(a => a.Number));

        var done = compilation.ChangeActionStatus(EtelaKarjala, 1, ActionStatus.Done, By("coordinator"), T(200), "Otettu käyttöön.");
        Assert.Equal([2], done.OpenActionsPastFollowUp(new LocalDate(2026, 6, 1)).Select(a => a.Number));
        Assert.True(done.Actions[0].Status == ActionStatus.Done && done.Actions[0].ClosedAt == T(200) && done.Actions[0].Note == "Otettu käyttöön.");
    }

    [Fact]
    public void OpenActionsPastFollowUp_AcrossCompilations_OrdersByFollowUpThenCompilation()
    {
        var k = KymenlaaksoDecided();
        var ek = EtelaKarjalaDecided();

        var overdue = Compilation.OpenActionsPastFollowUp([ek, k], new LocalDate(2026, 6, 1));

        Assert.Equal(
            [("kymenlaakso-2024-12-01", 1), ("etela-karjala-2025-01-01", 1), ("etela-karjala-2025-01-01", 2)],
            overdue.Select(a => (a.Compilation.Value, a.Number)));
        Assert.Empty(Compilation.OpenActionsPastFollowUp([ek, k], new LocalDate(2025, 10, 31)));
    }

    // Who may close an action: the actor that decided it (ArTu), or its responsible actor; a named person gives no
    // right (persons are not authorized, actors are).
    [Fact]
    public void ChangeActionStatus_OnlyTheDecidingActorOrTheResponsibleActor()
    {
        var profile = EtelaKarjala;
        var compilation = EtelaKarjalaDecided();
        foreach (var actor in profile.Actors)
        {
            var by = new Performer(actor.Id);
            var byActor = compilation.CanChangeActionStatus(profile, 1, ActionStatus.Done, by, T(200));
            var byPerson = compilation.CanChangeActionStatus(profile, 2, ActionStatus.Cancelled, by, T(200));
            Assert.Equal(actor.Id.Value is "artu" or "coordinator" ? null : LifecycleRules.WrongActor, byActor.Code);
            Assert.Equal(actor.Id.Value is "artu" ? null : LifecycleRules.WrongActor, byPerson.Code);
            if (!byPerson.IsAllowed)
            {
                Assert.Equal(LifecycleRules.WrongActor, Assert.Throws<LifecycleException>(() => compilation.ChangeActionStatus(profile, 2, ActionStatus.Cancelled, by, T(200))).Code);
            }
        }
    }

    [Fact]
    public void ChangeActionStatus_ClosedUnknownOrReopened_IsRefused()
    {
        var profile = EtelaKarjala;
        var cancelled = EtelaKarjalaDecided().ChangeActionStatus(profile, 2, ActionStatus.Cancelled, By("artu"), T(200));

        Assert.Equal(LifecycleRules.ActionClosed, cancelled.CanChangeActionStatus(profile, 2, ActionStatus.Done, By("artu"), T(201)).Code);
        Assert.Equal(LifecycleRules.ActionClosed, Assert.Throws<LifecycleException>(() => cancelled.ChangeActionStatus(profile, 2, ActionStatus.Done, By("artu"), T(201))).Code);
        Assert.Equal(LifecycleRules.UnknownAction, cancelled.CanChangeActionStatus(profile, 3, ActionStatus.Done, By("artu"), T(201)).Code);
        Assert.Equal(LifecycleRules.TimeOutOfOrder, cancelled.CanChangeActionStatus(profile, 1, ActionStatus.Done, By("artu"), T(199)).Code);
        Assert.Throws<ArgumentException>(() => cancelled.CanChangeActionStatus(profile, 1, ActionStatus.Open, By("artu"), T(201)));
    }

    [Fact]
    public void StatusChanges_AreInTheHistory_AndRebuild()
    {
        var profile = EtelaKarjala;
        var compilation = EtelaKarjalaDecided()
            .ChangeActionStatus(profile, 1, ActionStatus.Done, By("coordinator", "Kaisa Koordinaattori"), T(200), "Tehty.")
            .ChangeActionStatus(profile, 2, ActionStatus.Cancelled, By("artu"), T(300));

        var changes = compilation.History.Where(e => e.Kind == CompilationEventKind.ActionStatusChanged).ToList();
        Assert.Equal([(1, ActionStatus.Done, "Kaisa Koordinaattori"), (2, ActionStatus.Cancelled, null)], changes.Select(e => (e.ActionNumber!.Value, e.Status!.Value, e.By.Person)));
        Assert.Equal(compilation, Compilation.Rebuild(profile, compilation.Content, compilation.History));
    }

    [Fact]
    public void ActionsDecidedLater_UnderThePerformedDecisionStep_AreNumberedOn()
    {
        var profile = Kymenlaakso;
        var compilation = KymenlaaksoDecided().Record(profile, new StepId("steering-group-decision"), By("steering-group"), T(150), new ActionDecision("Lisätoimi.", ActionResponsible.OfPerson("Pekka"), EndOf2025));

        Assert.Equal([1, 2], compilation.Actions.Select(a => a.Number));
        Assert.Equal(T(150), compilation.Actions[1].DecidedAt);
        Assert.Equal(LifecycleRules.WrongActor, compilation.CanRecord(profile, new StepId("steering-group-decision"), By("working-group"), T(150), new ActionDecision("Lisätoimi.", ActionResponsible.OfPerson("Pekka"), EndOf2025)).Code);
    }

    [Fact]
    public void Constructors_GuardTheirArguments_AndToStringNeverShowsTheDescription()
    {
        Assert.Throws<ArgumentException>(() => new ActionResponsible());
        Assert.Throws<ArgumentException>(() => new ActionDecision(" ", ActionResponsible.OfPerson("Pekka"), EndOf2025));
        Assert.Throws<ArgumentException>(() => new CompilationEvent(CompilationEventKind.EntryRecorded, T(1), By("network"), new StepId("network-review")));
        Assert.Throws<ArgumentException>(() => new CompilationEvent(CompilationEventKind.ActionStatusChanged, T(1), By("artu"), actionNumber: 1));

        Assert.StartsWith("The default ActorId names no actor.", Assert.Throws<ArgumentException>(() => new ActionResponsible(default(ActorId))).Message, StringComparison.Ordinal);
        Assert.StartsWith("A 'StepPerformed' entry names its step.", Assert.Throws<ArgumentException>(() => new CompilationEvent(CompilationEventKind.StepPerformed, T(1), By("network"))).Message, StringComparison.Ordinal);
        Assert.StartsWith("An 'ActionStatusChanged' entry names no step.", Assert.Throws<ArgumentException>(() => new CompilationEvent(CompilationEventKind.ActionStatusChanged, T(1), By("artu"), new StepId("artu-handling"), actionNumber: 1, status: ActionStatus.Done)).Message, StringComparison.Ordinal);
        Assert.StartsWith("An 'ActionStatusChanged' entry records nothing else.", Assert.Throws<ArgumentException>(() => new CompilationEvent(CompilationEventKind.ActionStatusChanged, T(1), By("artu"), entries: [new RecordEntry(RecordKind.Comment, "Huomio.")], actionNumber: 1, status: ActionStatus.Done)).Message, StringComparison.Ordinal);
        Assert.StartsWith("An 'EntryRecorded' entry records exactly one entry or one decision", Assert.Throws<ArgumentException>(() => new CompilationEvent(CompilationEventKind.EntryRecorded, T(1), By("network"), new StepId("network-review"))).Message, StringComparison.Ordinal);

        var action = EtelaKarjalaDecided().Actions[1];
        Assert.DoesNotContain("Asumisneuvonnan", action.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Pekka", action.ToString(), StringComparison.Ordinal);
    }
}
