using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Phenomena.PhenomenonFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>The phenomenon report through both regions' processes, its rules, its documents and its wiring into the clock.</summary>
public sealed class PhenomenonReportTests
{
    private static readonly RegionProfile EK = BuiltInRegions.EtelaKarjala;
    private static readonly RegionProfile K = BuiltInRegions.Kymenlaakso;

    [Fact]
    public void Ek2024_EK51_53_Annex2_WalkedThroughEveryStep()
    {
        var report = Ek2024();

        Assert.True(report.IsCompleted);
        Assert.Equal(EK.PhenomenonProcess!.Steps.Select(s => s.Id.Value).Order(), report.PerformedSteps.Select(s => s.Value).Order());
        Assert.Equal(Ek2024Title, report.Selection.Title);
        Assert.Equal(2, report.Sessions.Count);
        Assert.All(report.Sessions, s => Assert.Equal(WorkshopMethod.SmallGroupInterview, s.Method));
        Assert.Contains(report.Recipients, r => r.External?.Fi == "HYTE-johtaja");
        Assert.Contains(report.Recipients, r => r.External?.Fi == "Hyvinvointialueen johtoryhmä");
        var action = Assert.Single(report.Actions);
        Assert.Equal(report.Id, action.PhenomenonReport);
        Assert.Equal(new ActorId("artu"), action.DecidedBy.Actor);
        Assert.Single(report.Recorded(RecordKind.Feedback));
    }

    [Fact]
    public void Ek2024_Prevalence_IsComputedFromTheCompilations_PerServiceAndPeriod()
    {
        var prevalence = Ek2024().Prevalence!;

        // The fixture's compilations: spring 2023 two substance reports from adult social work; autumn 2023 three from
        // adult social work and one from child welfare; housing-only reports do not count.
        Assert.Equal(6, prevalence.Total);
        Assert.Equal(2, prevalence.Services);
        Assert.Equal(2, prevalence.Periods.Count);
        var autumn = prevalence.Periods[1];
        Assert.Equal(3, prevalence.Counts.Single(c => c.Period == autumn && c.ServiceId == new ServiceId("adult-social-work")).Reports);
        Assert.Equal(1, prevalence.Counts.Single(c => c.Period == autumn && c.ServiceId == new ServiceId("child-welfare")).Reports);
    }

    [Fact]
    public void Kymenlaakso_K43_WalkedThroughBothWorkshopsToTheSteeringGroupAndDivisionManagement()
    {
        var selection = new PhenomenonSelection(2025, "Asumisen kustannukset lapsiperheissä", [new ThemeId("housing")], [new SelectionReason(CandidateSource.Compilations, "Toistuva teema koosteissa.")], "Johtoryhmä ja työryhmä valitsivat yhdessä (K 4.3).");
        var report = PhenomenonReport.Choose(K, PhenomenonReportId.For(K.Id, 2025), selection, By("steering-group"), On(2025, 2, 3));
        foreach (var workshop in K.PhenomenonReports!.Workshops)
        {
            var inputs = workshop.Collects.Select(kind => new WorkshopInput(kind, $"Työpajan {workshop.Number} tuotos: {kind}.", new ServiceId("child-welfare"))).ToList();
            var session = new WorkshopSession(workshop.Number, new LocalDate(2025, 2 + workshop.Number, 10), WorkshopMethod.Workshop, new WorkshopParticipants([new ActorId("working-group")], [new ServiceId("child-welfare"), new ServiceId("adult-social-work")], 8), inputs);
            report = report
                .RecordWorkshop(K, session, By("working-group"), On(2025, 2 + workshop.Number, 10))
                .Perform(K, workshop.Step, By("working-group"), On(2025, 2 + workshop.Number, 11), []);
        }

        report = report.Write(K, report.ComposeDraft(K, []), [], By("working-group"), On(2025, 5, 2))
            .Perform(K, new StepId("write-report"), By("working-group"), On(2025, 5, 3), [])
            .Perform(K, new StepId("steering-group-decision"), By("steering-group"), On(2025, 5, 20), [], [new ActionDecision("Asumisneuvonta lapsiperheille.", ActionResponsible.OfActor("division-management"), new LocalDate(2025, 12, 31))]);

        Assert.True(report.IsCompleted);
        report = report.Perform(K, new StepId("pass-on"), By("division-management"), On(2025, 6, 1), [new RecordEntry(RecordKind.Publication, "Tieto välitetty alueen toimijoille.")], recipients: [PartyReference.ToExternal(new LocalizedText("Kymenlaakson kunnat"))]);
        Assert.Equal(K.PhenomenonProcess!.Steps.Count, report.PerformedSteps.Count);
        Assert.Single(report.Actions);
        Assert.Equal(PhenomenonReport.Rebuild(K, report.Id, report.History), report);
    }

