using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// Writes a phenomenon-based social report as the few-page report a region publishes (fi: ilmiölähtöisen
/// sosiaalisen raportin julkaisu), in Finnish, Swedish or English.
/// </summary>
/// <remarks>
/// The sections come in the order the profile lists them (K 4.1: situational picture, effects on clients, prevalence,
/// action proposals; and sources), then the decided actions, how the knowledge was collected, and the recipients.
/// The labels are in the chosen language; the texts stay as written, with any personal data redacted.
/// </remarks>
public static class PhenomenonReportExport
{
    /// <summary>Writes the report as Markdown.</summary>
    /// <param name="report">The phenomenon report.</param>
    /// <param name="profile">The region profile it follows.</param>
    /// <param name="language">The language of the labels.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The report is of another region than the profile, the profile has no phenomenon reports, or <paramref name="language"/> is undefined.</exception>
    public static string ToMarkdown(PhenomenonReport report, RegionProfile profile, Language language = Language.Finnish)
    {
        Guard.Against.Null(report);
        Guard.Against.Null(profile);
        Guard.Against.EnumOutOfRange(language);
        if (report.RegionId != profile.Id || profile.PhenomenonReports is not { } settings)
        {
            throw new ArgumentException($"Phenomenon report {report.Id} is of region '{report.RegionId}'; pass that region's profile, with its phenomenon reports.", nameof(profile));
        }

        string T(string fi, string sv, string en) => new LocalizedText(fi, sv, en).Get(language);
        var md = new StringBuilder();
        md.Append("# ").Append(CompilationExport.Line(report.Text?.Title ?? report.Selection.Title)).Append("\n\n");
        md.Append(T("Ilmiölähtöinen sosiaalinen raportti", "Fenomenbaserad social rapport", "Phenomenon-based social report")).Append(" · ")
          .Append(CompilationExport.Line(profile.Name.Get(language))).Append(" · ").Append(report.Selection.Year.ToString(CultureInfo.InvariantCulture)).Append(" · ")
          .Append(report.IsCompleted ? T("valmis", "färdig", "final") : T("luonnos", "utkast", "draft")).Append("\n\n");

        var number = 0;
        foreach (var section in settings.Sections)
        {
            md.Append("## ").Append((++number).ToString(CultureInfo.InvariantCulture)).Append(". ");
            switch (section)
            {
                case PhenomenonReportSection.SituationalPicture:
                    md.Append(T("Tilannekuva", "Lägesbild", "Situational picture")).Append("\n\n");
                    Paragraphs(md, report.Text?.SituationalPicture, T("Ei vielä kirjoitettu.", "Inte ännu skriven.", "Not written yet."));
                    break;
                case PhenomenonReportSection.EffectsOnClients:
                    md.Append(T("Vaikutukset asiakkaisiin", "Effekter på klienterna", "Effects on clients")).Append("\n\n");
                    Paragraphs(md, report.Text?.EffectsOnClients, T("Ei vielä kirjoitettu.", "Inte ännu skriven.", "Not written yet."));
                    break;
                case PhenomenonReportSection.Prevalence:
                    md.Append(T("Esiintyvyys hyvinvointialueen sosiaalipalveluissa", "Förekomst i välfärdsområdets socialtjänster", "Prevalence in the region's social services")).Append("\n\n");
                    Prevalence(md, report.Prevalence, profile, language, T);
                    break;
                case PhenomenonReportSection.ActionProposals:
                    md.Append(T("Toimenpide-ehdotukset", "Åtgärdsförslag", "Action proposals")).Append("\n\n");
                    var proposals = report.Text?.ActionProposals ?? [];
                    for (var i = 0; i < proposals.Count; i++)
                    {
                        md.Append(CultureInfo.InvariantCulture, $"{i + 1}. {CompilationExport.Line(proposals[i].Text)} — {Party(proposals[i].Addressee, profile, language)}\n");
                    }

                    md.Append(proposals.Count == 0 ? T("Ei ehdotuksia.", "Inga förslag.", "No proposals.") + "\n\n" : "\n");
                    break;
                default:
                    md.Append(T("Lähteet", "Källor", "Sources")).Append("\n\n");
                    foreach (var source in report.Text?.Sources ?? [])
                    {
                        md.Append("- ").Append(CompilationExport.Line(source)).Append('\n');
                    }

                    md.Append('\n');
                    break;
            }
        }

        if (report.Actions.Count > 0)
        {
            md.Append("## ").Append(T("Päätetyt toimenpiteet", "Beslutade åtgärder", "Decided actions")).Append("\n\n");
            md.Append("| # | ").Append(T("Toimenpide", "Åtgärd", "Action")).Append(" | ").Append(T("Vastuu", "Ansvar", "Responsible")).Append(" | ")
              .Append(T("Seuranta", "Uppföljning", "Follow-up")).Append(" | ").Append(T("Tila", "Status", "Status")).Append(" |\n|---:|---|---|---|---|\n");
            foreach (var action in report.Actions)
            {
                var responsible = action.Responsible.Actor is { } actor ? Party(PartyReference.ToActor(actor), profile, language) : string.Empty;
                md.Append(CultureInfo.InvariantCulture, $"| {action.Number} | {CompilationExport.Line(action.Description)} | {responsible} | {FinnishDate.Format(action.FollowUp)} | {action.Status.Label().Get(language)} |\n");
            }

            md.Append('\n');
        }

        md.Append("## ").Append(T("Ilmiön valinta ja tiedonkeruu", "Val av fenomen och insamling av kunskap", "Choice of the phenomenon and collection of knowledge")).Append("\n\n");
        md.Append(T("Valitsijat", "Valt av", "Chosen by")).Append(": ").Append(string.Join(", ", settings.ChosenBy.Select(a => Party(PartyReference.ToActor(a), profile, language)))).Append("\n\n");
        foreach (var reason in report.Selection.Reasons)
        {
            md.Append("- ").Append(reason.Source.Label().Get(language)).Append(": ").Append(CompilationExport.Line(reason.Justification)).Append('\n');
        }

        md.Append('\n').Append("| ").Append(T("Työpaja", "Workshop", "Workshop")).Append(" | ").Append(T("Päivä", "Dag", "Date")).Append(" | ")
          .Append(T("Menetelmä", "Metod", "Method")).Append(" | ").Append(T("Osallistujia", "Deltagare", "Participants")).Append(" | ")
          .Append(T("Palvelut", "Tjänster", "Services")).Append(" |\n|---:|---|---|---:|---|\n");
        foreach (var session in report.Sessions)
        {
            var services = string.Join(", ", session.Participants.Services.Select(s => CompilationExport.Line(profile.FindService(s)?.Name.Get(language) ?? s.Value)));
            md.Append(CultureInfo.InvariantCulture, $"| {session.Workshop} | {FinnishDate.Format(session.On)} | {session.Method.Label().Get(language)} | {session.Participants.Count} | {services} |\n");
        }

        md.Append('\n');
        if (report.Recipients.Count > 0)
        {
            md.Append("## ").Append(T("Vastaanottajat", "Mottagare", "Recipients")).Append("\n\n");
            foreach (var recipient in report.Recipients)
            {
                md.Append("- ").Append(Party(recipient, profile, language)).Append('\n');
            }

            md.Append('\n');
        }

        var feedback = report.Recorded(RecordKind.Feedback);
        if (feedback.Count > 0)
        {
            md.Append("## ").Append(T("Palaute", "Respons", "Feedback")).Append("\n\n");
            foreach (var entry in feedback)
            {
                md.Append("- ").Append(CompilationExport.Line(entry.Text)).Append('\n');
            }

            md.Append('\n');
        }

        return md.ToString();
    }

