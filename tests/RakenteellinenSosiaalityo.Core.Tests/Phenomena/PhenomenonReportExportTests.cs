using System.Text;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Evaluation;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Phenomena.PhenomenonFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>
/// The published phenomenon report (EK 5.1–5.3; K 4.1 lists its sections): the Markdown is read back section by section
/// and table by table, and each part is compared with the report's own data, not with text copied from the writer.
/// The labels are the contract in all three languages, so they are written out here.
/// </summary>
public sealed class PhenomenonReportExportTests
{
    private static readonly RegionProfile EK = BuiltInRegions.EtelaKarjala;

    public static TheoryData<Language> Languages() => [Language.Finnish, Language.Swedish, Language.English];

    [Theory]
    [MemberData(nameof(Languages))]
    public void CompletedReport_EverySectionHoldsTheReportsOwnData_InOrder(Language language)
    {
        var report = Ek2024();
        var text = report.Text!;
        var settings = EK.PhenomenonReports!;
        var md = PhenomenonReportExport.ToMarkdown(report, EK, language);
        var sections = Sections(md);

        Assert.Equal("# " + text.Title, sections[0].Heading);
        Assert.Equal([$"{L(language, "Ilmiölähtöinen sosiaalinen raportti", "Fenomenbaserad social rapport", "Phenomenon-based social report")} · {EK.Name.Get(language)} · 2024 · {L(language, "valmis", "färdig", "final")}"], sections[0].Lines);

        var expectedHeadings = settings.Sections.Select((s, i) => $"## {i + 1}. {SectionName(s, language)}").ToList();
        expectedHeadings.Add("## " + L(language, "Päätetyt toimenpiteet", "Beslutade åtgärder", "Decided actions"));
        expectedHeadings.Add("## " + L(language, "Ilmiön valinta ja tiedonkeruu", "Val av fenomen och insamling av kunskap", "Choice of the phenomenon and collection of knowledge"));
        expectedHeadings.Add("## " + L(language, "Vastaanottajat", "Mottagare", "Recipients"));
        expectedHeadings.Add("## " + L(language, "Palaute", "Respons", "Feedback"));
        Assert.Equal(expectedHeadings, sections.Skip(1).Select(s => s.Heading));

        foreach (var (section, index) in settings.Sections.Select((s, i) => (s, i + 1)))
        {
            var lines = sections[index].Lines.Select(Unescape).ToList();
            switch (section)
            {
                case PhenomenonReportSection.SituationalPicture:
                    Assert.Equal(ParagraphsOf(text.SituationalPicture), lines);
                    break;
                case PhenomenonReportSection.EffectsOnClients:
                    Assert.Equal(ParagraphsOf(text.EffectsOnClients), lines);
                    break;
                case PhenomenonReportSection.Prevalence:
                    AssertPrevalence(report.Prevalence!, lines, language);
                    break;
                case PhenomenonReportSection.ActionProposals:
                    Assert.NotEmpty(text.ActionProposals);
                    Assert.Equal(text.ActionProposals.Select((p, i) => $"{i + 1}. {p.Text} — {PartyName(p.Addressee, language)}"), lines);
                    break;
                default:
                    Assert.NotEmpty(text.Sources);
                    Assert.Equal(text.Sources.Select(s => "- " + s), lines);
                    break;
            }
        }

        var actions = MarkdownTable.Rows(Lines(sections[^4]));
        Assert.Equal(["#", L(language, "Toimenpide", "Åtgärd", "Action"), L(language, "Vastuu", "Ansvar", "Responsible"), L(language, "Seuranta", "Uppföljning", "Follow-up"), L(language, "Tila", "Status", "Status")], actions[0]);
        var action = Assert.Single(report.Actions);
        Assert.Equal(
            [action.Number.ToString(System.Globalization.CultureInfo.InvariantCulture), action.Description, EK.FindActor(action.Responsible.Actor!.Value)!.Name.Get(language), FinnishDate.Format(action.FollowUp), action.Status.Label().Get(language)],
            actions[2]);
        Assert.Equal(3, actions.Count);

        var choice = sections[^3].Lines;
        var reasons = choice.Skip(1).Take(report.Selection.Reasons.Count).Select(Unescape);
        Assert.Equal($"{L(language, "Valitsijat", "Valt av", "Chosen by")}: {string.Join(", ", settings.ChosenBy.Select(a => EK.FindActor(a)!.Name.Get(language)))}", choice[0]);
        Assert.Equal(report.Selection.Reasons.Select(r => $"- {r.Source.Label().Get(language)}: {r.Justification}"), reasons);
        var workshops = MarkdownTable.Rows(string.Join('\n', choice.Skip(1 + report.Selection.Reasons.Count)));
        Assert.Equal([L(language, "Työpaja", "Workshop", "Workshop"), L(language, "Päivä", "Dag", "Date"), L(language, "Menetelmä", "Metod", "Method"), L(language, "Osallistujia", "Deltagare", "Participants"), L(language, "Palvelut", "Tjänster", "Services")], workshops[0]);
        Assert.Equal(
            report.Sessions.Select(s => new List<string> { s.Workshop.ToString(System.Globalization.CultureInfo.InvariantCulture), FinnishDate.Format(s.On), s.Method.Label().Get(language), s.Participants.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), string.Join(", ", s.Participants.Services.Select(id => EK.FindService(id)!.Name.Get(language))) }),
            workshops.Skip(2));

