using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Compilations.CompilationFixtures;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

public sealed class CompilationTests
{
    public static TheoryData<string> Regions => new() { "kymenlaakso", "etela-karjala" };

    // K 4.3: the half year's reports are compiled; the working group processes the compilation and comments; the steering
    // group assesses it with the comments, decides follow-up actions and names the persons responsible; the compilation
    // and the intended actions are presented to the staff at the info session.
    [Fact]
    public void Kymenlaakso_4_3_CompileReviewDecideInfoSession_WalksEndToEnd()
    {
        var profile = Kymenlaakso;
        var content = Content(profile);
        var compiled = Compilation.Create(profile, content, By("working-group", "Tiina Työryhmä"), T(1));
        Assert.Equal(new CompilationId("kymenlaakso-2024-12-01"), compiled.Id);
        Assert.Equal(LifecycleStatus.InProcess, compiled.Status);
        Assert.Equal(["working-group-review"], compiled.PendingSteps(profile).Select(s => s.Id.Value));

        var reviewed = compiled.Perform(
            profile,
            new StepId("working-group-review"),
            By("working-group", "Tiina Työryhmä"),
            T(24),
            [new RecordEntry(RecordKind.Comment, "Asumisen kustannukset toistuvat useassa palvelussa."), new RecordEntry(RecordKind.Comment, "Ehdotetaan asumisneuvonnan vahvistamista.")]);
        Assert.Equal(2, reviewed.Entries(RecordKind.Comment).Count);

        var decided = reviewed.Perform(
            profile,
            new StepId("steering-group-decision"),
            By("steering-group", "Johanna Johtaja"),
            T(48),
            [new RecordEntry(RecordKind.Assessment, "Ilmiö on laaja ja vaatii toimia.")],
            [
                new ActionDecision("Selvitetään asumisneuvonnan saatavuus.", ActionResponsible.OfPerson("Pekka Palvelupäällikkö"), new LocalDate(2025, 12, 31)),
                new ActionDecision("Viedään tieto hyvinvointikertomukseen.", ActionResponsible.OfActor("knowledge-management"), new LocalDate(2026, 3, 31)),
            ]);
        Assert.Equal([1, 2], decided.Actions.Select(a => a.Number));
        Assert.All(decided.Actions, a => Assert.Equal(ActionStatus.Open, a.Status));
        Assert.Equal("Pekka Palvelupäällikkö", decided.Actions[0].Responsible.Person);
        Assert.Equal(new ActorId("steering-group"), decided.Actions[0].DecidedBy.Actor);
        Assert.Equal(new StepId("steering-group-decision"), decided.Actions[1].StepId);

        var presented = decided.Perform(profile, new StepId("info-session"), By("working-group"), T(96), [new RecordEntry(RecordKind.Publication, "Sosiaalisen raportoinnin infotilaisuus 9/2025.")]);
        Assert.Equal(LifecycleStatus.Completed, presented.Status);
        Assert.Empty(presented.PendingSteps(profile));
        Assert.Equal(["compile", "working-group-review", "steering-group-decision", "info-session"], presented.PerformedSteps.Select(s => s.Value));
        Assert.Equal(4, presented.History.Count);
        Assert.Equal(presented, Compilation.Rebuild(profile, content, presented.History));
    }

