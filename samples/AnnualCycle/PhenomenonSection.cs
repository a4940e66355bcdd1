using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// The year's phenomenon-based report of the main job: proposes candidates from the year's compilations, chooses the
/// first, records a session of every workshop, composes and writes the report, performs every step of the region's
/// phenomenon process by the actors the profile names (with decisions, recipients and feedback where a step records
/// them), prints the report and, with <c>--ics &lt;path&gt;</c>, writes its Markdown and JSON beside the calendar.
/// Everything region-specific comes from the profile.
/// </summary>
internal static class PhenomenonSection
{
    public static bool Write(RegionProfile profile, int year, Language language, IReadOnlyList<Compilation> compilations, string? outputPath, TextWriter output, TextWriter error, out PhenomenonReport? report)
    {
        report = null;
        if (profile.PhenomenonProcess is not { } process || profile.PhenomenonReports is not { } settings)
        {
            return true;
        }

        var candidates = PhenomenonCandidates.Rank(profile, compilations);
        var theme = candidates.Count > 0 ? candidates[0].ThemeId : profile.PhenomenonThemes[0].Id;
        var themeName = profile.FindTheme(theme)!.Name.Get(language);
        var reasons = settings.SelectionSources.Take(2)
            .Select(source => source == CandidateSource.Compilations && candidates.Count > 0
                ? candidates[0].ToSelectionReason(language)
                : new SelectionReason(source, $"{Words.Say(language, "Valinnan peruste", "Grund för valet", "Reason for the choice")}: {source.Label().Get(language)}."))
            .ToList();
        var selection = new PhenomenonSelection(
            year,
            $"{themeName}: {Words.Say(language, "ilmiölähtöinen sosiaalinen raportti", "fenomenbaserad social rapport", "phenomenon-based social report")} {year}",
            [theme],
            reasons,
            Words.Say(language, "Valittu koosteiden ja alueen ajankohtaisen tilanteen perusteella.", "Vald utifrån sammanställningarna och regionens aktuella läge.", "Chosen from the compilations and the region's current situation."));

        var at = When(process.First, FinnishTime.StartOf(new LocalDate(year, 1, 15)) + Duration.FromHours(10), year);
        var id = PhenomenonReportId.For(profile.Id, year);
        var chooser = new Performer(process.First.PerformedBy);
        if (PhenomenonReport.CanChoose(profile, id, selection, chooser, at) is { IsAllowed: false } refused)
        {
            output.WriteLine($"{id}: {refused}");
            return true;
        }

        report = Documents.Reload(PhenomenonReport.Choose(profile, id, selection, chooser, at), profile);
        for (var pending = report.PendingSteps(profile); pending.Count > 0; pending = report.PendingSteps(profile))
        {
            var step = pending[0];
            var by = new Performer(step.PerformedBy);
            at = When(step, at, year);
            foreach (var workshop in settings.Workshops.Where(w => w.Step == step.Id))
            {
                foreach (var services in profile.Services.Take(4).Chunk(2))
                {
                    var inputs = workshop.Collects.SelectMany(kind => services.Select(s => new WorkshopInput(kind, $"{Say(kind, language)} ({s.Name.Get(language)}).", s.Id))).ToList();
                    var session = new WorkshopSession(workshop.Number, FinnishTime.DateOf(at), workshop.Method, new WorkshopParticipants([step.PerformedBy], services.Select(s => s.Id).ToList(), 2 * services.Length + 2), inputs);
                    if (report.CanRecordWorkshop(profile, session, by, at).IsAllowed)
                    {
                        report = Documents.Reload(report.RecordWorkshop(profile, session, by, at), profile);
                    }

                    at += Duration.FromDays(7);
                }
            }

            if (step.Id == settings.WriteStep)
            {
                var draft = report.ComposeDraft(profile, compilations, language);
                var text = draft with { EffectsOnClients = Words.Say(language, $"Ilmiö ({themeName}) heikentää asiakkaiden arjen, asumisen ja toimeentulon edellytyksiä.", $"Fenomenet ({themeName}) försämrar klienternas förutsättningar i vardagen, boendet och försörjningen.", $"The phenomenon ({themeName}) weakens clients' everyday life, housing and livelihood.") };
                if (report.CanWrite(profile, text, by, at) is { IsAllowed: false } notWritten)
                {
                    output.WriteLine($"{report.Id}: {notWritten}");
                    return true;
                }

                report = Documents.Reload(report.Write(profile, text, compilations, by, at), profile);
                at += Duration.FromDays(1);
            }

            var entries = step.Records.Where(k => k != RecordKind.Decision).Select(k => new RecordEntry(k, Entry(k, language))).ToList();
            var decisions = step.Records.Contains(RecordKind.Decision)
                ? [new ActionDecision($"{Words.Say(language, "Toimenpide raportin pohjalta", "Åtgärd utifrån rapporten", "Action based on the report")}: {themeName}.", new ActionResponsible(step.PerformedBy), new LocalDate(year + 1, 3, 31))]
                : new List<ActionDecision>();
            var recipients = step.Accepts(RecordKind.Publication) ? settings.Recipients : [];
            if (report.CanPerform(profile, step.Id, by, at, entries, decisions, recipients) is { IsAllowed: false } stepRefused)
            {
                output.WriteLine($"{report.Id} {step.Id}: {stepRefused}");
                break;
            }

            report = Documents.Reload(report.Perform(profile, step.Id, by, at, entries, decisions, recipients), profile);
        }

        output.WriteLine();
        output.WriteLine($"{Words.Say(language, "Ilmiölähtöinen sosiaalinen raportti", "Fenomenbaserad social rapport", "Phenomenon-based social report")} {year}: {report.Selection.Title}");
        foreach (var e in report.History)
        {
            var stepName = process.Steps.FirstOrDefault(s => s.Id == e.StepId)?.Name.Get(language) ?? e.StepId?.Value;
            output.WriteLine($"  {FinnishDate.Format(FinnishTime.DateOf(e.At))} {e.StepId}: {stepName} ({profile.FindActor(e.By.Actor)?.Name.Get(language) ?? e.By.Actor.ToString()})");
        }

        output.WriteLine();
        var markdown = PhenomenonReportExport.ToMarkdown(report, profile, language);
        output.Write(markdown);
        if (outputPath is null)
        {
            return true;
        }

        var directory = Directory.Exists(outputPath) ? outputPath : Path.GetDirectoryName(Path.GetFullPath(outputPath))!;
        var stem = Path.Combine(directory, $"{profile.Id}-{year}-phenomenon-report");
        try
        {
            File.WriteAllText(stem + ".md", markdown);
            File.WriteAllText(stem + ".json", PhenomenonReportJson.Serialize(report));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: Cannot write the phenomenon report '{stem}': {e.Message}");
            return false;
        }

        output.WriteLine($"{Words.Say(language, "Ilmiölähtöinen raportti", "Fenomenbaserad rapport", "Phenomenon report")}: {stem}.md, {stem}.json");
        return true;
    }

