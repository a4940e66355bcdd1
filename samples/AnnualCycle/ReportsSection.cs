using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// Walks a few social reports through the region's report process as a region system would: each is submitted by the
/// actor the profile names for the first step, then taken through every further step by that step's actor, asking
/// first (<c>Can…</c>) before each operation and storing the report as its JSON document after each one (reloaded
/// before the next). One scenario is returned for completion and submitted again; one is first stopped by the privacy guard.
/// </summary>
internal static class ReportsSection
{
    // The scenarios by what they show; the texts are what a professional writes, in the language of the run.
    private static readonly Scenario[] Scenarios =
    [
        new(
            new("Asumisen kustannukset", "Boendekostnader", "Housing costs"),
            new("Lapsiperheiden asumiskustannukset ylittävät yhä useammin toimeentulotuen normit.", "Barnfamiljernas boendekostnader överstiger allt oftare normerna för utkomststöd.", "Families' housing costs more and more often exceed the social assistance norms."),
            ReportPolarity.Negative,
            Returned: false,
            FirstWithPhoneNumber: false),
        new(
            new("Nuorten päihteiden käyttö", "Ungas missbruk", "Young people's substance use"),
            new("Nuorten päihteiden käyttö on lisääntynyt, ja hoitoon pääsy viivästyy.", "Ungas missbruk har ökat, och tillgången till vård dröjer.", "Young people's substance use has grown, and access to treatment is delayed."),
            ReportPolarity.Negative,
            Returned: true,
            FirstWithPhoneNumber: false),
        new(
            new("Yhteistyö kouluterveydenhuollon kanssa", "Samarbete med skolhälsovården", "Cooperation with school health care"),
            new("Kuraattorin ja terveydenhoitajan yhteiset vastaanotot ovat madaltaneet avun hakemisen kynnystä.", "Kuratorns och hälsovårdarens gemensamma mottagningar har sänkt tröskeln att söka hjälp.", "Joint appointments of the school social worker and the nurse have lowered the threshold for seeking help."),
            ReportPolarity.Positive,
            Returned: false,
            FirstWithPhoneNumber: true),
    ];

    public static IReadOnlyList<SocialReport> Write(RegionProfile profile, int year, Language language, TextWriter output)
    {
        var process = profile.ReportProcess;
        output.WriteLine();
        output.WriteLine($"{Words.Say(language, "Sosiaaliset raportit", "Sociala rapporter", "Social reports")}: {process}");
        foreach (var step in process.Steps)
        {
            output.WriteLine($"  {step.Id}: {step.Name.Get(language)} — {profile.GetActor(step.PerformedBy).Name.Get(language)}");
        }

        var reports = new List<SocialReport>();
        for (var i = 0; i < Scenarios.Length; i++)
        {
            var at = new LocalDateTime(year, 2 + (3 * i), 10, 9, 0).InZoneLeniently(FinnishTime.Zone).ToInstant();
            var report = Walk(profile, new ReportId($"R-{year}-{i + 1:000}"), Scenarios[i], profile.Services[i % profile.Services.Count], at, language, output);
            reports.Add(report);
            output.WriteLine($"  = {report.Id}: {report.Status.Label().Get(language)}, {report.History.Count} {Words.Say(language, "tapahtumaa historiassa", "händelser i historiken", "history entries")}");
        }

        return reports;
    }

