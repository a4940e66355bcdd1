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
        var themeName = profile.FindTheme(theme)!.Name.Fi;
        var reasons = settings.SelectionSources.Take(2)
            .Select(source => source == CandidateSource.Compilations && candidates.Count > 0
                ? candidates[0].ToSelectionReason()
                : new SelectionReason(source, $"Valinnan peruste: {CamelCase.Of(source)}."))
            .ToList();
        var selection = new PhenomenonSelection(year, $"{themeName}: ilmiölähtöinen sosiaalinen raportti {year}", [theme], reasons, "Valittu koosteiden ja alueen ajankohtaisen tilanteen perusteella.");

        var at = FinnishTime.StartOf(new LocalDate(year, 1, 15)) + Duration.FromHours(10);
        report = PhenomenonReport.Choose(profile, PhenomenonReportId.For(profile.Id, year), selection, new Performer(process.First.PerformedBy), at = When(process.First, at, year));
        for (var pending = report.PendingSteps(profile); pending.Count > 0; pending = report.PendingSteps(profile))
        {
            var step = pending[0];
            var by = new Performer(step.PerformedBy);
            at = When(step, at, year);
            foreach (var workshop in settings.Workshops.Where(w => w.Step == step.Id))
            {
                foreach (var services in profile.Services.Take(4).Chunk(2))
                {
                    var inputs = workshop.Collects.SelectMany(kind => services.Select(s => new WorkshopInput(kind, $"{Say(kind)} ({s.Name.Fi}).", s.Id))).ToList();
                    var session = new WorkshopSession(workshop.Number, FinnishTime.DateOf(at), workshop.Method, new WorkshopParticipants([step.PerformedBy], services.Select(s => s.Id).ToList(), 2 * services.Length + 2), inputs);
                    report = report.RecordWorkshop(profile, session, by, at);
                    at += Duration.FromDays(7);
                }
            }

            if (step.Id == settings.WriteStep)
            {
                var draft = report.ComposeDraft(profile, compilations);
                report = report.Write(profile, draft with { EffectsOnClients = $"Ilmiö ({themeName}) heikentää asiakkaiden arjen, asumisen ja toimeentulon edellytyksiä." }, compilations, by, at);
                at += Duration.FromDays(1);
            }

            var entries = step.Records.Where(k => k != RecordKind.Decision).Select(k => new RecordEntry(k, Entry(k))).ToList();
            var decisions = step.Records.Contains(RecordKind.Decision)
                ? [new ActionDecision($"Toimenpide raportin pohjalta: {themeName}.", new ActionResponsible(step.PerformedBy), new LocalDate(year + 1, 3, 31))]
                : new List<ActionDecision>();
            var recipients = step.Accepts(RecordKind.Publication) ? settings.Recipients : [];
            report = report.Perform(profile, step.Id, by, at, entries, decisions, recipients);
        }

        output.WriteLine();
        output.WriteLine($"{Label(language, "Ilmiölähtöinen sosiaalinen raportti", "Fenomenbaserad social rapport", "Phenomenon-based social report")} {year}: {report.Selection.Title}");
        foreach (var e in report.History)
        {
            output.WriteLine($"  {FinnishDate.Format(FinnishTime.DateOf(e.At))} {CamelCase.Of(e.Kind)} {e.StepId} ({profile.FindActor(e.By.Actor)?.Name.Get(language) ?? e.By.Actor.ToString()})");
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

        output.WriteLine($"{Label(language, "Ilmiölähtöinen raportti", "Fenomenbaserad rapport", "Phenomenon report")}: {stem}.md, {stem}.json");
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

    private static string Say(WorkshopInputKind kind) => kind switch
    {
        WorkshopInputKind.HowItShows => "Ilmiö näkyy asiakastyössä toistuvina yhteydenottoina",
        WorkshopInputKind.Extent => "Ilmiö koskee merkittävää osaa palvelun asiakkaista",
        WorkshopInputKind.Proposals => "Ehdotetaan yhteistä toimintamallia ja palveluohjauksen vahvistamista",
        _ => "Tilasto- ja tutkimustieto tukee havaintoja",
    };

    private static string Entry(RecordKind kind) => kind switch
    {
        RecordKind.Assessment => "Raportti arvioitu ja hyväksytty.",
        RecordKind.Publication => "Raportti annettu tiedoksi vastaanottajille.",
        RecordKind.Feedback => "Raportista saatu palaute käyty läpi.",
        _ => $"Kirjaus: {CamelCase.Of(kind)}.",
    };

    private static string Label(Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}