    // A step's day: the 20th of its first due month when that is later, otherwise two weeks after the last operation.
    private static Instant When(ProcessStep step, Instant last, int year)
    {
        var next = last + Duration.FromDays(14);
        if (step.Due?.InMonths is { Count: > 0 } months)
        {
            var due = FinnishTime.StartOf(new LocalDate(year, months[0], 20)) + Duration.FromHours(10);
            return due > next ? due : next;
        }

        return next;
    }

    private static string Say(WorkshopInputKind kind, Language language) => kind switch
    {
        WorkshopInputKind.HowItShows => Words.Say(language, "Ilmiö näkyy asiakastyössä toistuvina yhteydenottoina", "Fenomenet syns i klientarbetet som upprepade kontakter", "The phenomenon shows in client work as repeated contacts"),
        WorkshopInputKind.Extent => Words.Say(language, "Ilmiö koskee merkittävää osaa palvelun asiakkaista", "Fenomenet berör en betydande del av tjänstens klienter", "The phenomenon concerns a significant share of the service's clients"),
        WorkshopInputKind.Proposals => Words.Say(language, "Ehdotetaan yhteistä toimintamallia ja palveluohjauksen vahvistamista", "En gemensam verksamhetsmodell och starkare servicehandledning föreslås", "A joint way of working and stronger service guidance are proposed"),
        _ => Words.Say(language, "Tilasto- ja tutkimustieto tukee havaintoja", "Statistik och forskning stöder iakttagelserna", "Statistics and research support the observations"),
    };

    private static string Entry(RecordKind kind, Language language) => kind switch
    {
        RecordKind.Assessment => Words.Say(language, "Raportti arvioitu ja hyväksytty.", "Rapporten bedömd och godkänd.", "The report assessed and approved."),
        RecordKind.Publication => Words.Say(language, "Raportti annettu tiedoksi vastaanottajille.", "Rapporten delgiven mottagarna.", "The report communicated to its recipients."),
        RecordKind.Feedback => Words.Say(language, "Raportista saatu palaute käyty läpi.", "Responsen på rapporten genomgången.", "The feedback on the report gone through."),
        _ => Words.Say(language, "Kirjattu.", "Registrerat.", "Recorded."),
    };
}
