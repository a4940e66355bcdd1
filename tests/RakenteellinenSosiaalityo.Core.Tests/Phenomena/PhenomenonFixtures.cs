using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Reports;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>Reports, compilations and phenomenon reports of the built-in regions for the phenomenon tests.</summary>
internal static class PhenomenonFixtures
{
    public const string Substance = "substance-use-mental-health-illness";

    public const string Ek2024Title = "Päihde- ja riippuvuusongelmat Etelä-Karjalan hyvinvointialueen sosiaalipalveluissa";

    public static Performer By(string actor) => new(new ActorId(actor));

    public static Performer By(ActorId actor) => new(actor);

    /// <summary>Completed reports of the period holding <paramref name="inPeriod"/>, one per (service, themes).</summary>
    public static IReadOnlyList<SocialReport> Reports(RegionProfile profile, LocalDate inPeriod, string prefix, params (string Service, string[] Themes)[] specs)
    {
        var submitted = FinnishTime.StartOf(inPeriod) + Duration.FromHours(9);
        return specs.Select((s, i) =>
        {
            var content = ReportFixtures.Content(serviceId: new ServiceId(s.Service)) with { Themes = s.Themes.Select(t => new ThemeId(t)).ToArray() };
            var report = SocialReport.Create(profile, new ReportId($"{prefix}-{i + 1}"), content, By("professionals"), submitted)
                .Submit(profile, By("professionals"), submitted + Duration.FromHours(1));
            return report.IsReadyForCompilation ? report : report.Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), submitted + Duration.FromHours(2));
        }).ToList();
    }

    /// <summary>The compilation of the period holding <paramref name="inPeriod"/>, made ten days after the period ends.</summary>
    public static Compilation Compile(RegionProfile profile, LocalDate inPeriod, IReadOnlyList<SocialReport> reports, params Compilation[] previous)
    {
        var period = profile.ReportingPeriods.PeriodFor(inPeriod);
        var cutoff = FinnishTime.StartOf(period.End.PlusDays(10));
        var content = Compiler.Compile(profile, period, cutoff, reports, previous.Select(p => p.Content));
        return Compilation.Create(profile, content, By(profile.CompilationProcess.First.PerformedBy), cutoff);
    }

    /// <summary>
    /// EK's compilations before the 2024 report: 2023 spring (two substance reports from adult social work) and 2023
    /// autumn (three substance reports from adult social work, one from child welfare, two housing reports).
    /// </summary>
    public static IReadOnlyList<Compilation> Ek2023Compilations()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var spring = Compile(ek, new LocalDate(2023, 3, 1), Reports(ek, new LocalDate(2023, 3, 1), "S23", ("adult-social-work", [Substance]), ("adult-social-work", [Substance]), ("child-welfare", ["housing"])));
        var autumn = Compile(
            ek,
            new LocalDate(2023, 9, 1),
            Reports(ek, new LocalDate(2023, 9, 1), "A23", ("adult-social-work", [Substance]), ("adult-social-work", [Substance]), ("adult-social-work", [Substance, "housing"]), ("child-welfare", [Substance]), ("disability-services", ["housing"]), ("child-welfare", ["housing"])),
            spring);
        return [spring, autumn];
    }

    public static Instant On(int year, int month, int day) => FinnishTime.StartOf(new LocalDate(year, month, day)) + Duration.FromHours(10);

    /// <summary>EK 5.1: the 2024 report, chosen per the HYTE priorities and the housing-first work, supported by national themes.</summary>
    public static PhenomenonSelection Ek2024Selection() => new(
        2024,
        Ek2024Title,
        [new ThemeId(Substance)],
        [
            new SelectionReason(CandidateSource.HytePriorities, "Voimassa olevat HYTE-kärjet."),
            new SelectionReason(CandidateSource.Strategy, "Etelä-Karjalassa aloitettu asunto ensin -kehittäminen."),
            new SelectionReason(CandidateSource.NationalThemes, "Rakenteellisen sosiaalityön kansallisen kehittämisen aiheet tukivat valintaa."),
        ],
        "Valittu HYTE-kärkien mukaisesti ja asunto ensin -kehittämisen tueksi (EK 5.1).");

    /// <summary>One small-group interview of the 2024 workshops (EK 5.1).</summary>
    public static WorkshopSession Ek2024Interview(int day, string serviceId, string shows) => Ek2024Interview(day, new ServiceId(serviceId), shows);

    private static WorkshopSession Ek2024Interview(int day, ServiceId service, string shows) => new(
        1,
        new LocalDate(2024, 4, day),
        WorkshopMethod.SmallGroupInterview,
        new WorkshopParticipants([new ActorId("network"), new ActorId("coordinator")], [service], 4),
        [
            new WorkshopInput(WorkshopInputKind.HowItShows, shows, service),
            new WorkshopInput(WorkshopInputKind.Extent, $"Ilmiö koskettaa useimpia asiakkaita palvelussa {service}.", service),
            new WorkshopInput(WorkshopInputKind.Proposals, $"Päihdetyön konsultaatio palveluun {service}.", service),
            new WorkshopInput(WorkshopInputKind.OtherKnowledge, "THL:n päihdetilastot 2023.", null),
            new WorkshopInput(WorkshopInputKind.HowItShows, $"Anonymisoitu tapauskuvaus asunnottomuuden kierteestä ({service}).", service, caseDescription: true, anonymized: true),
        ]);

    /// <summary>The EK 2024 report walked up to and including the step <paramref name="through"/> (null: every step).</summary>
    public static PhenomenonReport Ek2024(string? through = null)
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var compilations = Ek2023Compilations();
        var report = PhenomenonReport.Choose(ek, PhenomenonReportId.For(ek.Id, 2024), Ek2024Selection(), By("network"), On(2024, 3, 27));
        if (through == "choose-theme")
        {
            return report;
        }

        report = report
            .RecordWorkshop(ek, Ek2024Interview(16, "adult-social-work", "Päihteiden käyttö näkyy aikuissosiaalityössä asumisen ongelmina."), By("network"), On(2024, 4, 16))
            .RecordWorkshop(ek, Ek2024Interview(23, "child-welfare", "Vanhempien päihteiden käyttö näkyy lastensuojelun ilmoituksissa."), By("network"), On(2024, 4, 23))
            .Perform(ek, new StepId("workshops"), By("network"), On(2024, 5, 28), []);
        if (through == "workshops")
        {
            return report;
        }

        var draft = report.ComposeDraft(ek, compilations);
        report = report
            .Write(ek, draft with { EffectsOnClients = "Päihdeongelmat heikentävät asumisen, toimeentulon ja lasten hyvinvoinnin edellytyksiä." }, compilations, By("coordinator"), On(2024, 6, 10))
            .Perform(ek, new StepId("write-report"), By("coordinator"), On(2024, 6, 14), []);
        if (through == "write-report")
        {
            return report;
        }

        report = report.Perform(ek, new StepId("network-approval"), By("network"), On(2024, 9, 10), [new RecordEntry(RecordKind.Assessment, "Raportti kuvaa ilmiön kattavasti; hyväksytään.")]);
        if (through == "network-approval")
        {
            return report;
        }

        return report
            .Perform(ek, new StepId("hand-over"), By("network"), On(2024, 9, 11), [new RecordEntry(RecordKind.Publication, "Annettu tiedoksi HYTE-johtajalle ja johtoryhmälle.")], recipients: ek.PhenomenonReports!.Recipients.Where(r => !r.IsActor).ToList())
            .Perform(ek, new StepId("artu-handling"), By("artu"), On(2024, 10, 2), [], [new ActionDecision("Päihdetyön konsultaatiomalli aikuissosiaalityöhön.", ActionResponsible.OfActor("profession-director"), new LocalDate(2025, 3, 31))])
            .Perform(ek, new StepId("feedback-review"), By("network"), On(2024, 11, 12), [new RecordEntry(RecordKind.Feedback, "HYTE-ohjausryhmä hyödynsi raporttia kuntaneuvottelussa.")]);
    }
}
