using System.Globalization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Testing;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// Compiles the reporting periods whose compilation falls in the year (<see cref="Compiler.PeriodsCompiledIn"/>, at
/// <see cref="Compiler.DefaultCutoff"/>; the same ones the annual clock shows), with the sample's own reports and a
/// seeded synthetic set from the Testing package, walks each compilation through the region's compilation process by
/// the actors it names — asking first before each step, storing and reloading the compilation's JSON document after
/// each — and prints the summary: counts, phenomena with breadth and recurrence, and decisions.
/// </summary>
internal static class CompilationSection
{
    private const int ReportsPerPeriod = 40;

    public static (IReadOnlyList<SocialReport> Reports, IReadOnlyList<Compilation> Compilations) Write(
        RegionProfile profile, int year, Language language, IReadOnlyList<SocialReport> sampleReports, TextWriter output)
    {
        var periods = Compiler.PeriodsCompiledIn(profile, year);
        var reports = new List<SocialReport>(sampleReports);
        foreach (var (period, index) in periods.Select((p, i) => (p, i)))
        {
            var options = SyntheticReportOptions.Default with { IdPrefix = string.Create(CultureInfo.InvariantCulture, $"SR{year}P{index + 1}"), PendingShare = 0.05, WithdrawnShare = 0.03 };
            reports.AddRange(SyntheticReports.Generate(profile, period, ReportsPerPeriod, seed: (year * 10) + index, options));
        }

        output.WriteLine();
        output.WriteLine($"{CompilationName.Capitalized(profile.CompilationName.Plural.Get(language))}: {profile.CompilationProcess}");
        var contents = new List<CompilationContent>();
        var compilations = new List<Compilation>();
        foreach (var period in periods)
        {
            var cutoff = Compiler.DefaultCutoff(profile, period);
            var content = Compiler.Compile(profile, period, cutoff, reports, contents);
            contents.Add(content);
            var compilation = Walk(profile, content, cutoff, language, output);
            compilations.Add(compilation);
            Print(profile, compilation, language, output);
        }

        var yearEnd = new LocalDate(year, 12, 31);
        if (periods.Count == 0)
        {
            output.WriteLine($"  {Words.Say(language, "Vuonna ei tehdä koosteita", "Inga sammanställningar görs under året", "No compilations are made in the year")} {year}");
        }

        var overdue = Compilation.OpenActionsPastFollowUp(compilations, yearEnd);
        output.WriteLine($"  {Words.Say(language, "Avoimet toimenpiteet, joiden seuranta-aika on ohitettu", "Öppna åtgärder vars uppföljning har passerats", "Open actions past their follow-up date")} {FinnishDate.Format(yearEnd)}: {overdue.Count}");
        return (reports, compilations);
    }

    // Each step by the actor the profile names; what a step must record is recorded, and the deciding step decides an
    // action for each recurring phenomenon (or the most reported one).
    private static Compilation Walk(RegionProfile profile, CompilationContent content, Instant cutoff, Language language, TextWriter output)
    {
        var process = profile.CompilationProcess;
        var at = cutoff;
        var by = new Performer(process.First.PerformedBy);
        var entries = Entries(process.First, content, language);
        var decisions = Decisions(profile, process.First, content, at, language);
        var create = Compilation.CanCreate(profile, content, by, at, entries, decisions);
        if (!create.IsAllowed)
        {
            // The sample's own data always passes; a region system would show this to the compiler and stop.
            throw new InvalidOperationException($"The compilation of {content.Period} cannot be created: {create}");
        }

        var compilation = Documents.Reload(Compilation.Create(profile, content, by, at, entries, decisions), profile);
        while (compilation.PendingSteps(profile) is [var step, ..])
        {
            at += Duration.FromDays(14);
            by = new Performer(step.PerformedBy);
            entries = Entries(step, content, language);
            decisions = Decisions(profile, step, content, at, language);

            // Ask first: a step the profile's rules refuse is shown with the library's reason instead of thrown.
            if (compilation.CanPerform(profile, step.Id, by, at, entries, decisions) is { IsAllowed: false } refused)
            {
                output.WriteLine($"    {step.Id}: {refused}");
                break;
            }

            compilation = Documents.Reload(compilation.Perform(profile, step.Id, by, at, entries, decisions), profile);
        }

        return compilation;
    }

