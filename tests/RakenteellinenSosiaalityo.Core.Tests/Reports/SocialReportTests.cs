using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;
using RakenteellinenSosiaalityo.Core.Phenomena;

namespace RakenteellinenSosiaalityo.Core.Tests.Reports;

public sealed class SocialReportTests
{
    public static TheoryData<string> Regions => new() { "kymenlaakso", "etela-karjala" };

    // K 4.3 and figure 1: the professional fills in the form, which goes as such, for information, to the supervisor the
    // reporter names; the report is then ready for the half year's compilation.
    [Fact]
    public void Kymenlaakso_4_3_SubmitThenSupervisorInformed_WalksEndToEnd()
    {
        var profile = Kymenlaakso;
        var draft = Draft(profile);
        Assert.Equal(LifecycleStatus.Draft, draft.Status);
        Assert.Null(draft.SubmittedAt);
        Assert.Equal(["submit"], draft.PendingSteps(profile).Select(s => s.Id.Value));

        var submitted = draft.Submit(profile, By("professionals", "Sanna Sosiaalityöntekijä"), At(1));
        Assert.Equal(LifecycleStatus.Completed, submitted.Status);
        Assert.True(submitted.IsReadyForCompilation);
        Assert.Equal(At(1), submitted.SubmittedAt);
        Assert.Equal(["supervisor-informed"], submitted.PendingSteps(profile).Select(s => s.Id.Value));

        var informed = submitted.Perform(profile, new StepId("supervisor-informed"), By("supervisor", "Eeva Esihenkilö"), At(2), new RecordEntry(RecordKind.Remark, "Tuodaan työryhmän käsittelyyn."));
        Assert.Equal(["submit", "supervisor-informed"], informed.PerformedSteps.Select(s => s.Value));
        Assert.Empty(informed.PendingSteps(profile));
        Assert.Equal("Tuodaan työryhmän käsittelyyn.", Assert.Single(informed.Recorded(RecordKind.Remark)).Text);
        Assert.Equal(
            [LifecycleAction.Created, LifecycleAction.StepPerformed, LifecycleAction.StepPerformed],
            informed.History.Select(e => e.Action));
        Assert.Equal("Eeva Esihenkilö", informed.History[^1].By.Person);
        Assert.Equal(new ActorId("supervisor"), informed.History[^1].By.Actor);
    }

    // EK 5.3 and annex 1: the professional fills in the SoRa form on Wpro; the unit supervisor processes it (first phase);
    // processed reports go into the semiannual compilation.
    [Fact]
    public void EtelaKarjala_5_3_SubmitRemarkThenSupervisorReview_WalksEndToEnd()
    {
        var profile = EtelaKarjala;
        var submitted = Submitted(profile);
        Assert.Equal(LifecycleStatus.InProcess, submitted.Status);
        Assert.False(submitted.IsReadyForCompilation);

        var remarked = submitted.Record(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2), new RecordEntry(RecordKind.Remark, "Käsitellään tiimissä."));
        Assert.Equal(LifecycleStatus.InProcess, remarked.Status);
        Assert.Equal(LifecycleAction.EntryRecorded, remarked.History[^1].Action);

