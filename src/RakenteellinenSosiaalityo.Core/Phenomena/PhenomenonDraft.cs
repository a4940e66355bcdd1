using System.Globalization;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// Composes the first draft of a phenomenon report from its workshop sessions and the compilation figures, so that
/// nothing a session recorded is lost before the writer edits it.
/// </summary>
internal static class PhenomenonDraft
{
    public static PhenomenonReportText Compose(RegionProfile profile, PhenomenonReport report, PhenomenonPrevalence prevalence, Language language)
    {
        var inputs = report.Sessions.SelectMany(s => s.Inputs).ToList();
        var picture = new List<string>
        {
            prevalence.Total == 0
                ? Say(language, "Annetuissa koosteissa ei ole ilmiön teemoja nimeäviä raportteja.", "I de givna sammanställningarna nämner ingen rapport fenomenets teman.", "No report in the given compilations names the phenomenon's themes.")
                : string.Format(
                    CultureInfo.InvariantCulture,
                    Say(language, "Koosteissa {0} ilmiön teemoja nimeää {1} raporttia {2} palvelusta.", "I sammanställningarna {0} nämner {1} rapporter från {2} tjänster fenomenets teman.", "In the compilations {0}, {1} reports from {2} services name the phenomenon's themes."),
                    string.Join(", ", prevalence.Compilations),
                    prevalence.Total,
                    prevalence.Services),
        };
        picture.AddRange(inputs.Where(i => i.Kind is WorkshopInputKind.HowItShows or WorkshopInputKind.Extent).Select(i => Line(profile, i, language)));
        var effects = inputs.Where(i => i.CaseDescription).Select(i => Line(profile, i, language)).ToList();
        var addressee = Addressee(profile);
        var proposals = inputs
            .Where(i => i.Kind == WorkshopInputKind.Proposals)
            .Select(i => new ActionProposal(Line(profile, i, language), addressee))
            .ToList();
        var sources = report.Sessions
            .Select(s => string.Format(
                CultureInfo.InvariantCulture,
                Say(language, "Työpaja {0}, {1}, {2}: {3} osallistujaa ({4})", "Verkstad {0}, {1}, {2}: {3} deltagare ({4})", "Workshop {0}, {1}, {2}: {3} participants ({4})"),
                s.Workshop,
                FinnishDate.Format(s.On),
                s.Method.Label().Get(language),
                s.Participants.Count,
                string.Join(", ", s.Participants.Services.Select(id => ServiceName(profile, id, language)))))
            .Concat(inputs.Where(i => i.Kind == WorkshopInputKind.OtherKnowledge).Select(i => Line(profile, i, language)))
            .Concat(prevalence.Compilations.Select(c => $"{Say(language, "Sosiaalisten raporttien kooste", "Sammanställning av sociala rapporter", "Compilation of social reports")} {c}"))
            .ToList();
        return new PhenomenonReportText(
            report.Selection.Title,
            string.Join("\n", picture),
            effects.Count == 0 ? Say(language, "Kirjoittaja kuvaa ilmiön vaikutukset asiakkaisiin työpajojen aineiston pohjalta.", "Skribenten beskriver fenomenets effekter på klienterna utifrån workshoparnas material.", "The writer describes the phenomenon's effects on clients from the workshops' material.") : string.Join("\n", effects),
            proposals,
            sources);
    }

    private static string Line(RegionProfile profile, WorkshopInput input, Language language) =>
        $"{(input.ServiceId is null ? Say(language, "Palvelut yhteisesti", "Tjänsterna gemensamt", "All services together") : ServiceName(profile, input.ServiceId.Value, language))}: {input.Text}{(input.CaseDescription ? Say(language, " (anonymisoitu tapauskuvaus)", " (anonymiserad fallbeskrivning)", " (anonymized case description)") : string.Empty)}";

    private static string ServiceName(RegionProfile profile, ServiceId id, Language language) => profile.FindService(id)?.Name.Get(language) ?? id.Value;

    private static string Say(Language language, string fi, string sv, string en) => new LocalizedText(fi, sv, en).Get(language);

    // Proposals go to whoever decides on the report: the actor of the first step that records decisions, else the completion step's.
    private static PartyReference Addressee(RegionProfile profile)
    {
        var process = profile.PhenomenonProcess!;
        var step = process.Steps.FirstOrDefault(s => s.Records.Contains(RecordKind.Decision)) ?? process.CompletionStep;
        return PartyReference.ToActor(step.PerformedBy);
    }
}