    private static void Paragraphs(StringBuilder md, string? text, string empty)
    {
        foreach (var paragraph in (text ?? empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            md.Append(CompilationExport.Line(paragraph)).Append("\n\n");
        }
    }

    private static void Prevalence(StringBuilder md, PhenomenonPrevalence? prevalence, RegionProfile profile, Language language, Func<string, string, string, string> t)
    {
        if (prevalence is null || prevalence.Counts.Count == 0)
        {
            md.Append(t("Annetuissa koosteissa ei ole ilmiön teemoja nimeäviä raportteja.", "Sammanställningarna innehåller inga rapporter om fenomenets teman.", "The compilations hold no reports naming the phenomenon's themes.")).Append("\n\n");
            return;
        }

        var periods = prevalence.Periods;
        md.Append("| ").Append(t("Palvelu", "Tjänst", "Service")).Append(" | ").Append(string.Join(" | ", periods.Select(p => p.ToString())))
          .Append(" | ").Append(t("Yhteensä", "Totalt", "Total")).Append(" |\n|---|").Append(string.Concat(periods.Select(_ => "---:|"))).Append("---:|\n");
        foreach (var service in prevalence.Counts.Select(c => c.ServiceId).Distinct().OrderBy(s => s.Value, StringComparer.Ordinal))
        {
            var cells = periods.Select(p => prevalence.Counts.Where(c => c.ServiceId == service && c.Period == p).Sum(c => c.Reports)).ToList();
            md.Append("| ").Append(CompilationExport.Line(profile.FindService(service)?.Name.Get(language) ?? service.Value)).Append(" | ")
              .Append(string.Join(" | ", cells.Select(c => c.ToString(CultureInfo.InvariantCulture)))).Append(" | ").Append(cells.Sum().ToString(CultureInfo.InvariantCulture)).Append(" |\n");
        }

        md.Append(CultureInfo.InvariantCulture, $"| **{t("Yhteensä", "Totalt", "Total")}** | {string.Join(" | ", periods.Select(p => prevalence.Counts.Where(c => c.Period == p).Sum(c => c.Reports).ToString(CultureInfo.InvariantCulture)))} | **{prevalence.Total}** |\n\n");
        md.Append(t("Lähde", "Källa", "Source")).Append(": ").Append(string.Join(", ", prevalence.Compilations)).Append("\n\n");
    }

    private static string Party(PartyReference party, RegionProfile profile, Language language) =>
        CompilationExport.Line(party.Actor is { } actor ? profile.FindActor(actor)?.Name.Get(language) ?? actor.ToString() : party.External!.Get(language));
}