        var processed = remarked.Perform(profile, new StepId("supervisor-review"), By("unit-supervisor", "Eeva Esihenkilö"), At(3));
        Assert.Equal(LifecycleStatus.Completed, processed.Status);
        Assert.True(processed.IsReadyForCompilation);
        Assert.Equal(["submit", "supervisor-review"], processed.PerformedSteps.Select(s => s.Value));
        Assert.Single(processed.Recorded(RecordKind.Remark));
        Assert.Equal(4, processed.History.Count);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void EveryStep_ByAnyOtherActor_IsRefusedNamingActorStepAndReport(string regionId)
    {
        var profile = BuiltInRegions.Get(new RegionId(regionId));
        var report = Draft(profile);
        foreach (var step in profile.ReportProcess.Steps)
        {
            foreach (var actor in profile.Actors.Where(a => a.Id != step.PerformedBy))
            {
                var by = new Performer(actor.Id);
                var check = report.CanPerform(profile, step.Id, by, At(5));
                Assert.False(check.IsAllowed);
                Assert.Equal(LifecycleRules.WrongActor, check.Code);

                var e = Assert.Throws<LifecycleException>(() => report.Perform(profile, step.Id, by, At(5)));
                Assert.Equal(LifecycleRules.WrongActor, e.Code);
                Assert.Equal(step.Id, e.StepId);
                Assert.Equal(actor.Id, e.Actor);
                Assert.Equal("report R-17", e.Subject);
                Assert.Contains("report R-17", e.Message, StringComparison.Ordinal);
                Assert.Contains($"'{step.Id}'", e.Message, StringComparison.Ordinal);
                Assert.Contains(profile.GetActor(step.PerformedBy).Name.Fi, e.Message, StringComparison.Ordinal);
                Assert.Contains(actor.Name.Fi, e.Message, StringComparison.Ordinal);
            }

            if (step != profile.ReportProcess.First)
            {
                continue;
            }

            report = report.Perform(profile, step.Id, new Performer(step.PerformedBy), At(4));
        }
    }

    [Fact]
    public void WrongActor_Message_ReadsAsTheDesignSays()
    {
        var profile = EtelaKarjala;
        var e = Assert.Throws<LifecycleException>(() => Submitted(profile).Perform(profile, new StepId("supervisor-review"), By("network"), At(2)));

        Assert.Equal(
            "Step 'supervisor-review' of report R-17 must be performed by 'Toimintayksikön esihenkilö' (unit-supervisor), not 'Sosiaalityön verkosto' (network).",
            e.Message);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void SupervisorStep_BeforeSubmit_IsRefusedAsOutOfOrder(string regionId)
    {
        var profile = BuiltInRegions.Get(new RegionId(regionId));
        var second = profile.ReportProcess.Steps[1];

        var e = Assert.Throws<LifecycleException>(() => Draft(profile).Perform(profile, second.Id, new Performer(second.PerformedBy), At(1)));

        Assert.Equal(LifecycleRules.StepOutOfOrder, e.Code);
        Assert.Contains("starts with step 'submit'", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Regions))]
    public void SameStepTwice_IsRefused_NeverIgnored(string regionId)
    {
        var profile = BuiltInRegions.Get(new RegionId(regionId));
        var submitted = Submitted(profile);
        var second = profile.ReportProcess.Steps[1];
        var done = submitted.Perform(profile, second.Id, new Performer(second.PerformedBy), At(2));

        Assert.Equal(LifecycleRules.StepAlreadyPerformed, Assert.Throws<LifecycleException>(() => submitted.Submit(profile, By("professionals"), At(3))).Code);
        Assert.Equal(LifecycleRules.StepAlreadyPerformed, Assert.Throws<LifecycleException>(() => done.Perform(profile, second.Id, new Performer(second.PerformedBy), At(3))).Code);
    }

