using System.Globalization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Testing;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// Compiles both reporting periods that end in the year (with the sample's own reports and a seeded synthetic set from
/// the Testing package), walks each compilation through the region's compilation process by the actors it names —
/// the step that decides records actions with responsible persons and follow-up dates — and prints the summary:
/// counts, phenomena with breadth and recurrence, and decisions.
/// </summary>
internal static class CompilationSection
{
    private const int ReportsPerPeriod = 40;

    public static (IReadOnlyList<SocialReport> Reports, IReadOnlyList<Compilation> Compilations) Write(
        RegionProfile profile, int year, Language language, IReadOnlyList<SocialReport> sampleReports, TextWriter output)
    {
        var scheme = profile.ReportingPeriods;
        var periods = scheme.PeriodsInYear(year).Where(p => p.End.Year == year).ToList();
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
            var due = Compiler.DueWindow(profile, period);
            var compiledOn = due?.End ?? period.End.PlusDays(30);
            var cutoff = FinnishTime.StartOf(compiledOn).Plus(Duration.FromHours(9));
            var content = Compiler.Compile(profile, period, cutoff, reports, contents);
            contents.Add(content);
            var compilation = Walk(profile, content, cutoff, language);
            compilations.Add(compilation);
            Print(profile, compilation, language, output);
        }

        var yearEnd = new LocalDate(year, 12, 31);
        var overdue = Compilation.OpenActionsPastFollowUp(compilations, yearEnd);
        output.WriteLine($"  {L(language, "Avoimet toimenpiteet, joiden seuranta-aika on ohitettu", "Öppna åtgärder vars uppföljning har passerats", "Open actions past their follow-up date")} {FinnishDate.Format(yearEnd)}: {overdue.Count}");
        return (reports, compilations);
    }

    // Each step by the actor the profile names; what a step must record is recorded, and the deciding step decides an
    // action for each recurring phenomenon (or the most reported one).
    private static Compilation Walk(RegionProfile profile, CompilationContent content, Instant cutoff, Language language)
    {
        var process = profile.CompilationProcess;
        var at = cutoff;
        var compilation = Compilation.Create(profile, content, new Performer(process.First.PerformedBy), at, Entries(process.First, content), Decisions(profile, process.First, content, at));
        while (compilation.PendingSteps(profile) is [var step, ..])
        {
            at += Duration.FromDays(14);
            compilation = compilation.Perform(profile, step.Id, new Performer(step.PerformedBy), at, Entries(step, content), Decisions(profile, step, content, at));
        }

        return compilation;
    }

    private static List<RecordEntry> Entries(ProcessStep step, CompilationContent content)
    {
        var entries = new List<RecordEntry>();
        foreach (var kind in step.Records)
        {
            entries.Add(new RecordEntry(kind, kind switch
            {
                RecordKind.Observation => $"Raporteissa toistuvat {content.Themes.Count} ilmiöteemaa; laajimmin palveluissa näkyy {Widest(content) ?? "–"}.",
                RecordKind.Comment => "Koosteen havainnot tunnistetaan palveluissa; toimenpide-ehdotukset viedään eteenpäin.",
                RecordKind.Decision => "Toimenpiteet, vastuuhenkilöt ja seuranta sovittu.",
                RecordKind.Feedback => "Johtoryhmän palaute käsitelty verkostossa.",
                RecordKind.Publication => "Kooste ja toimenpiteet esitelty henkilöstölle.",
                _ => "Kirjattu.",
            }));
        }

        if (step.MayRecord.Contains(RecordKind.SolutionProposal))
        {
            entries.Add(new RecordEntry(RecordKind.SolutionProposal, "Vahvistetaan palveluohjausta palvelujen välillä."));
        }

        return entries;
    }

    private static List<ActionDecision>? Decisions(RegionProfile profile, ProcessStep step, CompilationContent content, Instant at)
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
            $"Selvitetään ilmiö '{profile.FindTheme(t)?.Name.Fi ?? t}' ja sen vaikutukset palveluihin.",
            new ActionResponsible(step.PerformedBy, "Palvelualuejohtaja"),
            followUp)).ToList();
    }

    private static void Print(RegionProfile profile, Compilation compilation, Language language, TextWriter output)
    {
        var content = compilation.Content;
        var counts = content.Counts;
        output.WriteLine($"- {content.Period}: {counts.Total} {L(language, "raporttia mukana", "rapporter med", "reports included")} ({counts.Negative} {L(language, "kielteistä", "negativa", "negative")}, {counts.Positive} {L(language, "myönteistä", "positiva", "positive")}), {content.CarriedOver.Count} {L(language, "siirtyy seuraavaan", "överförs", "carried over")}, {content.Excluded.Count} {L(language, "pois jätetty", "utelämnade", "excluded")}");
        foreach (var theme in content.Themes.OrderByDescending(t => t.Reports).ThenBy(t => t.ThemeId, StringComparer.Ordinal).Take(5))
        {
            var recurring = theme.IsRecurring ? $" — {L(language, "toistuva", "återkommande", "recurring")}" : string.Empty;
            output.WriteLine($"    {profile.FindTheme(theme.ThemeId)?.Name.Get(language) ?? theme.ThemeId}: {theme.Reports} {L(language, "raporttia", "rapporter", "reports")}, {theme.DistinctServices} {L(language, "palvelua", "tjänster", "services")}{recurring}");
        }

        foreach (var action in compilation.Actions)
        {
            output.WriteLine($"    {L(language, "Toimenpide", "Åtgärd", "Action")} {action.Number}: {action.Description} ({profile.GetActor(action.DecidedBy.Actor).Name.Get(language)}, {L(language, "seuranta", "uppföljning", "follow-up")} {FinnishDate.Format(action.FollowUp)})");
        }

        output.WriteLine($"    {L(language, "Käsittely", "Behandling", "Process")}: {string.Join(" → ", compilation.PerformedSteps)}");
    }

    private static string? Widest(CompilationContent content) =>
        content.Themes.OrderByDescending(t => t.DistinctServices).ThenBy(t => t.ThemeId, StringComparer.Ordinal).FirstOrDefault()?.ThemeId;

    private static string L(Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}