    [Fact]
    public void Choose_ByAnotherActorThanTheFirstStepsOne_IsWrongActor()
    {
        var check = PhenomenonReport.CanChoose(EK, PhenomenonReportId.For(EK.Id, 2024), Ek2024Selection(), By("coordinator"), On(2024, 3, 27));

        Assert.Equal(LifecycleRules.WrongActor, check.Code);
        var e = Assert.Throws<LifecycleException>(() => PhenomenonReport.Choose(EK, PhenomenonReportId.For(EK.Id, 2024), Ek2024Selection(), By("coordinator"), On(2024, 3, 27)));
        Assert.Equal(LifecycleRules.WrongActor, e.Code);
    }

    [Fact]
    public void Choose_FromASourceTheRegionDoesNotUse_IsUnknownSource()
    {
        var selection = new PhenomenonSelection(2025, "Teema", [new ThemeId("housing")], [new SelectionReason(CandidateSource.Clients, "Asiakasraati.")], "Perustelu.");

        Assert.Equal(LifecycleRules.UnknownSource, PhenomenonReport.CanChoose(K, PhenomenonReportId.For(K.Id, 2025), selection, By("steering-group"), On(2025, 2, 3)).Code);
    }

    [Fact]
    public void Choose_AThemeTheRegionDoesNotHave_IsUnknownTheme_NamingItAndTheRegionsThemes()
    {
        var selection = new PhenomenonSelection(2024, "Sää", [new ThemeId("weather")], [new SelectionReason(CandidateSource.HytePriorities, "Kärki.")], "Perustelu.");

        var check = PhenomenonReport.CanChoose(EK, PhenomenonReportId.For(EK.Id, 2024), selection, By("network"), On(2024, 3, 27));

        Assert.Equal(LifecycleRules.UnknownTheme, check.Code);
        Assert.StartsWith($"The selection of phenomenon report {PhenomenonReportId.For(EK.Id, 2024)} names phenomenon theme 'weather', which region '{EK.Id}' does not have. Use one of: ", check.Message, StringComparison.Ordinal);
        Assert.Contains(Substance, check.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_FromACompilationOfAnotherRegion_IsRegionMismatch_NamingIt()
    {
        var report = Ek2024("workshops");
        var foreign = Compile(K, new LocalDate(2023, 9, 1), []);

        var e = Assert.Throws<LifecycleException>(() => report.Write(EK, report.ComposeDraft(EK, Ek2023Compilations()), [.. Ek2023Compilations(), foreign], By("coordinator"), On(2024, 6, 10)));

        Assert.Equal(LifecycleRules.RegionMismatch, e.Code);
        Assert.Equal($"Compilation {foreign.Id} is of region '{K.Id}'; the prevalence of phenomenon report {report.Id} is computed from compilations of region '{EK.Id}'.", e.Message);
    }

    [Fact]
    public void Record_ADecisionAfterItsStep_IsTheNextAction_AndTheHistoryAndJsonKeepIt()
    {
        var report = Ek2024();
        var decision = new ActionDecision("Asumisneuvonta päihdepalveluihin.", ActionResponsible.OfActor("profession-director"), new LocalDate(2025, 6, 30));

        var decided = report.Record(EK, new StepId("artu-handling"), By("artu"), On(2024, 12, 1), decision);

        Assert.Equal([1, 2], decided.Actions.Select(a => a.Number));
        Assert.Equal(decision.Description, decided.Actions[1].Description);
        Assert.Equal(new StepId("artu-handling"), decided.Actions[1].StepId);
        Assert.Equal(report.Status, decided.Status);
        Assert.Equal(LifecycleRules.WrongActor, report.CanRecord(EK, new StepId("artu-handling"), By("network"), On(2024, 12, 1), decision).Code);
        Assert.Equal(decided, PhenomenonReport.Rebuild(EK, decided.Id, decided.History));
        Assert.Equal(decided, PhenomenonReportJson.Deserialize(PhenomenonReportJson.Serialize(decided), EK));
    }

    [Fact]
    public void Rebuild_WithTheChoiceTwice_IsInvalidHistory_NamingTheEntry()
    {
        var history = Ek2024("workshops").History.ToList();
        history.Add(history[0]);

        var e = Assert.Throws<LifecycleException>(() => PhenomenonReport.Rebuild(EK, Ek2024().Id, history));

        Assert.Equal(LifecycleRules.InvalidHistory, e.Code);
        Assert.Contains($"Entry {history.Count - 1} of the history of phenomenon report {Ek2024().Id} chooses the phenomenon again.", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToString_IsTheReportItsStatusAndItsLastStep() =>
        Assert.Equal($"phenomenon report {Ek2024().Id}: inProcess after workshops", Ek2024("workshops").ToString());

    [Fact]
    public void ProfileWithoutPhenomenonProcess_IsNoPhenomenonProcess()
    {
        var bare = EK with { PhenomenonProcess = null, PhenomenonReports = null };

        Assert.Equal(LifecycleRules.NoPhenomenonProcess, PhenomenonReport.CanChoose(bare, PhenomenonReportId.For(EK.Id, 2024), Ek2024Selection(), By("network"), On(2024, 3, 27)).Code);
    }

    [Fact]
    public void WorkshopSession_ByAnotherActor_IsWrongActor_AndOfAnUnknownWorkshop_IsUnknownWorkshop()
    {
        var report = Ek2024("choose-theme");
        var session = Ek2024Interview(16, "adult-social-work", "Näkyy.");

        Assert.Equal(LifecycleRules.WrongActor, report.CanRecordWorkshop(EK, session, By("artu"), On(2024, 4, 16)).Code);
        Assert.Equal(LifecycleRules.UnknownWorkshop, report.CanRecordWorkshop(EK, new WorkshopSession(2, session.On, session.Method, session.Participants, session.Inputs), By("network"), On(2024, 4, 16)).Code);
    }

    [Fact]
    public void WorkshopStep_WithoutASession_IsWorkshopMissing()
    {
        var report = Ek2024("choose-theme");

        Assert.Equal(LifecycleRules.WorkshopMissing, report.CanPerform(EK, new StepId("workshops"), By("network"), On(2024, 5, 28), []).Code);
    }

    [Fact]
    public void StepsOutOfOrder_AreRefused_AndWriteStepWithoutText_IsReportNotWritten()
    {
        var chosen = Ek2024("choose-theme");
        var workshopsDone = Ek2024("workshops");

        Assert.Equal(LifecycleRules.StepOutOfOrder, chosen.CanPerform(EK, new StepId("network-approval"), By("network"), On(2024, 9, 1), [new RecordEntry(RecordKind.Assessment, "Hyväksytään.")]).Code);
        Assert.Equal(LifecycleRules.ReportNotWritten, workshopsDone.CanPerform(EK, new StepId("write-report"), By("coordinator"), On(2024, 6, 14), []).Code);
        Assert.Equal(LifecycleRules.StepAlreadyPerformed, workshopsDone.CanPerform(EK, new StepId("workshops"), By("network"), On(2024, 6, 14), []).Code);
    }

    [Fact]
    public void Write_AfterTheWriteStep_IsNotEditable()
    {
        var written = Ek2024("write-report");

        Assert.Equal(LifecycleRules.NotEditable, written.CanWrite(EK, written.Text!, By("coordinator"), On(2024, 6, 20)).Code);
    }

    [Fact]
    public void CaseDescription_NotMarkedAnonymized_IsNotAnonymized()
    {
        var report = Ek2024("choose-theme");
        var session = new WorkshopSession(1, new LocalDate(2024, 4, 16), WorkshopMethod.AnonymizedCaseDescription, new WorkshopParticipants([new ActorId("network")], [], 3), [new WorkshopInput(WorkshopInputKind.HowItShows, "Tapauskuvaus.", caseDescription: true)]);

        Assert.Equal(LifecycleRules.NotAnonymized, report.CanRecordWorkshop(EK, session, By("network"), On(2024, 4, 16)).Code);
    }

    [Fact]
    public void WorkshopInputWithAnIdentityCode_IsRefused_WithoutEchoingIt()
    {
        var report = Ek2024("choose-theme");
        var session = Ek2024Interview(16, "adult-social-work", "Asiakas 131052-308T kertoi tilanteestaan.");

        Assert.Equal(LifecycleRules.PersonalData, report.CanRecordWorkshop(EK, session, By("network"), On(2024, 4, 16)).Code);
        var e = Assert.Throws<PersonalDataException>(() => report.RecordWorkshop(EK, session, By("network"), On(2024, 4, 16)));
        Assert.DoesNotContain("131052-308T", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportTextWithAnEmailAddress_IsRefused()
    {
        var report = Ek2024("workshops");
        var text = report.ComposeDraft(EK, []) with { EffectsOnClients = "Lisätietoja: matti.meikalainen@example.fi" };

        Assert.Equal(LifecycleRules.PersonalData, report.CanWrite(EK, text, By("coordinator"), On(2024, 6, 10)).Code);
    }

    [Fact]
    public void ComposeDraft_KeepsEveryWorkshopInput_AndStartsWithTheCompilationFigures()
    {
        var report = Ek2024("workshops");
        var draft = report.ComposeDraft(EK, Ek2023Compilations());
        var all = string.Join("\n", new[] { draft.SituationalPicture, draft.EffectsOnClients }.Concat(draft.ActionProposals.Select(p => p.Text)).Concat(draft.Sources));

        Assert.All(report.Sessions.SelectMany(s => s.Inputs), input => Assert.Contains(input.Text, all, StringComparison.Ordinal));
        Assert.Contains("6 raporttia 2 palvelusta", draft.SituationalPicture, StringComparison.Ordinal);
        Assert.All(draft.ActionProposals, p => Assert.Equal(PartyReference.ToActor("artu"), p.Addressee));
    }

    // Each input goes to its own part of the draft, under its service's name in the draft's language: what shows and its
    // extent to the situational picture, case descriptions (marked as such) to the effects, proposals to the proposals,
    // other knowledge to the sources after one line per session; the compilations close the sources.
    [Theory]
    [InlineData(Language.Finnish, "Palvelut yhteisesti", " (anonymisoitu tapauskuvaus)", "Sosiaalisten raporttien kooste")]
    [InlineData(Language.Swedish, "Tjänsterna gemensamt", " (anonymiserad fallbeskrivning)", "Sammanställning av sociala rapporter")]
    [InlineData(Language.English, "All services together", " (anonymized case description)", "Compilation of social reports")]
    public void ComposeDraft_PutsEachInputInItsPart_UnderItsServicesName(Language language, string allServices, string caseMark, string compilation)
    {
        var report = Ek2024("workshops");
        var compilations = Ek2023Compilations();
        var draft = report.ComposeDraft(EK, compilations, language);
        var inputs = report.Sessions.SelectMany(s => s.Inputs).ToList();
        string Line(WorkshopInput i) =>
            $"{(i.ServiceId is { } id ? EK.FindService(id)!.Name.Get(language) : allServices)}: {i.Text}{(i.CaseDescription ? caseMark : string.Empty)}";

        var picture = draft.SituationalPicture.Split('\n');
        Assert.Equal(inputs.Where(i => i.Kind is WorkshopInputKind.HowItShows or WorkshopInputKind.Extent).Select(Line), picture.Skip(1));
        Assert.Contains(string.Join(", ", compilations.Select(c => c.Id)), picture[0], StringComparison.Ordinal);
        Assert.Equal(inputs.Where(i => i.CaseDescription).Select(Line), draft.EffectsOnClients.Split('\n'));
        Assert.Equal(inputs.Where(i => i.Kind == WorkshopInputKind.Proposals).Select(Line), draft.ActionProposals.Select(p => p.Text));
        var otherKnowledge = inputs.Where(i => i.Kind == WorkshopInputKind.OtherKnowledge).Select(Line).ToList();
        Assert.Equal(report.Sessions.Count + otherKnowledge.Count + compilations.Count, draft.Sources.Count);
        Assert.All(report.Sessions.Zip(draft.Sources), pair =>
        {
            Assert.Contains(FinnishDate.Format(pair.First.On), pair.Second, StringComparison.Ordinal);
            Assert.Contains(pair.First.Method.Label().Get(language), pair.Second, StringComparison.Ordinal);
            Assert.EndsWith($"({string.Join(", ", pair.First.Participants.Services.Select(id => EK.FindService(id)!.Name.Get(language)))})", pair.Second, StringComparison.Ordinal);
        });
        Assert.Equal(otherKnowledge, draft.Sources.Skip(report.Sessions.Count).Take(otherKnowledge.Count));
        Assert.Equal(compilations.Select(c => $"{compilation} {c.Id}"), draft.Sources.TakeLast(compilations.Count));
    }

    [Fact]
    public void ComposeDraft_WithoutCompilationsOrCaseDescriptions_SaysSo_InEachLanguage()
    {
        var interview = Ek2024Interview(16, "adult-social-work", "Näkyy asumisessa.");
        var plain = new WorkshopSession(interview.Workshop, interview.On, interview.Method, interview.Participants, [.. interview.Inputs.Where(i => !i.CaseDescription)]);
        var report = Ek2024("choose-theme").RecordWorkshop(EK, plain, By("network"), On(2024, 4, 16));

        var drafts = Enum.GetValues<Language>().Select(l => report.ComposeDraft(EK, [], l)).ToList();

        Assert.Equal(3, drafts.Select(d => d.SituationalPicture.Split('\n')[0]).Distinct().Count());
        Assert.Equal(3, drafts.Select(d => d.EffectsOnClients).Distinct().Count());
        Assert.All(drafts, d => Assert.DoesNotContain("\n", d.EffectsOnClients, StringComparison.Ordinal));
        Assert.Equal("No report in the given compilations names the phenomenon's themes.", drafts[2].SituationalPicture.Split('\n')[0]);
        Assert.Equal("The writer describes the phenomenon's effects on clients from the workshops' material.", drafts[2].EffectsOnClients);
        Assert.All(drafts, d => Assert.DoesNotContain(d.Sources, s => s.Contains("kooste", StringComparison.OrdinalIgnoreCase) || s.Contains("ompilation", StringComparison.Ordinal)));
    }

    [Fact]
    public void Rebuild_FromTheHistory_GivesAnEqualReport()
    {
        var report = Ek2024();

        Assert.Equal(report, PhenomenonReport.Rebuild(EK, report.Id, report.History));
    }

    [Fact]
    public void Rebuild_WithAnEntryOutOfOrder_IsInvalidHistory_NamingTheEntry()
    {
        var history = Ek2024().History.ToList();
        (history[3], history[4]) = (history[4], history[3]);

        var e = Assert.Throws<LifecycleException>(() => PhenomenonReport.Rebuild(EK, Ek2024().Id, history));
        Assert.Equal(LifecycleRules.InvalidHistory, e.Code);
        Assert.Contains("Entry 3", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTrips_AndAStatusEditedByHand_IsAProblem()
    {
        var report = Ek2024();
        var json = PhenomenonReportJson.Serialize(report);

        Assert.Equal(report, PhenomenonReportJson.Deserialize(json, EK));
        var edited = json.Replace("\"status\": \"completed\"", "\"status\": \"inProcess\"", StringComparison.Ordinal);
        Assert.False(PhenomenonReportJson.TryDeserialize(edited, EK, out _, out var problems));
        Assert.Contains(problems, p => p.Path == "$.status");
        Assert.False(PhenomenonReportJson.TryDeserialize(json, K, out _, out var wrongRegion));
        Assert.Contains(wrongRegion, p => p.Path == "$.regionId");
    }

    [Theory]
    [InlineData(Language.Finnish, "Tilannekuva", "Esiintyvyys hyvinvointialueen sosiaalipalveluissa")]
    [InlineData(Language.Swedish, "Lägesbild", "Förekomst i välfärdsområdets socialtjänster")]
    [InlineData(Language.English, "Situational picture", "Prevalence in the region's social services")]
    public void Markdown_IsTheFewPageReport_InEachLanguage(Language language, string picture, string prevalence)
    {
        var md = PhenomenonReportExport.ToMarkdown(Ek2024(), EK, language);

        Assert.StartsWith("# " + Ek2024Title, md, StringComparison.Ordinal);
        Assert.Contains("## 1. " + picture, md, StringComparison.Ordinal);
        Assert.Contains("## 3. " + prevalence, md, StringComparison.Ordinal);
        Assert.Contains("| **6** |", md, StringComparison.Ordinal);
        Assert.Contains("HYTE", md, StringComparison.Ordinal);
    }

    [Fact]
    public void ClockCompletions_EK53_CompleteSelectionWorkshopsApprovalAndFeedback_WithoutHandMadeRecords()
    {
        var report = Ek2024();
        var completions = report.ClockCompletions(EK);
        var progress = AnnualClock.For(EK, 2024).Progress(completions, new LocalDate(2024, 12, 31));

        Assert.Contains(completions, c => c.RuleId.Value == "phenomenon-theme-selection" && c.On == new LocalDate(2024, 3, 27));
        Assert.Contains(completions, c => c.RuleId.Value == "phenomenon-workshop" && c.On == new LocalDate(2024, 4, 16));
        Assert.Contains(completions, c => c.RuleId.Value == "phenomenon-report-approval");
        Assert.Contains(completions, c => c.RuleId.Value == "phenomenon-report-feedback");
        foreach (var rule in new[] { "phenomenon-theme-selection", "phenomenon-report-approval", "phenomenon-report-feedback" })
        {
            Assert.Contains(progress.Done, a => a.Rule.Id.Value == rule);
        }
    }

    [Fact]
    public void Evaluator_EKGoalsTable_PhenomenonReportProducedAndApprovedByTheNetwork_IsReadFromTheRealReport()
    {
        var report = Ek2024();

        var without = Evaluator.Evaluate(EK, 2024, [], [], [], [], []);
        var with = Evaluator.Evaluate(EK, 2024, [], [], [report], [], []);

        Assert.Equal(MetricStatus.NotRealized, without.Results.Single(r => r.Metric.Id.Value == "phenomenon-report").Status);
        var result = with.Results.Single(r => r.Metric.Id.Value == "phenomenon-report");
        Assert.Equal(MetricStatus.Realized, result.Status);
        Assert.Contains(Ek2024Title, result.Explanation!.Fi, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivityRecords_OnePerPerformedStep_ByItsActor_ApprovalOnlyAtTheCompletionStep()
    {
        var records = Ek2024().ActivityRecords(EK);

        Assert.Equal(EK.PhenomenonProcess!.Steps.Count - 1, records.Count);
        var approval = Assert.Single(records, r => r.Approved);
        Assert.Equal(new ActorId("network"), approval.Body);
        Assert.Equal(new LocalDate(2024, 9, 10), approval.On);
        Assert.Contains(records, r => r.Body == new ActorId("artu") && !r.Approved);
    }

    [Fact]
    public void Evaluator_PhenomenonReportOfAnotherRegion_IsRegionMismatch()
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(K, 2024, [], [], [Ek2024()], [], []));

        Assert.Equal(EvaluationException.RegionMismatchCode, e.Code);
    }

    [Fact]
    public void DecidedAction_IsClosedByItsResponsibleActor_AsOnCompilations_AndTheHistoryRebuildsIt()
    {
        var report = Ek2024();

        Assert.Equal(LifecycleRules.WrongActor, report.CanChangeActionStatus(EK, 1, ActionStatus.Done, By("coordinator"), On(2025, 3, 1)).Code);
        var done = report.ChangeActionStatus(EK, 1, ActionStatus.Done, By("profession-director"), On(2025, 3, 1), "Konsultaatiomalli käytössä.");

        Assert.Equal(ActionStatus.Done, done.Actions[0].Status);
        Assert.Equal(LifecycleRules.ActionClosed, done.CanChangeActionStatus(EK, 1, ActionStatus.Cancelled, By("artu"), On(2025, 3, 2)).Code);
        Assert.Equal(done, PhenomenonReport.Rebuild(EK, done.Id, done.History));
        Assert.Equal(done, PhenomenonReportJson.Deserialize(PhenomenonReportJson.Serialize(done), EK));
    }
}
