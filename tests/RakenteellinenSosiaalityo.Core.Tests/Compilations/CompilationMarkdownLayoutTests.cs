using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// The Markdown page of a compilation (EK 5.1: the compilation shows the phenomena, the services, the reports with
/// their proposals and the supervisors' remarks), read back as sections and table cells and compared with the
/// compilation it was written from, in each language: every count, label and word of the page is where it belongs.
/// </summary>
public sealed class CompilationMarkdownLayoutTests
{
    /// <summary>The words of the page in one language: the headings, the column headers and the items' names.</summary>
    private sealed record Words(
        string Compiled,
        string Summary,
        string[] SummaryColumns,
        string Phenomena,
        string[] ThemeColumns,
        string Yes,
        string No,
        string Consecutive,
        string Services,
        string[] ServiceColumns,
        string Reports,
        string ServiceItem,
        string PhenomenaItem,
        string Proposals,
        string Remarks);

    private static Words WordsOf(Language language) => language switch
    {
        Language.Finnish => new(
            "koostettu", "Yhteenveto", ["Raportteja", "Kielteisiä", "Myönteisiä", "Siirtyy seuraavaan", "Pois jätetty"],
            "Ilmiöt", ["Ilmiö", "Raportteja", "Palveluja", "Toistuva"], "kyllä", "ei", "peräkkäinen kooste",
            "Palvelut", ["Palvelu", "Raportteja"], "Raportit", "Palvelu", "Ilmiöt", "Toimenpide-ehdotukset", "Esihenkilön huomiot"),
        Language.Swedish => new(
            "sammanställd", "Sammandrag", ["Rapporter", "Negativa", "Positiva", "Överförs till nästa", "Utelämnade"],
            "Fenomen", ["Fenomen", "Rapporter", "Tjänster", "Återkommande"], "ja", "nej", "sammanställningen i följd",
            "Tjänster", ["Tjänst", "Rapporter"], "Rapporter", "Tjänst", "Fenomen", "Åtgärdsförslag", "Förmannens anmärkningar"),
        _ => new(
            "compiled", "Summary", ["Reports", "Negative", "Positive", "Carried over", "Excluded"],
            "Phenomena", ["Phenomenon", "Reports", "Services", "Recurring"], "yes", "no", "consecutive compilation",
            "Services", ["Service", "Reports"], "Reports", "Service", "Phenomena", "Action proposals", "Supervisor's remarks"),
    };

    public static TheoryData<Language> Languages => [Language.Finnish, Language.Swedish, Language.English];

    private static (CompilationContent Spring, CompilationContent Autumn) Compilations()
    {
        var reports = CompilerTests.EtelaKarjalaReports();
        var spring = Compiler.Compile(EtelaKarjala, CompilerTests.EkSpring, CompilerTests.EkAugust, reports);
        var autumn = Compiler.Compile(EtelaKarjala, CompilerTests.EkAutumn, CompilerTests.EkJanuary, reports, [spring]);
        return (spring, autumn);
    }