        Assert.NotEmpty(report.Recipients);
        Assert.Equal(report.Recipients.Select(r => "- " + PartyName(r, language)), sections[^2].Lines.Select(Unescape));
        Assert.Equal(report.Recorded(RecordKind.Feedback).Select(f => "- " + f.Text), sections[^1].Lines.Select(Unescape));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ReportBeforeItsText_SaysWhatIsMissing_AndLeavesOutWhatHasNotHappened(Language language)
    {
        var report = Ek2024("workshops");
        Assert.Null(report.Text);
        var md = PhenomenonReportExport.ToMarkdown(report, EK, language);
        var sections = Sections(md);

        Assert.Equal("# " + report.Selection.Title, sections[0].Heading);
        Assert.EndsWith(" · 2024 · " + L(language, "luonnos", "utkast", "draft"), Assert.Single(sections[0].Lines), StringComparison.Ordinal);
        var notWritten = L(language, "Ei vielä kirjoitettu.", "Inte ännu skriven.", "Not written yet.");
        foreach (var (section, index) in EK.PhenomenonReports!.Sections.Select((s, i) => (s, i + 1)))
        {
            var expected = section switch
            {
                PhenomenonReportSection.SituationalPicture or PhenomenonReportSection.EffectsOnClients => [notWritten],
                PhenomenonReportSection.Prevalence => [L(language, "Annetuissa koosteissa ei ole ilmiön teemoja nimeäviä raportteja.", "Sammanställningarna innehåller inga rapporter om fenomenets teman.", "The compilations hold no reports naming the phenomenon's themes.")],
                PhenomenonReportSection.ActionProposals => [L(language, "Ei ehdotuksia.", "Inga förslag.", "No proposals.")],
                _ => Array.Empty<string>(),
            };
            Assert.Equal(expected, sections[index].Lines);
        }

        // No decided actions, recipients or feedback yet: their sections are left out, the choice section ends the report.
        Assert.Equal(EK.PhenomenonReports.Sections.Count + 2, sections.Count);
        Assert.Equal("## " + L(language, "Ilmiön valinta ja tiedonkeruu", "Val av fenomen och insamling av kunskap", "Choice of the phenomenon and collection of knowledge"), sections[^1].Heading);
    }

    [Fact]
    public void WrittenText_EachLineIsAParagraph_TrimmedAndEscaped_NoProposals()
    {
        var workshops = Ek2024("workshops");
        var compilations = Ek2023Compilations();
        var draft = workshops.ComposeDraft(EK, compilations);
        var text = draft with
        {
            SituationalPicture = "  Ensimmäinen kappale. \n\n\nToinen *kappale* | taulukon merkki\n   ",
            ActionProposals = [],
        };
        var report = workshops.Write(EK, text, compilations, By("coordinator"), On(2024, 6, 10));

        var sections = Sections(PhenomenonReportExport.ToMarkdown(report, EK, Language.English));

        Assert.Equal(["Ensimmäinen kappale.", "Toinen *kappale* | taulukon merkki"], Section(sections, "Situational picture").Lines.Select(Unescape));
        Assert.Equal(["No proposals."], Section(sections, "Action proposals").Lines);
        Assert.Contains(@"Toinen \*kappale\* \| taulukon merkki", Section(sections, "Situational picture").Lines);
    }