    [Fact]
    public void UnknownStep_IsRefusedListingTheSteps()
    {
        var profile = EtelaKarjala;

        var e = Assert.Throws<LifecycleException>(() => Submitted(profile).Perform(profile, new StepId("approve"), By("unit-supervisor"), At(2)));

        Assert.Equal(LifecycleRules.UnknownStep, e.Code);
        Assert.Contains("submit, supervisor-review", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdrawn_IsFinal()
    {
        var profile = EtelaKarjala;
        var withdrawn = Submitted(profile).Withdraw(profile, By("professionals"), At(2), "Tehty vahingossa kahteen kertaan.");

        Assert.Equal(LifecycleStatus.Withdrawn, withdrawn.Status);
        Assert.Empty(withdrawn.PendingSteps(profile));
        Assert.Equal(LifecycleRules.Withdrawn, Assert.Throws<LifecycleException>(() => withdrawn.Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(3))).Code);
        Assert.Equal(LifecycleRules.Withdrawn, Assert.Throws<LifecycleException>(() => withdrawn.Withdraw(profile, By("professionals"), At(3))).Code);
        Assert.Equal(LifecycleRules.Withdrawn, withdrawn.CanRevise(profile, Content(), By("professionals"), At(3)).Code);
    }

    [Fact]
    public void Withdrawn_IsRebuiltFromItsHistory_AndSaysSoInWords()
    {
        var profile = EtelaKarjala;
        var withdrawn = Submitted(profile).Withdraw(profile, By("professionals"), At(2), "Tehty vahingossa kahteen kertaan.");

        var rebuilt = SocialReport.Rebuild(profile, withdrawn.Id, withdrawn.History);

        Assert.Equal(withdrawn, rebuilt);
        Assert.Equal(LifecycleStatus.Withdrawn, rebuilt.Status);
        Assert.Equal("Tehty vahingossa kahteen kertaan.", rebuilt.History[^1].Reason);
        Assert.Equal("report R-17 (etela-karjala): Withdrawn", rebuilt.ToString());
        Assert.Equal("report R-17 (etela-karjala): InProcess", Submitted(profile).ToString());
    }

    [Fact]
    public void Rebuild_OfAHistoryCreatingTheReportTwice_NamesTheEntry()
    {
        var profile = EtelaKarjala;
        var live = Submitted(profile);

        var e = Assert.Throws<LifecycleException>(() => SocialReport.Rebuild(profile, live.Id, [.. live.History, live.History[0]]));

        Assert.Equal(LifecycleRules.InvalidHistory, e.Code);
        Assert.Equal("report R-17", e.Subject);
        Assert.Equal("Entry 2 of the history of report R-17 creates the report again.", e.Message);
    }

    [Fact]
    public void Content_NamingAnAreaOfARegionWithoutAreas_IsRefused_SayingToLeaveItOut()
    {
        var profile = EtelaKarjala;
        Assert.Empty(profile.Areas);
        var content = Content() with { AreaId = "imatra" };

        var check = Draft(profile).CanRevise(profile, content, By("professionals"), At(1));
        var e = Assert.Throws<LifecycleException>(() => SocialReport.Create(profile, new ReportId("R-18"), content, By("professionals"), Start));

        Assert.Equal(LifecycleRules.UnknownArea, check.Code);
        Assert.Equal(
            "The content of report R-17 names municipality or area 'imatra' (areaId), which region 'etela-karjala' does not have. Use one of: none; leave areaId out.",
            check.Message);
        Assert.Equal(LifecycleRules.UnknownArea, e.Code);
        Assert.StartsWith("The content of report R-18 names municipality or area 'imatra'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Withdraw_ByTheSupervisor_IsRefused()
    {
        var profile = EtelaKarjala;

        var e = Assert.Throws<LifecycleException>(() => Submitted(profile).Withdraw(profile, By("unit-supervisor"), At(2)));

        Assert.Equal(LifecycleRules.WrongActor, e.Code);
    }

    [Fact]
    public void ReturnForCompletion_RestartsTheRound_KeepsHistoryAndFirstSubmission()
    {
        var profile = EtelaKarjala;
        var submitted = Submitted(profile);

        var returned = submitted.ReturnForCompletion(profile, By("unit-supervisor"), At(2), "Kuvaa ilmiön laajuus tarkemmin.");
        Assert.Equal(LifecycleStatus.Returned, returned.Status);
        Assert.Empty(returned.PerformedSteps);
        Assert.Equal(["submit"], returned.PendingSteps(profile).Select(s => s.Id.Value));
        Assert.Equal(LifecycleRules.StepOutOfOrder, returned.CanPerform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(3)).Code);

        var revised = returned.Revise(profile, Content(description: "Ilmiö koskee noin kolmannesta asiakasperheistä."), By("professionals"), At(3));
        var resubmitted = revised.Submit(profile, By("professionals"), At(4));
        var processed = resubmitted.Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(5));

        Assert.Equal(LifecycleStatus.Completed, processed.Status);
        Assert.Equal(At(1), processed.SubmittedAt);
        Assert.Equal("Ilmiö koskee noin kolmannesta asiakasperheistä.", processed.Content.Description);
        Assert.Equal(Content().Description, processed.History[0].Content!.Description);
        Assert.Equal(
            [LifecycleAction.Created, LifecycleAction.StepPerformed, LifecycleAction.ReturnedForCompletion, LifecycleAction.Revised, LifecycleAction.StepPerformed, LifecycleAction.StepPerformed],
            processed.History.Select(e => e.Action));
    }

    [Fact]
    public void ReturnForCompletion_ByAnActorWithNoPendingStep_IsRefused()
    {
        var profile = EtelaKarjala;

        var e = Assert.Throws<LifecycleException>(() => Submitted(profile).ReturnForCompletion(profile, By("network"), At(2), "Täydennä."));

        Assert.Equal(LifecycleRules.WrongActor, e.Code);
        Assert.Contains("'Toimintayksikön esihenkilö' (unit-supervisor) at step 'supervisor-review'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Revise_AfterSubmit_IsRefused()
    {
        var profile = EtelaKarjala;

        Assert.Equal(LifecycleRules.NotEditable, Assert.Throws<LifecycleException>(() => Submitted(profile).Revise(profile, Content(), By("professionals"), At(2))).Code);
    }

    [Fact]
    public void Operation_DatedBeforeTheLastEntry_IsRefused()
    {
        var profile = EtelaKarjala;

        var e = Assert.Throws<LifecycleException>(() => Submitted(profile).Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), Start - Duration.FromDays(1)));

        Assert.Equal(LifecycleRules.TimeOutOfOrder, e.Code);
    }

    [Fact]
    public void Entry_OfAKindTheStepDoesNotRecord_IsRefused()
    {
        var profile = EtelaKarjala;

        var e = Assert.Throws<LifecycleException>(() => Submitted(profile).Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2), new RecordEntry(RecordKind.Decision, "Päätös.")));