    // EK 5.3 and annex 1: the safety expert compiles in January and August and sends the compilation to the profession
    // director and the coordinator; the coordinator presents it in the network, whose observations and solution
    // proposals are recorded as separate entries; ArTu agrees actions, responsibilities and follow-up; feedback goes back
    // to the network; the processed compilation is published on Moodle.
    [Fact]
    public void EtelaKarjala_5_3_Annex1_CompileSendNetworkArtuFeedbackMoodle_WalksEndToEnd()
    {
        var profile = EtelaKarjala;
        var content = Content(profile);
        var c = Compilation.Create(profile, content, By("safety-expert", "Aino Asiantuntija"), T(1));
        Assert.Equal(new CompilationId("etela-karjala-2025-01-01"), c.Id);
        c = c.Perform(profile, new StepId("send-to-director-and-coordinator"), By("safety-expert", "Aino Asiantuntija"), T(2), []);
        c = c.Perform(profile, new StepId("network-review"), By("network", "Kaisa Koordinaattori"), T(200), [new RecordEntry(RecordKind.Observation, "Toimeentulo-ongelmat näkyvät lastensuojelussa.")]);
        c = c.Record(profile, new StepId("network-review"), By("network", "Ville Verkosto"), T(201), new RecordEntry(RecordKind.SolutionProposal, "Talous- ja velkaneuvonta mukaan perhetyöhön."));
        c = c.Record(profile, new StepId("network-review"), By("network", "Sari Sosiaalityöntekijä"), T(202), new RecordEntry(RecordKind.SolutionProposal, "Yhteinen asumisneuvonnan malli."));
        c = c.Record(profile, new StepId("network-review"), By("network"), T(203), new RecordEntry(RecordKind.Observation, "Sama ilmiö aikuissosiaalityössä."));

        var proposals = c.Entries(RecordKind.SolutionProposal);
        Assert.Equal(2, proposals.Count);
        Assert.Equal(["Ville Verkosto", "Sari Sosiaalityöntekijä"], proposals.Select(p => p.By.Person));
        Assert.Equal([T(201), T(202)], proposals.Select(p => p.At));
        Assert.All(proposals, p => Assert.Equal(new StepId("network-review"), p.StepId));
        Assert.Equal(2, c.Entries(RecordKind.Observation).Count);

        c = c.Perform(
            profile,
            new StepId("artu-decision"),
            By("artu", "Arja Johtaja"),
            T(400),
            [],
            [new ActionDecision("Talousneuvonta osaksi perhetyötä.", ActionResponsible.OfActor("coordinator", "Kaisa Koordinaattori"), new LocalDate(2025, 12, 31))]);
        c = c.Record(profile, new StepId("artu-decision"), By("artu"), T(401), new ActionDecision("Asumisneuvonnan malli valmistellaan.", ActionResponsible.OfActor("lead-social-worker"), new LocalDate(2026, 2, 28)));
        Assert.Equal([1, 2], c.Actions.Select(a => a.Number));
        Assert.Equal(new ActorId("coordinator"), c.Actions[0].Responsible.Actor);

        c = c.Perform(profile, new StepId("feedback-to-network"), By("artu"), T(500), [new RecordEntry(RecordKind.Feedback, "Johtoryhmän palaute verkostolle.")]);
        c = c.Perform(profile, new StepId("publish-moodle"), By("coordinator", "Kaisa Koordinaattori"), T(600), [new RecordEntry(RecordKind.Publication, "Moodle: rakenteellinen sosiaalityö, kooste 1/2025.")]);

        Assert.Equal(LifecycleStatus.Completed, c.Status);
        Assert.Equal(profile.CompilationProcess.Steps.Select(s => s.Id), c.PerformedSteps);
        Assert.Equal(c, Compilation.Rebuild(profile, content, c.History));
    }

