using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

/// <summary>Pins the facts of the two plans in ../shared/seeds (K = Kymenlaakso, EK = Etelä-Karjala).</summary>
public sealed class BuiltInRegionsTests
{
    private static readonly RegionProfile K = BuiltInRegions.Kymenlaakso;
    private static readonly RegionProfile EK = BuiltInRegions.EtelaKarjala;

    // K 3.1 names six actors; K 4.3 adds the supervisor the reporter names ("nimeämälle esihenkilölle").
    [Fact]
    public void K31_And_K43_Actors_AreThePlansActors_InFinnishExactly()
    {
        Assert.Equal(
            [
                "Asiakkaat ja asukkaat",
                "Sosiaalihuollon ammattihenkilöt",
                "Rakenteellisen sosiaalityön työryhmä",
                "Rakenteellisen sosiaalityön johtoryhmä",
                "Hyvinvointialueen sosiaalipalvelujen toimialan johto",
                "Tietojohtaminen",
                "Esihenkilö",
            ],
            K.Actors.Select(a => a.Name.Fi));
        Assert.Equal(
            ["clients-and-residents", "professionals", "working-group", "steering-group", "division-management", "knowledge-management", "supervisor"],
            K.Actors.Select(a => a.Id.Value));
    }

    // EK 4.1, "Rakenteellisen sosiaalityön toimijataulukko" (eight rows), and LAB from 4.1 and 5.3 "Korkeakouluysteistyö".
    [Fact]
    public void EK41_ActorTable_IsComplete_InFinnishExactly()
    {
        Assert.Equal(
            [
                "Sosiaalityön professiojohtaja",
                "Rakenteellisen sosiaalityön vastuuhenkilö",
                "Sosiaalityön verkosto",
                "Toimintayksikön esihenkilö",
                "Vastaava sosiaalityöntekijä",
                "Arjen tuen ja toimintakyvyn johtoryhmä",
                "Potilas- ja asiakasturvallisuusasiantuntija",
                "Sosiaalihuollon ammattihenkilöt",
                "LAB-ammattikorkeakoulu",
            ],
            EK.Actors.Select(a => a.Name.Fi));
    }

    // EK 4.1 actor table, column "Rooli".
    [Theory]
    [InlineData("profession-director", "Rakenteellisen sosiaalityön prosessin omistaja")]
    [InlineData("coordinator", "Rakenteellisen sosiaalityön tiedon kokoaja, esittelijä")]
    [InlineData("network", "Rakenteellisen sosiaalityön menetelmien ja toiminnan kehittäjäverkosto hyvinvointialueella")]
    [InlineData("unit-supervisor", "Rakenteellisen sosiaalityön arjen prosessien seuraaja ja henkilöstön tuki")]
    [InlineData("lead-social-worker", "Rakenteellisen sosiaalityön perehdyttäjä ja tiimin tuki")]
    [InlineData("artu", "Rakenteellisen sosiaalityön tiedolla johtaminen ja laajemmat toimenpiteet")]
    [InlineData("safety-expert", "Lomakepohjaisen sosiaalisen raportoinnin alustan vastuuhenkilö")]
    [InlineData("professionals", "Rakenteellisen sosiaalityön toteuttaja")]
    public void EK41_ActorTable_Roles(string id, string role) =>
        Assert.Equal(role, EK.GetActor(new ActorId(id)).Role!.Fi);

    // EK 4.1 actor table, column "Vastuut": the number of numbered responsibilities per row.
    [Theory]
    [InlineData("profession-director", 3)]
    [InlineData("coordinator", 4)]
    [InlineData("network", 3)]
    [InlineData("unit-supervisor", 3)]
    [InlineData("lead-social-worker", 2)]
    [InlineData("artu", 2)]
    [InlineData("safety-expert", 1)]
    [InlineData("professionals", 2)]
    public void EK41_ActorTable_NumberedResponsibilities(string id, int count) =>
        Assert.Equal(count, EK.GetActor(new ActorId(id)).Responsibilities.Count);

    // EK 4.1 actor table: "1. Lomakepohjaisten sosiaalisten raporttien esittely sosiaalityön verkostossa".
    [Fact]
    public void EK41_Coordinator_FirstResponsibility_IsPresentingReportsInTheNetwork() =>
        Assert.Equal("Lomakepohjaisten sosiaalisten raporttien esittely sosiaalityön verkostossa", EK.GetActor(new ActorId("coordinator")).Responsibilities[0].Fi);

    // EK 4.1 actor table, column "Yhteistyö" of the coordinator.
    [Fact]
    public void EK41_Coordinator_Collaborators_AreActorsAndTheNationalNetwork()
    {
        var collaborators = EK.GetActor(new ActorId("coordinator")).Collaborators;

        Assert.Equal(["network", "artu", "lab"], collaborators.Where(c => c.IsActor).Select(c => c.Actor!.Value.Value));
        Assert.Contains(collaborators, c => c.External?.Fi == "THL:n rakenteellisen sosiaalityön kansallinen kehittäjäverkosto");
    }

