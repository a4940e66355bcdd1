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
    public static PhenomenonReportText Compose(RegionProfile profile, PhenomenonReport report, PhenomenonPrevalence prevalence)
    {
        var inputs = report.Sessions.SelectMany(s => s.Inputs).ToList();
        var picture = new List<string>
        {
            prevalence.Total == 0
                ? "Annetuissa koosteissa ei ole ilmiön teemoja nimeäviä raportteja."
                : string.Create(CultureInfo.InvariantCulture, $"Koosteissa {string.Join(", ", prevalence.Compilations)} ilmiön teemoja nimeää {prevalence.Total} raporttia {prevalence.Services} palvelusta."),
        };
        picture.AddRange(inputs.Where(i => i.Kind is WorkshopInputKind.HowItShows or WorkshopInputKind.Extent).Select(i => Line(profile, i)));
        var effects = inputs.Where(i => i.CaseDescription).Select(i => Line(profile, i)).ToList();
        var addressee = Addressee(profile);
        var proposals = inputs
            .Where(i => i.Kind == WorkshopInputKind.Proposals)
            .Select(i => new ActionProposal(Line(profile, i), addressee))
            .ToList();
        var sources = report.Sessions
            .Select(s => string.Create(CultureInfo.InvariantCulture, $"Työpaja {s.Workshop}, {FinnishDate.Format(s.On)}, {CamelCase.Of(s.Method)}: {s.Participants.Count} osallistujaa ({string.Join(", ", s.Participants.Services.Select(id => ServiceName(profile, id)))})"))
            .Concat(inputs.Where(i => i.Kind == WorkshopInputKind.OtherKnowledge).Select(i => Line(profile, i)))
            .Concat(prevalence.Compilations.Select(c => $"Sosiaalisten raporttien kooste {c}"))
            .ToList();
        return new PhenomenonReportText(
            report.Selection.Title,
            string.Join("\n", picture),
            effects.Count == 0 ? "Kirjoittaja kuvaa ilmiön vaikutukset asiakkaisiin työpajojen aineiston pohjalta." : string.Join("\n", effects),
            proposals,
            sources);
    }

    private static string Line(RegionProfile profile, WorkshopInput input) =>
        $"{(input.ServiceId is null ? "Palvelut yhteisesti" : ServiceName(profile, input.ServiceId))}: {input.Text}{(input.CaseDescription ? " (anonymisoitu tapauskuvaus)" : string.Empty)}";

    private static string ServiceName(RegionProfile profile, string id) => profile.FindService(id)?.Name.Fi ?? id;

    // Proposals go to whoever decides on the report: the actor of the first step that records decisions, else the completion step's.
    private static PartyReference Addressee(RegionProfile profile)
    {
        var process = profile.PhenomenonProcess!;
        var step = process.Steps.FirstOrDefault(s => s.Records.Contains(RecordKind.Decision)) ?? process.CompletionStep;
        return PartyReference.ToActor(step.PerformedBy);
    }
}