    // Every actor but the one the plan names for a step is refused that step, at every point of the walk; a step out
    // of order and a step already performed are refused too (K 4.3, EK 5.3).
    [Theory]
    [MemberData(nameof(Regions))]
    public void EveryActorTimesEveryStep_OnlyThePendingStepsOwnActorIsAllowed(string region)
    {
        var profile = Profile(region);
        var process = profile.CompilationProcess;
        var content = Content(profile);
        foreach (var actor in profile.Actors)
        {
            var check = Compilation.CanCreate(profile, content, new Performer(actor.Id), T(1));
            Assert.Equal(actor.Id == process.First.PerformedBy ? null : LifecycleRules.WrongActor, check.Code);
            if (!check.IsAllowed)
            {
                Assert.Equal(LifecycleRules.WrongActor, Assert.Throws<LifecycleException>(() => Compilation.Create(profile, content, new Performer(actor.Id), T(1))).Code);
            }
        }

        for (var done = 1; done <= process.Steps.Count; done++)
        {
            var compilation = Walked(profile, done);
            var pending = compilation.PendingSteps(profile).Select(s => s.Id).ToHashSet();
            foreach (var step in process.Steps)
            {
                foreach (var actor in profile.Actors)
                {
                    var by = new Performer(actor.Id);
                    var at = T(100);
                    var check = compilation.CanPerform(profile, step.Id, by, at, Required(step));
                    var expected = actor.Id != step.PerformedBy ? LifecycleRules.WrongActor
                        : compilation.PerformedSteps.Contains(step.Id) ? LifecycleRules.StepAlreadyPerformed
                        : pending.Contains(step.Id) ? null
                        : LifecycleRules.StepOutOfOrder;
                    Assert.True(expected == check.Code, $"{step.Id} by {actor.Id} after {done} step(s): expected {expected ?? "allowed"}, got {check}");
                    if (expected is null)
                    {
                        Assert.Equal(step.Id, compilation.Perform(profile, step.Id, by, at, Required(step)).CurrentStep);
                    }
                    else
                    {
                        var e = Assert.Throws<LifecycleException>(() => compilation.Perform(profile, step.Id, by, at, Required(step)));
                        Assert.Equal(expected, e.Code);
                        Assert.Equal($"compilation {compilation.Id}", e.Subject);
                        Assert.Equal(step.Id, e.StepId);
                    }
                }
            }
        }
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void PerformingAStepAgain_IsRefusedAsAlreadyPerformed_NeverIgnored(string region)
    {
        var profile = Profile(region);
        var compilation = Walked(profile, 2);
        var step = profile.CompilationProcess.Steps[1];

        var e = Assert.Throws<LifecycleException>(() => compilation.Perform(profile, step.Id, new Performer(step.PerformedBy), T(50), Required(step)));

        Assert.Equal(LifecycleRules.StepAlreadyPerformed, e.Code);
        Assert.DoesNotContain("return", e.Message, StringComparison.OrdinalIgnoreCase);
        var first = profile.CompilationProcess.First;
        Assert.Equal(LifecycleRules.StepAlreadyPerformed, compilation.CanPerform(profile, first.Id, new Performer(first.PerformedBy), T(50), []).Code);
    }

    [Fact]
    public void Create_BeforeTheCutoff_IsRefusedAsTimeOutOfOrder()
    {
        var profile = EtelaKarjala;
        var check = Compilation.CanCreate(profile, Content(profile), By("safety-expert"), Cutoff - Duration.FromMinutes(1));

        Assert.Equal(LifecycleRules.TimeOutOfOrder, check.Code);
        Assert.Throws<LifecycleException>(() => Compilation.Create(profile, Content(profile), By("safety-expert"), Cutoff - Duration.FromMinutes(1)));
    }

    [Fact]
    public void Operations_OutOfTimeOrder_AreRefused()
    {
        var profile = EtelaKarjala;
        var compilation = Walked(profile, 2);

        Assert.Equal(LifecycleRules.TimeOutOfOrder, compilation.CanPerform(profile, new StepId("network-review"), By("network"), T(1), Required(profile.CompilationProcess.GetStep(new StepId("network-review")))).Code);
        Assert.Equal(LifecycleRules.TimeOutOfOrder, compilation.CanRecord(profile, new StepId("network-review"), By("network"), T(1), new RecordEntry(RecordKind.Observation, "Havainto.")).Code);
    }

    [Fact]
    public void RegionMismatch_ContentOfAnotherRegion_IsRefused()
    {
        var check = Compilation.CanCreate(Kymenlaakso, Content(EtelaKarjala), By("working-group"), T(1));
        Assert.Equal(LifecycleRules.RegionMismatch, check.Code);
        Assert.Equal(LifecycleRules.RegionMismatch, Assert.Throws<LifecycleException>(() => Created(EtelaKarjala).PendingSteps(Kymenlaakso)).Code);
        Assert.Equal(LifecycleRules.RegionMismatch, Walked(EtelaKarjala, 2).CanRecord(Kymenlaakso, new StepId("network-review"), By("network"), T(5), new RecordEntry(RecordKind.Observation, "Havainto.")).Code);

        var e = new CompilationException(CompilationException.RegionMismatchCode, "Raportti on toisen alueen.");
        Assert.Equal(CompilationException.RegionMismatchCode, e.Code);
        Assert.Equal("Raportti on toisen alueen.", e.Message);
    }

    [Fact]
    public void Record_UnderAStepNotYetReachable_OrOfAKindTheStepDoesNotRecord_IsRefused()
    {
        var profile = EtelaKarjala;
        var compilation = Created(profile);

        Assert.Equal(LifecycleRules.StepOutOfOrder, compilation.CanRecord(profile, new StepId("network-review"), By("network"), T(5), new RecordEntry(RecordKind.Observation, "Havainto.")).Code);
        var sent = Walked(profile, 2);
        Assert.True(sent.CanRecord(profile, new StepId("network-review"), By("network"), T(5), new RecordEntry(RecordKind.SolutionProposal, "Ehdotus.")).IsAllowed);
        Assert.Equal(LifecycleRules.RecordNotAccepted, sent.CanRecord(profile, new StepId("network-review"), By("network"), T(5), new RecordEntry(RecordKind.Decision, "Päätös.")).Code);
        Assert.Equal(LifecycleRules.RecordNotAccepted, sent.CanRecord(profile, new StepId("network-review"), By("network"), T(5), new ActionDecision("Toimi.", ActionResponsible.OfActor("network"), new LocalDate(2026, 1, 1))).Code);
        Assert.Equal(LifecycleRules.WrongActor, sent.CanRecord(profile, new StepId("network-review"), By("artu"), T(5), new RecordEntry(RecordKind.Observation, "Havainto.")).Code);
        Assert.Equal(LifecycleRules.UnknownStep, sent.CanRecord(profile, new StepId("no-such-step"), By("network"), T(5), new RecordEntry(RecordKind.Observation, "Havainto.")).Code);
    }

    [Fact]
    public void DecisionStep_WithoutAnyDecision_IsRefusedAsRecordMissing_AndAPlainDecisionEntrySatisfiesIt()
    {
        var profile = Kymenlaakso;
        var reviewed = Walked(profile, 2);

        Assert.Equal(LifecycleRules.RecordMissing, reviewed.CanPerform(profile, new StepId("steering-group-decision"), By("steering-group"), T(50), []).Code);
        Assert.True(reviewed.CanPerform(profile, new StepId("steering-group-decision"), By("steering-group"), T(50), [new RecordEntry(RecordKind.Decision, "Kooste hyväksytään tiedoksi.")]).IsAllowed);
        Assert.True(reviewed.CanPerform(profile, new StepId("steering-group-decision"), By("steering-group"), T(50), [], [new ActionDecision("Toimi.", ActionResponsible.OfPerson("Pekka"), new LocalDate(2026, 1, 1))]).IsAllowed);
    }

    [Fact]
    public void Decision_NamingAnActorTheProfileDoesNotHave_IsRefused()
    {
        var profile = Kymenlaakso;
        var reviewed = Walked(profile, 2);

        var check = reviewed.CanPerform(profile, new StepId("steering-group-decision"), By("steering-group"), T(50), [], [new ActionDecision("Toimi.", ActionResponsible.OfActor("no-such-actor"), new LocalDate(2026, 1, 1))]);

        Assert.Equal(LifecycleRules.UnknownActor, check.Code);
    }

    // Privacy: no recorded text, decision, responsible person or note passes with personal data, and the value is never echoed.
    [Theory]
    [InlineData("Asiakas 131052-308T kertoi tilanteesta.", "131052-308T")]
    [InlineData("Soita 040 123 4567", "040 123 4567")]
    [InlineData("Yhteys matti.meikalainen@example.fi", "matti.meikalainen@example.fi")]
    public void PersonalData_InAnyFreeText_IsRefusedWithoutEchoingIt(string text, string value)
    {
        var profile = EtelaKarjala;
        var sent = Walked(profile, 2);
        var network = Walked(profile, 3);
        var artu = Walked(profile, 4);
        var attempts = new (Func<LifecycleCheck> Check, Action Act)[]
        {
            (() => sent.CanPerform(profile, new StepId("network-review"), By("network"), T(50), [new RecordEntry(RecordKind.Observation, text)]), () => sent.Perform(profile, new StepId("network-review"), By("network"), T(50), [new RecordEntry(RecordKind.Observation, text)])),
            (() => network.CanRecord(profile, new StepId("network-review"), By("network"), T(50), new RecordEntry(RecordKind.SolutionProposal, text)), () => network.Record(profile, new StepId("network-review"), By("network"), T(50), new RecordEntry(RecordKind.SolutionProposal, text))),
            (() => network.CanPerform(profile, new StepId("artu-decision"), By("artu"), T(50), [], [new ActionDecision(text, ActionResponsible.OfActor("coordinator"), new LocalDate(2026, 1, 1))]), () => network.Perform(profile, new StepId("artu-decision"), By("artu"), T(50), [], [new ActionDecision(text, ActionResponsible.OfActor("coordinator"), new LocalDate(2026, 1, 1))])),
            (() => network.CanPerform(profile, new StepId("artu-decision"), By("artu"), T(50), [], [new ActionDecision("Toimi.", ActionResponsible.OfPerson(text), new LocalDate(2026, 1, 1))]), () => network.Perform(profile, new StepId("artu-decision"), By("artu"), T(50), [], [new ActionDecision("Toimi.", ActionResponsible.OfPerson(text), new LocalDate(2026, 1, 1))])),
            (() => artu.CanRecord(profile, new StepId("artu-decision"), By("artu"), T(50), new ActionDecision(text, ActionResponsible.OfActor("coordinator"), new LocalDate(2026, 1, 1))), () => artu.Record(profile, new StepId("artu-decision"), By("artu"), T(50), new ActionDecision(text, ActionResponsible.OfActor("coordinator"), new LocalDate(2026, 1, 1)))),
            (() => artu.CanChangeActionStatus(profile, 1, ActionStatus.Done, By("artu"), T(50), text), () => artu.ChangeActionStatus(profile, 1, ActionStatus.Done, By("artu"), T(50), text)),
        };

        // The walk's ArTu step records only a plain decision; give it an action to close.
        artu = artu.Record(profile, new StepId("artu-decision"), By("artu"), T(10), new ActionDecision("Toimi.", ActionResponsible.OfActor("coordinator"), new LocalDate(2026, 1, 1)));
        foreach (var (check, act) in attempts)
        {
            var refused = check();
            Assert.Equal(LifecycleRules.PersonalData, refused.Code);
            Assert.DoesNotContain(value, refused.Message!, StringComparison.Ordinal);
            var e = Assert.Throws<PersonalDataException>(act);
            Assert.NotEmpty(e.Findings);
            Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal);
        }
    }