    // EK 5.3: "kokoontuu vuoden aikana kesätaukoa lukuun ottamatta kuukausittain"; goals table: "(11 x)".
    [Fact]
    public void EK53_Network_MeetsElevenTimesAYear() =>
        Assert.Equal(11, EK.GetActor(new ActorId("network")).MeetingCadence!.TimesPerYear);

    // K 3.1: the working group and the steering group meet "sovitun aikataulun mukaisesti", with no number.
    [Fact]
    public void K31_Groups_MeetOnAnAgreedSchedule()
    {
        Assert.Null(K.GetActor(new ActorId("working-group")).MeetingCadence!.TimesPerYear);
        Assert.Null(K.GetActor(new ActorId("steering-group")).MeetingCadence!.TimesPerYear);
    }

    [Fact]
    public void Kinds_AreAsThePlansDescribeThem()
    {
        Assert.Equal(ActorKind.ManagementBody, K.GetActor(new ActorId("steering-group")).Kind);
        Assert.Equal(ActorKind.Group, K.GetActor(new ActorId("working-group")).Kind);
        Assert.Equal(ActorKind.ManagementBody, EK.GetActor(new ActorId("artu")).Kind);
        Assert.Equal(ActorKind.ExternalParty, EK.GetActor(new ActorId("lab")).Kind);
    }

    // Business ids: K plan footer "3221311-5"; EK plan end "Y-tunnus: 3221313-1".
    [Fact]
    public void BusinessIds_AreThePlans()
    {
        Assert.Equal("3221311-5", K.BusinessId.Value);
        Assert.Equal("3221313-1", EK.BusinessId.Value);
    }

    [Fact]
    public void Names_AreTheRegionsOfficialNames_InThreeLanguages()
    {
        Assert.Equal("Kymenlaakson hyvinvointialue", K.Name.Fi);
        Assert.Equal("Kymmenedalens välfärdsområde", K.Name.Sv);
        Assert.Equal("Etelä-Karjalan hyvinvointialue", EK.Name.Fi);
        Assert.Equal("Södra Karelens välfärdsområde", EK.Name.Sv);
    }

    // K 1: "on hyväksynyt sosiaalipalveluiden johtoryhmä 15.1.2025"; K states no validity.
    [Fact]
    public void K1_Approval_And_NoStatedValidity()
    {
        var approval = Assert.Single(K.Plan.Approvals);

        Assert.Equal(new LocalDate(2025, 1, 15), approval.On);
        Assert.False(approval.By.IsActor);
        Assert.Null(K.Plan.Validity);
    }

    // EK 2: "Suunnitelma on voimassa 1.1.2025–31.12.2025"; EK 8: approved in the network and in ArTu on 18.12.2024.
    [Fact]
    public void EK2_And_EK8_Validity_And_Approvals()
    {
        Assert.Equal(new LocalDate(2025, 1, 1), EK.Plan.Validity!.Start);
        Assert.Equal(new LocalDate(2025, 12, 31), EK.Plan.Validity.End);
        Assert.Equal(["network", "artu"], EK.Plan.Approvals.Select(a => a.By.Actor!.Value.Value));
        Assert.All(EK.Plan.Approvals, a => Assert.Equal(new LocalDate(2024, 12, 18), a.On));
    }

    // K 7: the steering group updates the plan; it is reviewed yearly. EK 2: the profession director with the network, every December.
    [Fact]
    public void PlanUpkeep_IsAsThePlansSay()
    {
        Assert.Equal("steering-group", K.Plan.Maintenance.Responsible[0].Actor!.Value.Value);
        Assert.Null(K.Plan.Maintenance.ReviewMonth);
        Assert.Equal("profession-director", EK.Plan.Maintenance.Responsible[0].Actor!.Value.Value);
        Assert.Equal(12, EK.Plan.Maintenance.ReviewMonth);
    }

    // K 2 and EK 3: three goals each; the legal basis is 1301/2014 s. 7 with its three duties (K 1, EK 1).
    [Fact]
    public void Goals_And_LegalBasis()
    {
        foreach (var profile in new[] { K, EK })
        {
            Assert.Equal(3, profile.Plan.Goals.Count);
            Assert.Equal("1301/2014", profile.Plan.LegalBasis.Statute);
            Assert.Equal("7", profile.Plan.LegalBasis.Section);
            Assert.Equal(3, profile.Plan.LegalBasis.Duties.Count);
        }

        Assert.StartsWith("Varmistaa toteutussuunnitelmaan kirjattujen", EK.Plan.Goals[0].Fi, StringComparison.Ordinal);
        Assert.StartsWith("luoda pysyväksi tarkoitetut rakenteet", K.Plan.Goals[0].Fi, StringComparison.Ordinal);
    }