    [Fact]
    public void Guards_NameTheArgument()
    {
        var report = Ek2024("choose-theme");

        var other = Assert.Throws<ArgumentException>(() => PhenomenonReportExport.ToMarkdown(report, BuiltInRegions.Kymenlaakso));
        Assert.Equal("profile", other.ParamName);
        Assert.Contains(report.Id.ToString(), other.Message, StringComparison.Ordinal);
        Assert.Contains($"'{report.RegionId}'", other.Message, StringComparison.Ordinal);

        var language = Assert.ThrowsAny<ArgumentException>(() => PhenomenonReportExport.ToMarkdown(report, EK, (Language)99));
        Assert.Equal("language", language.ParamName);
    }

    private static void AssertPrevalence(PhenomenonPrevalence prevalence, List<string> lines, Language language)
    {
        Assert.NotEmpty(prevalence.Counts);
        var periods = prevalence.Counts.Select(c => c.Period).Distinct().OrderBy(p => p.Start).ToList();
        Assert.True(periods.Count > 1, "the fixture spans two periods, so a count in the wrong column shows");
        var rows = MarkdownTable.Rows(string.Join('\n', lines.Take(lines.Count - 1)));

        Assert.Equal([L(language, "Palvelu", "Tjänst", "Service"), .. periods.Select(p => p.ToString()), L(language, "Yhteensä", "Totalt", "Total")], rows[0]);
        var services = prevalence.Counts.Select(c => c.ServiceId).Distinct().OrderBy(s => s.Value, StringComparer.Ordinal).ToList();
        Assert.True(services.Count > 1, "two services, so their order shows");
        var expected = services.Select(service =>
        {
            var cells = periods.Select(p => prevalence.Counts.Where(c => c.ServiceId == service && c.Period == p).Sum(c => c.Reports)).ToList();
            return (List<string>)[EK.FindService(service)!.Name.Get(language), .. cells.Select(Number), Number(cells.Sum())];
        }).ToList();
        expected.Add(["**" + L(language, "Yhteensä", "Totalt", "Total") + "**", .. periods.Select(p => Number(prevalence.Counts.Where(c => c.Period == p).Sum(c => c.Reports))), "**" + Number(prevalence.Total) + "**"]);
        Assert.Equal(expected, rows.Skip(2));
        Assert.Equal($"{L(language, "Lähde", "Källa", "Source")}: {string.Join(", ", prevalence.Compilations)}", lines[^1]);
    }

    private static string Number(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string L(Language language, string fi, string sv, string en) => language switch
    {
        Language.Finnish => fi,
        Language.Swedish => sv,
        _ => en,
    };

    private static string SectionName(PhenomenonReportSection section, Language language) => section switch
    {
        PhenomenonReportSection.SituationalPicture => L(language, "Tilannekuva", "Lägesbild", "Situational picture"),
        PhenomenonReportSection.EffectsOnClients => L(language, "Vaikutukset asiakkaisiin", "Effekter på klienterna", "Effects on clients"),
        PhenomenonReportSection.Prevalence => L(language, "Esiintyvyys hyvinvointialueen sosiaalipalveluissa", "Förekomst i välfärdsområdets socialtjänster", "Prevalence in the region's social services"),
        PhenomenonReportSection.ActionProposals => L(language, "Toimenpide-ehdotukset", "Åtgärdsförslag", "Action proposals"),
        _ => L(language, "Lähteet", "Källor", "Sources"),
    };

    private static string PartyName(PartyReference party, Language language) =>
        party.Actor is { } actor ? EK.FindActor(actor)!.Name.Get(language) : party.External!.Get(language);

    private static List<string> ParagraphsOf(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    private static (string Heading, List<string> Lines) Section(List<(string Heading, List<string> Lines)> sections, string name) =>
        Assert.Single(sections, s => s.Heading.EndsWith(". " + name, StringComparison.Ordinal));

    private static string Lines((string Heading, List<string> Lines) section) => string.Join('\n', section.Lines);

    // The document cut at its headings; each section's non-empty lines, Markdown escapes kept.
    private static List<(string Heading, List<string> Lines)> Sections(string markdown)
    {
        var sections = new List<(string Heading, List<string> Lines)>();
        foreach (var line in markdown.Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                sections.Add((line, []));
            }
            else if (line.Length > 0)
            {
                sections[^1].Lines.Add(line);
            }
        }

        return sections;
    }

    private static string Unescape(string line)
    {
        var text = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            text.Append(line[i] == '\\' && i + 1 < line.Length ? line[++i] : line[i]);
        }

        return text.ToString();
    }
}