    // A report included in the compilation follows it step by step; a carried-over or excluded report does not.
    [Fact]
    public void StageOf_IncludedReport_FollowsTheCompilationStepByStep()
    {
        var profile = EtelaKarjala;
        var process = profile.CompilationProcess;
        for (var done = 1; done <= process.Steps.Count; done++)
        {
            var compilation = Walked(profile, done);
            var stage = compilation.StageOf(new ReportId("R-1"));
            Assert.Equal(ReportPlacement.Included, stage.Placement);
            Assert.Equal(process.Steps[done - 1].Id, stage.StepId);
            Assert.Equal(done == process.Steps.Count ? LifecycleStatus.Completed : LifecycleStatus.InProcess, stage.CompilationStatus);
            Assert.Equal(compilation.Id, stage.Compilation);
        }

        var created = Created(profile);
        Assert.Equal(new ReportStage(new ReportId("R-2"), created.Id, ReportPlacement.CarriedOver, StatusAtCutoff: LifecycleStatus.InProcess), created.StageOf(new ReportId("R-2")));
        Assert.Equal(new ReportStage(new ReportId("R-3"), created.Id, ReportPlacement.Excluded, ExclusionReason: ExclusionReason.Withdrawn), created.StageOf(new ReportId("R-3")));
        Assert.Equal(ReportPlacement.NotInCompilation, created.StageOf(new ReportId("R-99")).Placement);
        Assert.Null(created.StageOf(new ReportId("R-99")).StepId);
    }