    // K 4.1: periods 1.12.–31.5. and 1.6.–30.11.; EK: assumed half-years, stated as an assumption (DOMAIN.md §4).
    [Fact]
    public void PeriodSchemes_AreThePlans()
    {
        Assert.Equal("1.6.–30.11., 1.12.–31.5.", K.ReportingPeriods.ToString());
        Assert.Equal("1.1.–30.6., 1.7.–31.12.", EK.ReportingPeriods.ToString());
        Assert.Contains(EK.Assumptions, a => a.Subject == "reportingPeriods");
        Assert.DoesNotContain(K.Assumptions, a => a.Subject == "reportingPeriods");
    }

    // K 4.3 and figure 1: the professional fills the form on the intranet; it goes "sellaisenaan tiedoksi" to the
    // supervisor the reporter names. Being only for information, the supervisor's step does not hold back the
    // compilation (an assumption the profile states): the report is done when submitted.
    [Fact]
    public void K43_ReportProcess_SubmitThenSupervisorForInformation_DoneOnSubmit()
    {
        var process = K.ReportProcess;

        Assert.Equal(["submit:professionals", "supervisor-informed:supervisor"], Performers(process));
        Assert.Equal(new StepId("submit"), process.CompletionStep.Id);
        Assert.Equal(new StepId("submit"), process.GetStep(new StepId("supervisor-informed")).After);
        Assert.Equal([RecordKind.Remark], process.GetStep(new StepId("supervisor-informed")).MayRecord);
        Assert.Empty(process.GetStep(new StepId("supervisor-informed")).Records);
        Assert.Equal("Ammattilainen täyttää sosiaalisen raportoinnin lomakkeen", process.First.Name.Fi);
        Assert.Contains(K.Assumptions, a => a.Subject == "reportProcess");
    }

    // K 4.3: reports of the half year are compiled → processed in the working group → with the working group's
    // comments to the steering group, which assesses, decides follow-up and names responsible persons → presented to
    // the social services staff at the info session held twice a year (also K 6). Who compiles and who presents is
    // not named: the working group is assumed.
    [Fact]
    public void K43_CompilationProcess_WorkingGroup_SteeringGroup_InfoSession()
    {
        var process = K.CompilationProcess;

        Assert.Equal(
            ["compile:working-group", "working-group-review:working-group", "steering-group-decision:steering-group", "info-session:working-group"],
            Performers(process));
        Assert.Equal(new StepId("info-session"), process.CompletionStep.Id);
        Assert.Equal([RecordKind.Comment], process.GetStep(new StepId("working-group-review")).Records);
        Assert.Equal([RecordKind.Decision], process.GetStep(new StepId("steering-group-decision")).Records);
        Assert.Equal([RecordKind.Assessment, RecordKind.Comment], process.GetStep(new StepId("steering-group-decision")).MayRecord);
        Assert.Equal([RecordKind.Publication], process.GetStep(new StepId("info-session")).Records);
        Assert.Equal(["steering-group-decision", "working-group-review", "compile"], process.RequiredBefore(process.GetStep(new StepId("info-session"))).Select(s => s.Id.Value));
        Assert.Contains(K.Assumptions, a => a.Subject == "compilationProcess");
    }

    // EK 5.3 and annex 1: the professional fills the SoRa form on the Wpro platform; the unit supervisor processes it
    // "prosessin ensimmäisessä vaiheessa"; only the processed report goes into the compilation.
    [Fact]
    public void EK53_ReportProcess_SubmitThenUnitSupervisorReview_DoneWhenReviewed()
    {
        var process = EK.ReportProcess;

        Assert.Equal(["submit:professionals", "supervisor-review:unit-supervisor"], Performers(process));
        Assert.Null(process.CompletesWith);
        Assert.Equal(new StepId("supervisor-review"), process.CompletionStep.Id);
        Assert.Equal([RecordKind.Remark], process.GetStep(new StepId("supervisor-review")).MayRecord);
        Assert.Equal("Ammattilainen täyttää SoRa-lomakkeen Wpro-alustalla", process.First.Name.Fi);
    }