    private static List<RecordEntry> Entries(ProcessStep step, CompilationContent content, Language language)
    {
        var entries = new List<RecordEntry>();
        foreach (var kind in step.Records)
        {
            entries.Add(new RecordEntry(kind, kind switch
            {
                RecordKind.Observation => Words.Say(language, $"Raporteissa toistuvat {content.Themes.Count} ilmiöteemaa; laajimmin palveluissa näkyy {Widest(content) ?? "–"}.", $"Rapporterna återkommer till {content.Themes.Count} fenomenteman; mest utbrett i tjänsterna är {Widest(content) ?? "–"}.", $"The reports return to {content.Themes.Count} phenomenon themes; the widest across services is {Widest(content) ?? "–"}."),
                RecordKind.Comment => Words.Say(language, "Koosteen havainnot tunnistetaan palveluissa; toimenpide-ehdotukset viedään eteenpäin.", "Sammanställningens iakttagelser känns igen i tjänsterna; åtgärdsförslagen förs vidare.", "The services recognise the compilation's observations; the proposals are taken forward."),
                RecordKind.Decision => Words.Say(language, "Toimenpiteet, vastuuhenkilöt ja seuranta sovittu.", "Åtgärder, ansvariga och uppföljning överenskomna.", "Actions, responsible persons and follow-up agreed."),
                RecordKind.Feedback => Words.Say(language, "Johtoryhmän palaute käsitelty verkostossa.", "Ledningsgruppens respons behandlad i nätverket.", "The management group's feedback handled in the network."),
                RecordKind.Publication => Words.Say(language, "Kooste ja toimenpiteet esitelty henkilöstölle.", "Sammanställningen och åtgärderna presenterade för personalen.", "The compilation and the actions presented to the staff."),
                _ => Words.Say(language, "Kirjattu.", "Registrerat.", "Recorded."),
            }));
        }

        if (step.MayRecord.Contains(RecordKind.SolutionProposal))
        {
            entries.Add(new RecordEntry(RecordKind.SolutionProposal, Words.Say(language, "Vahvistetaan palveluohjausta palvelujen välillä.", "Servicehandledningen mellan tjänsterna stärks.", "Service guidance between the services is strengthened.")));
        }

        return entries;
    }

    private static List<ActionDecision>? Decisions(RegionProfile profile, ProcessStep step, CompilationContent content, Instant at, Language language)
    {
        if (!step.Records.Contains(RecordKind.Decision))
        {
            return null;
        }

        var themes = content.Themes.Where(t => t.IsRecurring).Select(t => t.ThemeId).ToList();
        if (themes.Count == 0 && content.Themes.OrderByDescending(t => t.Reports).FirstOrDefault() is { } top)
        {
            themes.Add(top.ThemeId);
        }

        var followUp = FinnishTime.DateOf(at).PlusMonths(4);
        return themes.Take(3).Select(t => new ActionDecision(
            Words.Say(language, $"Selvitetään ilmiö '{Theme(profile, t, language)}' ja sen vaikutukset palveluihin.", $"Fenomenet '{Theme(profile, t, language)}' och dess effekter på tjänsterna utreds.", $"The phenomenon '{Theme(profile, t, language)}' and its effects on the services are examined."),
            new ActionResponsible(step.PerformedBy, Words.Say(language, "Palvelualuejohtaja", "Serviceområdesdirektör", "Head of service area")),
            followUp)).ToList();
    }

    private static void Print(RegionProfile profile, Compilation compilation, Language language, TextWriter output)
    {
        var content = compilation.Content;
        var counts = content.Counts;
        output.WriteLine($"- {content.Period}: {counts.Total} {Words.Say(language, "raporttia mukana", "rapporter med", "reports included")} ({counts.Negative} {Words.Say(language, "kielteistä", "negativa", "negative")}, {counts.Positive} {Words.Say(language, "myönteistä", "positiva", "positive")}), {content.CarriedOver.Count} {Words.Say(language, "siirtyy seuraavaan", "överförs", "carried over")}, {content.Excluded.Count} {Words.Say(language, "pois jätetty", "utelämnade", "excluded")}");
        foreach (var theme in content.Themes.OrderByDescending(t => t.Reports).ThenBy(t => t.ThemeId.Value, StringComparer.Ordinal).Take(5))
        {
            var recurring = theme.IsRecurring ? $" — {Words.Say(language, "toistuva", "återkommande", "recurring")}" : string.Empty;
            output.WriteLine($"    {Theme(profile, theme.ThemeId, language)}: {theme.Reports} {Words.Say(language, "raporttia", "rapporter", "reports")}, {theme.DistinctServices} {Words.Say(language, "palvelua", "tjänster", "services")}{recurring}");
        }

        foreach (var action in compilation.Actions)
        {
            output.WriteLine($"    {Words.Say(language, "Toimenpide", "Åtgärd", "Action")} {action.Number}: {action.Description} ({profile.GetActor(action.DecidedBy.Actor).Name.Get(language)}, {Words.Say(language, "seuranta", "uppföljning", "follow-up")} {FinnishDate.Format(action.FollowUp)})");
        }

        output.WriteLine($"    {Words.Say(language, "Käsittely", "Behandling", "Process")}: {string.Join(" → ", compilation.PerformedSteps)} ({compilation.Status.Label().Get(language)})");
    }

    private static string Theme(RegionProfile profile, ThemeId themeId, Language language) => profile.FindTheme(themeId)?.Name.Get(language) ?? themeId.Value;

    private static string? Widest(CompilationContent content) =>
        content.Themes.OrderByDescending(t => t.DistinctServices).ThenBy(t => t.ThemeId.Value, StringComparer.Ordinal).FirstOrDefault()?.ThemeId.Value;
}