    [Fact]
    public void StageOf_Kymenlaakso_ReportReadyOnceSubmitted_IsIncluded()
    {
        var compilation = Walked(Kymenlaakso, 3);

        Assert.Equal(ReportPlacement.Included, compilation.StageOf(new ReportId("R-2")).Placement);
        Assert.Equal(new StepId("steering-group-decision"), compilation.StageOf(new ReportId("R-2")).StepId);
        Assert.Contains("included, at step 'steering-group-decision'", compilation.StageOf(new ReportId("R-2")).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Rebuild_HistoryNotBeginningWithTheFirstStep_IsInvalid()
    {
        var profile = EtelaKarjala;
        var walked = Walked(profile, 3);

        var e = Assert.Throws<LifecycleException>(() => Compilation.Rebuild(profile, walked.Content, walked.History.Skip(1).ToList()));
        Assert.Equal(LifecycleRules.InvalidHistory, e.Code);
        var swapped = new[] { walked.History[0], walked.History[2], walked.History[1] };
        Assert.Equal(LifecycleRules.InvalidHistory, Assert.Throws<LifecycleException>(() => Compilation.Rebuild(profile, walked.Content, swapped)).Code);
        Assert.Equal(LifecycleRules.InvalidHistory, Assert.Throws<LifecycleException>(() => Compilation.Rebuild(profile, walked.Content, [])).Code);
    }

    [Fact]
    public void Operations_NeverChangeTheInstance_AndEachAppendsOneHistoryEntry()
    {
        var profile = EtelaKarjala;
        var before = Walked(profile, 2);
        var copy = Compilation.Rebuild(profile, before.Content, before.History);

        var after = before.Perform(profile, new StepId("network-review"), By("network"), T(50), [new RecordEntry(RecordKind.Observation, "Havainto.")]);

        Assert.Equal(copy, before);
        Assert.Equal(before.History.Count + 1, after.History.Count);
        Assert.NotEqual(before, after);
        Assert.Equal("compilation etela-karjala-2025-01-01: inProcess at network-review", after.ToString());
    }

    [Fact]
    public void CompilationId_For_DerivesFromRegionAndPeriodStart()
    {
        var period = EtelaKarjala.ReportingPeriods.PeriodFor(new LocalDate(2025, 9, 1));

        Assert.Equal("etela-karjala-2025-07-01", CompilationId.For(RakenteellinenSosiaalityo.Core.Regions.BuiltInRegions.EtelaKarjalaId, period).Value);
        Assert.False(CompilationId.IsValid("-bad"));
        Assert.False(CompilationId.IsValid(""));
        Assert.Throws<ArgumentException>(() => new CompilationId("a b"));
    }
}