    // EK 4.1 (safety expert, network, ArTu) and 5.3, annex 1: compiled from Wpro in January and August → sent to the
    // profession director and the coordinator → presented by the coordinator in the network, whose observations and
    // solution proposals are recorded as separate entries → ArTu agrees actions, responsibilities and follow-up →
    // feedback back to the network → published on Moodle (by the coordinator: assumed).
    [Fact]
    public void EK53_CompilationProcess_SafetyExpert_Network_ArTu_Moodle()
    {
        var process = EK.CompilationProcess;

        Assert.Equal(
            [
                "compile:safety-expert",
                "send-to-director-and-coordinator:safety-expert",
                "network-review:network",
                "artu-decision:artu",
                "feedback-to-network:artu",
                "publish-moodle:coordinator",
            ],
            Performers(process));
        Assert.Equal(new StepId("publish-moodle"), process.CompletionStep.Id);
        Assert.Equal(StepDue.InMonthsOf(1, 8), process.GetStep(new StepId("compile")).Due);
        Assert.Equal(StepDue.InMonthsOf(1, 8), process.GetStep(new StepId("network-review")).Due);
        Assert.Equal([RecordKind.Observation], process.GetStep(new StepId("network-review")).Records);
        Assert.Equal([RecordKind.SolutionProposal, RecordKind.Comment], process.GetStep(new StepId("network-review")).MayRecord);
        Assert.Equal([RecordKind.Decision], process.GetStep(new StepId("artu-decision")).Records);
        Assert.Equal([RecordKind.Feedback], process.GetStep(new StepId("feedback-to-network")).Records);
        Assert.Equal([RecordKind.Publication], process.GetStep(new StepId("publish-moodle")).Records);
        Assert.Contains(EK.Assumptions, a => a.Subject == "compilationProcess");
    }

    [Fact]
    public void EveryStep_HasAPlanSection_AndALinearOrderUnlessStated()
    {
        foreach (var process in new[] { K.ReportProcess, K.CompilationProcess, EK.ReportProcess, EK.CompilationProcess })
        {
            Assert.All(process.Steps, s => Assert.False(string.IsNullOrWhiteSpace(s.Source), $"Step '{s.Id}' names no plan section."));
            Assert.All(process.Steps.Skip(1), s => Assert.Equal(process.Steps[process.Steps.ToList().IndexOf(s) - 1], process.Predecessor(s)));
        }
    }

    // Neither plan lists the region's services (EK 4.1 only says the network has 1–2 members "jokaisesta palvelusta"):
    // both profiles carry an assumed generic list and say so.
    [Fact]
    public void Services_AreAnAssumedGenericList()
    {
        foreach (var profile in new[] { K, EK })
        {
            Assert.Equal(10, profile.Services.Count);
            Assert.Equal("Lastensuojelu", profile.FindService(new ServiceId("child-welfare"))!.Name.Fi);
            Assert.Equal("Opiskeluhuolto (koulukuraattorit)", profile.FindService(new ServiceId("student-welfare"))!.Name.Fi);
            Assert.Contains(profile.Assumptions, a => a.Subject == "services");
        }
    }

    [Fact]
    public void EveryLabel_HasSwedishAndEnglish()
    {
        foreach (var profile in new[] { K, EK })
        {
            var labels = profile.Actors.SelectMany(a => new[] { a.Name, a.Role, a.Composition, a.MeetingCadence?.Description }
                .Concat(a.Responsibilities).Concat(a.Collaborators.Select(c => c.External)))
                .Append(profile.Name).Append(profile.Plan.Title).Concat(profile.Plan.Goals).Concat(profile.Plan.LegalBasis.Duties)
                .Concat(profile.Services.Select(s => s.Name))
                .Concat(profile.ReportProcess.Steps.Concat(profile.CompilationProcess.Steps).Select(s => s.Name))
                .Concat(profile.Assumptions.Select(a => a.Text))
                .OfType<LocalizedText>();

            Assert.All(labels, l => Assert.True(l.Has(Language.Swedish) && l.Has(Language.English), $"'{l.Fi}' lacks a translation."));
        }
    }

    [Fact]
    public void Get_UnknownId_NamesTheBuiltInOnes()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => BuiltInRegions.Get(new RegionId("lappi")));

        Assert.Equal("There is no built-in region profile 'lappi'. The built-in profiles are: kymenlaakso, etela-karjala.", error.Message);
    }

    [Fact]
    public void Json_UnknownId_NamesTheBuiltInOnes_AndAKnownOneIsTheShippedText()
    {
        var error = Assert.Throws<KeyNotFoundException>(() => BuiltInRegions.Json(new RegionId("lappi")));

        Assert.Equal("There is no built-in region profile 'lappi'. The built-in profiles are: kymenlaakso, etela-karjala.", error.Message);
        Assert.All(BuiltInRegions.Ids, id => Assert.Equal(BuiltInRegions.Get(id), RegionProfileJson.Load(BuiltInRegions.Json(id))));
    }

    [Fact]
    public void BuiltInProfiles_AreValid() =>
        Assert.All(BuiltInRegions.Ids, id => Assert.Empty(BuiltInRegions.Get(id).Validate()));

    private static string[] Performers(ProcessDefinition process) =>
        process.Steps.Select(s => $"{s.Id}:{s.PerformedBy}").ToArray();
}