    [Fact]
    public void TheFixture_HasWhatThePageShows()
    {
        var (spring, _) = Compilations();
        var both = Both();
        Assert.Contains(both.SelectMany(c => c.Themes), t => t.IsRecurring && t.ConsecutiveCompilations > 1);
        Assert.Contains(both.SelectMany(c => c.Themes), t => !t.IsRecurring);
        Assert.Contains(both.SelectMany(c => CompiledReport.Of(c, EtelaKarjala)), r => r.Themes.Count > 1);
        Assert.Contains(both.SelectMany(c => CompiledReport.Of(c, EtelaKarjala)), r => r.Themes.Count == 0);
        Assert.Contains(both.SelectMany(c => CompiledReport.Of(c, EtelaKarjala)), r => r.ActionProposals.Count > 0);
        Assert.Contains(both.SelectMany(c => CompiledReport.Of(c, EtelaKarjala)), r => r.SupervisorRemarks.Count > 0);
        Assert.True(spring.Counts.ByService.Count > 1);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheSecondLine_NamesTheRegionAndTheDayOfCompiling(Language language)
    {
        foreach (var content in Both())
        {
            var lines = CompilationExport.ToMarkdown(content, EtelaKarjala, language).Split('\n');
            Assert.StartsWith("# ", lines[0], StringComparison.Ordinal);
            Assert.EndsWith(" " + content.Period, lines[0], StringComparison.Ordinal);
            Assert.Equal("", lines[1]);
            Assert.Equal($"{EtelaKarjala.Name.Get(language)} — {WordsOf(language).Compiled} {FinnishDate.Format(FinnishTime.DateOf(content.Cutoff))}", lines[2]);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheSections_ComeInTheirOrder(Language language)
    {
        var w = WordsOf(language);
        foreach (var content in Both())
        {
            var headings = Sections(CompilationExport.ToMarkdown(content, EtelaKarjala, language)).Select(s => s.Heading).ToList();
            Assert.Equal([w.Summary, w.Phenomena, w.Services], headings.Take(3));
            Assert.Contains(w.Reports, headings.Skip(3));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheSummary_IsOneRowOfTheCounts(Language language)
    {
        var w = WordsOf(language);
        foreach (var content in Both())
        {
            var table = Table(Section(CompilationExport.ToMarkdown(content, EtelaKarjala, language), w.Summary));
            Assert.Equal(w.SummaryColumns, table[0]);
            Assert.Equal(["---:", "---:", "---:", "---:", "---:"], table[1]);
            var c = content.Counts;
            Assert.Equal([$"{c.Total}", $"{c.Negative}", $"{c.Positive}", $"{content.CarriedOver.Count}", $"{content.Excluded.Count}"], Assert.Single(table.Skip(2)));
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ThePhenomena_AreOneRowPerTheme_WithBreadthAndRecurrence(Language language)
    {
        var w = WordsOf(language);
        foreach (var content in Both())
        {
            var table = Table(Section(CompilationExport.ToMarkdown(content, EtelaKarjala, language), w.Phenomena));
            if (content.Themes.Count == 0)
            {
                Assert.Empty(table); // a sentence instead (CompilationExportTests)
                continue;
            }

            Assert.Equal(w.ThemeColumns, table[0]);
            var rows = table.Skip(2).ToList();
            Assert.Equal(content.Themes.Count, rows.Count);
            for (var i = 0; i < rows.Count; i++)
            {
                var theme = content.Themes[i];
                var recurring = !theme.IsRecurring ? w.No
                    : theme.ConsecutiveCompilations > 1 ? $"{w.Yes} ({theme.ConsecutiveCompilations}. {w.Consecutive})"
                    : w.Yes;
                Assert.Equal([EtelaKarjala.FindTheme(theme.ThemeId)!.Name.Get(language), $"{theme.Reports}", $"{theme.DistinctServices}", recurring], rows[i]);
            }
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void TheServices_AreOneRowPerService_WithItsCount(Language language)
    {
        var w = WordsOf(language);
        foreach (var content in Both())
        {
            var table = Table(Section(CompilationExport.ToMarkdown(content, EtelaKarjala, language), w.Services));
            Assert.Equal(w.ServiceColumns, table[0]);
            var expected = content.Counts.ByService.Select(s => new[] { GroupingLabels.KeyName(EtelaKarjala, GroupingDimension.Service, s.Key).Get(language), $"{s.Count}" }).ToList();
            Assert.Equal(expected, table.Skip(2).ToList());
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void EachReport_HasItsServiceThemesProposalsAndRemarks(Language language)
    {
        var w = WordsOf(language);
        foreach (var content in Both())
        {
            var md = CompilationExport.ToMarkdown(content, EtelaKarjala, language);
            var reports = CompiledReport.Of(content, EtelaKarjala);
            var bodies = Section(md, w.Reports).Split("\n### ").Skip(1).Select(b => b + "\n").ToList();
            Assert.Equal(reports.Select(r => r.Id.Value), bodies.Select(b => b[..b.IndexOf(':', StringComparison.Ordinal)]));
            for (var i = 0; i < reports.Count; i++)
            {
                var (report, body) = (reports[i], bodies[i]);
                var service = GroupingLabels.KeyName(EtelaKarjala, GroupingDimension.Service, report.ServiceId.Value).Get(language);
                Assert.Contains($"\n- {w.ServiceItem}: {service}\n", body, StringComparison.Ordinal);

                var themes = string.Join(", ", report.Themes.Select(t => EtelaKarjala.FindTheme(t)!.Name.Get(language)));
                if (report.Themes.Count > 0)
                {
                    Assert.Contains($"\n- {w.PhenomenaItem}: {themes}\n", body, StringComparison.Ordinal);
                }
                else
                {
                    Assert.DoesNotContain($"\n- {w.PhenomenaItem}: ", body, StringComparison.Ordinal);
                }

                AssertList(body, w.Proposals, report.ActionProposals);
                AssertList(body, w.Remarks, report.SupervisorRemarks);
            }
        }
    }

    private static void AssertList(string body, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            Assert.DoesNotContain($"**{heading}**", body, StringComparison.Ordinal);
            return;
        }

        var expected = $"**{heading}**\n\n" + string.Concat(items.Select(item => $"- {CompilationExport.Line(item)}\n")) + "\n";
        Assert.Contains(expected, body, StringComparison.Ordinal);
    }

    // Spring and autumn of the compiler's fixture, and a compilation of one report that names no theme and has a
    // supervisor's remark with Markdown's active characters.
    private static CompilationContent[] Both()
    {
        var (spring, autumn) = Compilations();
        return [spring, autumn, WithRemark()];
    }

    private static CompilationContent WithRemark()
    {
        var p = EtelaKarjala;
        var report = SocialReport.Create(p, new ReportId("R9"), Content() with { Themes = [] }, By("professionals"), Instant.FromUtc(2025, 2, 1, 8, 0))
            .Submit(p, By("professionals"), Instant.FromUtc(2025, 2, 1, 8, 0))
            .Record(p, new StepId("supervisor-review"), By("unit-supervisor"), Instant.FromUtc(2025, 2, 2, 8, 0), new RecordEntry(RecordKind.Remark, "Tuttu *ilmiö*, yleistyy."))
            .Perform(p, new StepId("supervisor-review"), By("unit-supervisor"), Instant.FromUtc(2025, 2, 3, 8, 0));
        return Compiler.Compile(p, CompilerTests.EkSpring, Instant.FromUtc(2025, 8, 10, 8, 0), [report]);
    }

    // The page's "## " sections: heading and body.
    private static List<(string Heading, string Body)> Sections(string md) =>
        [.. md.Split("\n## ").Skip(1).Select(s => (s[..s.IndexOf('\n', StringComparison.Ordinal)], s[(s.IndexOf('\n', StringComparison.Ordinal) + 1)..]))];

    private static string Section(string md, string heading) => Sections(md).First(s => s.Heading == heading).Body;

    // The first table of a section: each row's cells, trimmed.
    private static List<string[]> Table(string body) =>
        [.. body.Split('\n').SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Trim('|').Split('|').Select(c => c.Trim()).ToArray())];
}
