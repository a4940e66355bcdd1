using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// Walks a few social reports through the region's report process: each is submitted by the actor the profile names
/// for the first step, then taken through every further step by that step's actor (the supervisor step in both
/// built-in regions). One is returned for completion and submitted again; one is first blocked by the privacy guard.
/// </summary>
internal static class ReportsSection
{
    private static readonly DateTimeZone Helsinki = DateTimeZoneProviders.Tzdb["Europe/Helsinki"];

    private static readonly (string Title, string Description, ReportPolarity Polarity)[] Samples =
    [
        ("Asumisen kustannukset", "Lapsiperheiden asumiskustannukset ylittävät yhä useammin toimeentulotuen normit.", ReportPolarity.Negative),
        ("Nuorten päihteiden käyttö", "Nuorten päihteiden käyttö on lisääntynyt, ja hoitoon pääsy viivästyy.", ReportPolarity.Negative),
        ("Yhteistyö kouluterveydenhuollon kanssa", "Kuraattorin ja terveydenhoitajan yhteiset vastaanotot ovat madaltaneet avun hakemisen kynnystä.", ReportPolarity.Positive),
    ];

    public static IReadOnlyList<SocialReport> Write(RegionProfile profile, int year, Language language, TextWriter output)
    {
        var process = profile.ReportProcess;
        output.WriteLine();
        output.WriteLine($"{Label(language, "Sosiaaliset raportit", "Sociala rapporter", "Social reports")}: {process}");
        foreach (var step in process.Steps)
        {
            output.WriteLine($"  {step.Id}: {step.Name.Get(language)} — {profile.GetActor(step.PerformedBy).Name.Get(language)}");
        }

        var reports = new List<SocialReport>();
        for (var i = 0; i < Samples.Length; i++)
        {
            var at = new LocalDateTime(year, 2 + (3 * i), 10, 9, 0).InZoneLeniently(Helsinki).ToInstant();
            var report = Walk(profile, year, i, at, language, output);
            reports.Add(report);
            output.WriteLine($"  = {report.Id}: {Status(report.Status, language)}, {report.History.Count} {Label(language, "tapahtumaa historiassa", "händelser i historiken", "history entries")}");
        }

        return reports;
    }

    private static SocialReport Walk(RegionProfile profile, int year, int index, Instant at, Language language, TextWriter output)
    {
        var process = profile.ReportProcess;
        var (title, description, polarity) = Samples[index];
        var service = profile.Services[index % profile.Services.Count];
        var author = new Performer(process.First.PerformedBy, $"Ammattilainen {index + 1}");
        var content = new ReportContent
        {
            Authors = [new ReportAuthor(author.Person!, Profession.SocialWorker)],
            ServiceId = service.Id,
            Supervisor = "Esihenkilö",
            Title = title,
            // The third report is first written with a phone number in it, which the privacy guard stops.
            Description = index == 2 ? description + " Lisätietoja 040 123 4567." : description,
            ClientGroups = ["lapsiperheet"],
            Subjects = [ReportSubject.ClientNeeds, ReportSubject.ActionProposals],
            ActionProposals = ["Käsitellään rakenteellisen sosiaalityön työryhmässä."],
            Polarity = polarity,
            Duties = [StatutoryDuty.KnowledgeProduction, StatutoryDuty.ActionProposals],
            ObservedOn = at.InZone(Helsinki).Date.PlusDays(-7),
        };

        var report = SocialReport.Create(profile, new ReportId($"R-{year}-{index + 1:000}"), content, author, at);
        output.WriteLine($"- {report.Id} ({service.Name.Get(language)}): {title}");
        if (report.CanSubmit(profile, author, at) is { IsAllowed: false, Code: LifecycleRules.PersonalData })
        {
            var finding = report.Content.FindPersonalData()[0];
            output.WriteLine($"    {Label(language, "tietosuoja esti lähettämisen", "dataskyddet stoppade inlämningen", "privacy guard blocked submission")}: {finding.Kind} @ {finding.Field}");
            report = report.Revise(profile, content.Redacted(), author, at);
        }

        report = report.Submit(profile, author, at);
        output.WriteLine($"    {Date(at)} {process.First.Id} — {Actor(profile, process.First, language)}");
        if (index == 1 && report.PendingSteps(profile) is [var reviewer, ..])
        {
            at += Duration.FromDays(2);
            report = report.ReturnForCompletion(profile, new Performer(reviewer.PerformedBy), at, "Kuvaa ilmiön laajuus.");
            output.WriteLine($"    {Date(at)} {Label(language, "palautettu täydennettäväksi", "återsänd för komplettering", "returned for completion")} — {Actor(profile, reviewer, language)}");
            at += Duration.FromDays(1);
            report = report.Revise(profile, content with { Description = description + " Ilmiö näkyy useassa toimipisteessä." }, author, at).Submit(profile, author, at);
            output.WriteLine($"    {Date(at)} {process.First.Id} — {Actor(profile, process.First, language)}");
        }

        while (report.PendingSteps(profile) is [var step, ..])
        {
            at += Duration.FromDays(3);
            var entries = step.Records.Concat(step.MayRecord).Contains(RecordKind.Remark)
                ? new[] { new RecordEntry(RecordKind.Remark, "Käsitelty tiimissä; ilmiö tunnistetaan.") }
                : step.Records.Select(k => new RecordEntry(k, "Kirjattu.")).ToArray();
            report = report.Perform(profile, step.Id, new Performer(step.PerformedBy, "Esihenkilö"), at, entries);
            output.WriteLine($"    {Date(at)} {step.Id} — {Actor(profile, step, language)}{(entries.Length > 0 ? $" ({entries[0].Kind})" : string.Empty)}");
        }

        return report;
    }

    private static string Actor(RegionProfile profile, ProcessStep step, Language language) => profile.GetActor(step.PerformedBy).Name.Get(language);

    private static string Date(Instant at) => FinnishDate.Format(at.InZone(Helsinki).Date);

    private static string Status(LifecycleStatus status, Language language) => status switch
    {
        LifecycleStatus.Completed => Label(language, "valmis koostettavaksi", "klar för sammanställning", "ready for compilation"),
        LifecycleStatus.InProcess => Label(language, "käsittelyssä", "under behandling", "in process"),
        LifecycleStatus.Returned => Label(language, "palautettu", "återsänd", "returned"),
        LifecycleStatus.Withdrawn => Label(language, "peruttu", "återkallad", "withdrawn"),
        _ => Label(language, "luonnos", "utkast", "draft"),
    };

    private static string Label(Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}