        Assert.Equal(LifecycleRules.RecordNotAccepted, e.Code);
        Assert.Contains("it records remark", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Step_ThatMustRecord_WithoutTheRecord_IsRefused()
    {
        var profile = EtelaKarjala with
        {
            ReportProcess = new ProcessDefinition(
            [
                EtelaKarjala.ReportProcess.Steps[0],
                EtelaKarjala.ReportProcess.Steps[1] with { Records = [RecordKind.Remark], MayRecord = [] },
            ]),
        };

        var e = Assert.Throws<LifecycleException>(() => Submitted(profile).Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2)));

        Assert.Equal(LifecycleRules.RecordMissing, e.Code);
        var done = Submitted(profile).Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2), new RecordEntry(RecordKind.Remark, "Huomio."));
        Assert.Equal(LifecycleStatus.Completed, done.Status);
    }

    [Fact]
    public void Create_WithAServiceTheRegionDoesNotHave_IsRefused()
    {
        var e = Assert.Throws<LifecycleException>(() => Draft(EtelaKarjala, content: Content(serviceId: new ServiceId("space-travel"))));

        Assert.Equal(LifecycleRules.UnknownService, e.Code);
        Assert.Contains("'space-travel'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_WithAThemeTheRegionDoesNotHave_IsRefused()
    {
        var e = Assert.Throws<LifecycleException>(() => Draft(EtelaKarjala, content: Content() with { Themes = [new ThemeId("housing"), new ThemeId("space-travel")] }));

        Assert.Equal(LifecycleRules.UnknownTheme, e.Code);
        Assert.Contains("'space-travel'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_ByAnotherActorThanTheSubmitter_IsRefused()
    {
        var e = Assert.Throws<LifecycleException>(() => SocialReport.Create(EtelaKarjala, new ReportId("R-1"), Content(), By("artu"), Start));

        Assert.Equal(LifecycleRules.WrongActor, e.Code);
    }

    [Fact]
    public void Operation_WithAnotherRegionsProfile_IsRefused()
    {
        var report = Submitted(EtelaKarjala);

        var e = Assert.Throws<LifecycleException>(() => report.Perform(Kymenlaakso, new StepId("supervisor-informed"), By("supervisor"), At(2)));

        Assert.Equal(LifecycleRules.RegionMismatch, e.Code);
    }

    [Fact]
    public void Operations_NeverChangeTheReportTheyStartFrom()
    {
        var profile = EtelaKarjala;
        var submitted = Submitted(profile);
        var copy = SocialReport.Rebuild(profile, submitted.Id, submitted.History);

        _ = submitted.Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2));

        Assert.Equal(copy, submitted);
        Assert.Equal(LifecycleStatus.InProcess, submitted.Status);
    }

    [Fact]
    public void Rebuild_FromHistory_EqualsTheLiveReport()
    {
        var profile = EtelaKarjala;
        var live = Submitted(profile)
            .ReturnForCompletion(profile, By("unit-supervisor"), At(2), "Täydennä.")
            .Revise(profile, Content(description: "Uusi kuvaus."), By("professionals"), At(3))
            .Submit(profile, By("professionals"), At(4))
            .Record(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(5), new RecordEntry(RecordKind.Remark, "Hyvä."))
            .Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(6));

        Assert.Equal(live, SocialReport.Rebuild(profile, live.Id, live.History));
    }

    [Fact]
    public void Rebuild_OfAnImpossibleHistory_NamesTheEntry()
    {
        var profile = EtelaKarjala;
        var live = Submitted(profile).Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2));
        var skipped = new[] { live.History[0], live.History[2] };

        var e = Assert.Throws<LifecycleException>(() => SocialReport.Rebuild(profile, live.Id, skipped));

        Assert.Equal(LifecycleRules.InvalidHistory, e.Code);
        Assert.Equal("report R-17", e.Subject);
        Assert.StartsWith("Entry 1 of the history of report R-17 is not possible: ", e.Message, StringComparison.Ordinal);
        Assert.EndsWith($" [{LifecycleRules.StepOutOfOrder}]", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("description", "Asiakas 131052-308T kertoi tilanteesta.", PersonalDataKind.PersonalIdentityCode)]
    [InlineData("title", "Soita 040 123 4567", PersonalDataKind.PhoneNumber)]
    [InlineData("actionProposals[0]", "Yhteys matti.meikalainen@example.fi", PersonalDataKind.EmailAddress)]
    public void Submit_WithPersonalData_IsRefusedNamingFieldAndKindButNotTheValue(string field, string text, PersonalDataKind kind)
    {
        var profile = EtelaKarjala;
        var content = field switch
        {
            "description" => Content() with { Description = text },
            "title" => Content() with { Title = text },
            _ => Content() with { ActionProposals = [text] },
        };
        var draft = Draft(profile, content: content);

        var check = draft.CanSubmit(profile, By("professionals"), At(1));
        var e = Assert.Throws<PersonalDataException>(() => draft.Submit(profile, By("professionals"), At(1)));

        Assert.Equal(LifecycleRules.PersonalData, check.Code);
        Assert.Equal(LifecycleRules.PersonalData, e.Code);
        Assert.Equal(e.Message, check.Message);
        Assert.Equal(check.Findings, e.Findings);
        Assert.Contains("report R-17", e.Message, StringComparison.Ordinal);
        var finding = Assert.Single(e.Findings);
        Assert.Equal(field, finding.Field);
        Assert.Equal(kind, finding.Kind);
        var value = text.Substring(finding.Start, finding.Length);
        Assert.DoesNotContain(value, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(value, check.Message!, StringComparison.Ordinal);
        Assert.Contains($"'{field}'", e.Message, StringComparison.Ordinal);

        var redacted = draft.Revise(profile, content.Redacted(), By("professionals"), At(1)).Submit(profile, By("professionals"), At(2));
        Assert.Equal(LifecycleStatus.InProcess, redacted.Status);
        Assert.Empty(redacted.Content.FindPersonalData());
    }

    [Theory]
    [InlineData("1.12.–31.5. kausi, laki 1301/2014, Y-tunnus 3221313-1, virheellinen 131052-308U.")]
    [InlineData("Kooste 18.12.2024 ja 2025-01-15; 321 rekisteröintiä.")]
    public void Submit_WithLookAlikes_IsAllowed(string description)
    {
        var profile = EtelaKarjala;

        var submitted = Draft(profile, content: Content(description: description)).Submit(profile, By("professionals"), At(1));

        Assert.Equal(LifecycleStatus.InProcess, submitted.Status);
    }

    [Fact]
    public void SupervisorRemark_WithAPhoneNumber_IsRefused()
    {
        var profile = EtelaKarjala;

        var e = Assert.Throws<PersonalDataException>(() => Submitted(profile).Record(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2), new RecordEntry(RecordKind.Remark, "Soita +358 40 123 4567")));

        Assert.Equal("entries[0].text", Assert.Single(e.Findings).Field);
        Assert.DoesNotContain("123 4567", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SupervisorRemark_WithAPhoneNumber_RefusalCarriesTheFindingsItThrows()
    {
        var profile = EtelaKarjala;
        var report = Submitted(profile);
        var remark = new RecordEntry(RecordKind.Remark, "Soita +358 40 123 4567 tai a.b@example.com");

        var check = report.CanRecord(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2), remark);
        var e = Assert.Throws<PersonalDataException>(() => report.Record(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2), remark));

        Assert.Equal([PersonalDataKind.PhoneNumber, PersonalDataKind.EmailAddress], check.Findings.Select(f => f.Kind));
        Assert.Equal(check.Findings, e.Findings);
        Assert.Empty(report.CanRecord(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2), new RecordEntry(RecordKind.Remark, "Hyvä")).Findings);
    }

    [Fact]
    public void PerformerPerson_WithAnEmail_IsRefused_SoNoHistoryCarriesIt()
    {
        var e = Assert.Throws<PersonalDataException>(() => By("unit-supervisor", "eeva.esihenkilo@example.fi"));

        Assert.Equal("person", Assert.Single(e.Findings).Field);
        Assert.DoesNotContain("example.fi", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReturnReason_WithAnEmail_IsRefused()
    {
        var profile = EtelaKarjala;

        var e = Assert.Throws<PersonalDataException>(() => Submitted(profile).ReturnForCompletion(profile, By("unit-supervisor"), At(2), "Kysy a.b@example.com"));

        Assert.Equal(PersonalDataKind.EmailAddress, Assert.Single(e.Findings).Kind);
    }

    [Fact]
    public void Content_Guards_RejectEmptyAuthorsAndBlankText()
    {
        Assert.Throws<ArgumentException>(() => Content() with { Authors = [] });
        Assert.Throws<ArgumentException>(() => Content() with { Title = " " });
        Assert.Throws<ArgumentException>(() => Content() with { ClientGroups = ["ok", ""] });
        Assert.Throws<ArgumentException>(() => Content() with { Subjects = [ReportSubject.ClientNeeds, ReportSubject.ClientNeeds] });
        Assert.ThrowsAny<ArgumentException>(() => new ReportAuthor("X", Profession.Other));
        Assert.Throws<ArgumentException>(() => new ReportAuthor("X", Profession.SocialWorker, "kuraattori"));
        Assert.Equal("perhetyöntekijä", new ReportAuthor("X", Profession.Other, "perhetyöntekijä").OtherProfession);
        Assert.Throws<ArgumentException>(() => new ReportId("R 17"));
        Assert.Throws<ArgumentException>(() => new ReportId("-R"));
        Assert.Equal("2025.R_17-b", new ReportId("2025.R_17-b").ToString());
    }
}