    private static SocialReport Walk(RegionProfile profile, ReportId id, Scenario scenario, ServiceUnit service, Instant at, Language language, TextWriter output)
    {
        var process = profile.ReportProcess;
        var author = new Performer(process.First.PerformedBy, Words.Say(language, "Ammattilainen", "Yrkesperson", "Professional"));
        var content = new ReportContent
        {
            Authors = [new ReportAuthor(author.Person!, Profession.SocialWorker)],
            ServiceId = service.Id,
            Supervisor = Words.Say(language, "Esihenkilö", "Förman", "Supervisor"),
            Title = scenario.Title.Get(language),
            Description = scenario.FirstWithPhoneNumber
                ? scenario.Description.Get(language) + Words.Say(language, " Lisätietoja 040 123 4567.", " Mer information 040 123 4567.", " More information 040 123 4567.")
                : scenario.Description.Get(language),
            ClientGroups = ["lapsiperheet"],
            Subjects = [ReportSubject.ClientNeeds, ReportSubject.ActionProposals],
            ActionProposals = [Words.Say(language, "Käsitellään rakenteellisen sosiaalityön työryhmässä.", "Behandlas i arbetsgruppen för strukturellt socialt arbete.", "To be handled in the structural social work group.")],
            Polarity = scenario.Polarity,
            Duties = [StatutoryDuty.KnowledgeProduction, StatutoryDuty.ActionProposals],
            ObservedOn = FinnishTime.DateOf(at).PlusDays(-7),
        };

        var report = Documents.Reload(SocialReport.Create(profile, id, content, author, at), profile);
        output.WriteLine($"- {report.Id} ({service.Name.Get(language)}): {content.Title}");

        // Ask first: the privacy guard refuses a report that holds a phone number; the author removes it and submits.
        if (report.CanSubmit(profile, author, at) is { IsAllowed: false, Code: LifecycleRules.PersonalData })
        {
            var finding = report.Content.FindPersonalData()[0];
            output.WriteLine($"    {Words.Say(language, "tietosuoja esti lähettämisen", "dataskyddet stoppade inlämningen", "privacy guard blocked submission")}: {finding.Kind.Label().Get(language)} @ {finding.Field}");
            report = Documents.Reload(report.Revise(profile, content.Redacted(), author, at), profile);
        }

        report = Documents.Reload(report.Submit(profile, author, at), profile);
        output.WriteLine($"    {Date(at)} {process.First.Id} — {Actor(profile, process.First, language)}");
        if (scenario.Returned && report.PendingSteps(profile) is [var reviewer, ..])
        {
            at += Duration.FromDays(2);
            var by = new Performer(reviewer.PerformedBy);
            var reason = Words.Say(language, "Kuvaa ilmiön laajuus.", "Beskriv fenomenets omfattning.", "Describe how wide the phenomenon is.");
            if (report.CanReturnForCompletion(profile, by, at, reason).IsAllowed)
            {
                report = Documents.Reload(report.ReturnForCompletion(profile, by, at, reason), profile);
                output.WriteLine($"    {Date(at)} {report.Status.Label().Get(language)} — {Actor(profile, reviewer, language)}");
                at += Duration.FromDays(1);
                var completed = content with { Description = content.Description + Words.Say(language, " Ilmiö näkyy useassa toimipisteessä.", " Fenomenet syns på flera verksamhetsställen.", " The phenomenon shows in several units.") };
                report = Documents.Reload(report.Revise(profile, completed, author, at).Submit(profile, author, at), profile);
                output.WriteLine($"    {Date(at)} {process.First.Id} — {Actor(profile, process.First, language)}");
            }
        }

        while (report.PendingSteps(profile) is [var step, ..])
        {
            at += Duration.FromDays(3);
            var by = new Performer(step.PerformedBy, Words.Say(language, "Esihenkilö", "Förman", "Supervisor"));
            var entries = step.Records.Concat(step.MayRecord).Contains(RecordKind.Remark)
                ? new[] { new RecordEntry(RecordKind.Remark, Words.Say(language, "Käsitelty tiimissä; ilmiö tunnistetaan.", "Behandlad i teamet; fenomenet känns igen.", "Discussed in the team; the phenomenon is recognised.")) }
                : step.Records.Select(k => new RecordEntry(k, Words.Say(language, "Kirjattu.", "Registrerat.", "Recorded."))).ToArray();
            var check = report.CanPerform(profile, step.Id, by, at, entries);
            if (!check.IsAllowed)
            {
                output.WriteLine($"    {Date(at)} {step.Id}: {check}");
                break;
            }

            report = Documents.Reload(report.Perform(profile, step.Id, by, at, entries), profile);
            output.WriteLine($"    {Date(at)} {step.Id} — {Actor(profile, step, language)}");
        }

        return report;
    }

    private static string Actor(RegionProfile profile, ProcessStep step, Language language) => profile.GetActor(step.PerformedBy).Name.Get(language);

    private static string Date(Instant at) => FinnishDate.Format(FinnishTime.DateOf(at));

    private sealed record Scenario(LocalizedText Title, LocalizedText Description, ReportPolarity Polarity, bool Returned, bool FirstWithPhoneNumber);
}
