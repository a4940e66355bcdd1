using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Csv;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

public sealed class CompilationExportTests
{
    private static readonly ReportingPeriod Spring = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30));

    private static CompilationContent Compilation()
    {
        var p = EtelaKarjala;
        var tricky = Content() with
        {
            Title = "Vuokrat, \"kohtuulliset\" asumismenot | taulukko",
            Description = "Rivi yksi\nrivi kaksi; *korostus* ja #otsikko, laki 1301/2014.",
            Themes = [new ThemeId("housing")],
        };
        SocialReport[] reports =
        [
            SocialReport.Create(p, new ReportId("R1"), tricky, By("professionals", "Sanna Sosiaalityöntekijä"), Instant.FromUtc(2025, 2, 1, 8, 0))
                .Submit(p, By("professionals"), Instant.FromUtc(2025, 2, 1, 8, 0))
                .Record(p, new StepId("supervisor-review"), By("unit-supervisor"), Instant.FromUtc(2025, 2, 2, 8, 0), new RecordEntry(RecordKind.Remark, "Tuttu ilmiö, yleistyy."))
                .Perform(p, new StepId("supervisor-review"), By("unit-supervisor"), Instant.FromUtc(2025, 2, 3, 8, 0)),
            SocialReport.Create(p, new ReportId("R2"), Content(serviceId: new ServiceId("adult-social-work")) with { Themes = [new ThemeId("housing"), new ThemeId("financial-support")], Polarity = ReportPolarity.Positive }, By("professionals"), Instant.FromUtc(2025, 3, 1, 8, 0))
                .Submit(p, By("professionals"), Instant.FromUtc(2025, 3, 1, 8, 0)),
        ];
        return Compiler.Compile(p, Spring, Instant.FromUtc(2025, 8, 10, 8, 0), reports);
    }

    // EK 5.1: a compilation shows the reported problems, the solution proposals and the supervisors' remarks.
    [Fact]
    public void Json_IsVersioned_AndShowsProblemsProposalsAndRemarks_WithoutAuthorNames()
    {
        var json = CompilationExport.ToJson(Compilation(), EtelaKarjala);
        var node = JsonNode.Parse(json)!;

        Assert.Equal(1, (int)node["schemaVersion"]!);
        Assert.Equal("compilation", (string)node["kind"]!);
        Assert.Equal("etela-karjala", (string)node["regionId"]!);
        var report = node["reports"]![0]!;
        Assert.Equal("R1", (string)report["id"]!);
        Assert.Equal("Tuttu ilmiö, yleistyy.", (string)report["supervisorRemarks"]![0]!);
        Assert.Equal("Selvitetään asumisneuvonnan saatavuus.", (string)report["actionProposals"]![0]!);
        Assert.Equal("socialWorker", (string)report["professions"]![0]!);
        Assert.Equal("R2", (string)node["carriedOver"]![0]!["id"]!);
        Assert.DoesNotContain("Sanna", json, StringComparison.Ordinal);
        Assert.Empty(PersonalDataScanner.Scan(json, "json"));
    }

    // EK 5.1: the compilation shows the phenomena, not who reported them: no author's nor supervisor's name of any
    // report appears in any export, in any language.
    [Fact]
    public void Exports_NameNoAuthorNorSupervisor_OfAnyReport()
    {
        var compilation = Compilation();
        var names = compilation.Included.Select(r => r.Content)
            .Append(Content()) // The content of the carried-over report R2.
            .SelectMany(c => c.Authors.Select(a => a.Name).Append(c.Supervisor))
            .OfType<string>()
            .Distinct()
            .ToList();
        var exports = Enum.GetValues<Language>().Select(l => CompilationExport.ToMarkdown(compilation, EtelaKarjala, l))
            .Append(CompilationExport.ToJson(compilation, EtelaKarjala))
            .ToList();

        Assert.True(names.Count >= 3, string.Join(", ", names));
        Assert.All(exports, export => Assert.All(names, name => Assert.DoesNotContain(name, export, StringComparison.OrdinalIgnoreCase)));
    }

    [Theory]
    [InlineData(Language.Finnish, "# Sosiaalisten raporttien puolivuosikooste 1.1.2025–30.6.2025", "Esihenkilön huomiot", "Asuminen")]
    [InlineData(Language.Swedish, "# Halvårssammanställning av sociala rapporter 1.1.2025–30.6.2025", "Förmannens anmärkningar", "Boende")]
    [InlineData(Language.English, "# Semiannual compilation of social reports 1.1.2025–30.6.2025", "Supervisor's remarks", "Housing")]
    public void Markdown_InEachLanguage_HasTheSections(Language language, string heading, string remarks, string housing)
    {
        var md = CompilationExport.ToMarkdown(Compilation(), EtelaKarjala, language);

        Assert.StartsWith(heading, md, StringComparison.Ordinal);
        Assert.Contains(remarks, md, StringComparison.Ordinal);
        Assert.Contains($"| {housing} | 1 | 1 |", md, StringComparison.Ordinal);
        Assert.Contains("- R2 (1.1.2025–30.6.2025)", md, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanna", md, StringComparison.Ordinal);
    }

    // EK 5.3: the compilation shows what moves to the next one and what was left out, and why.
    [Theory]
    [InlineData(Language.Finnish, "- R5: peruttu", "- R6: sisältää henkilötietoja", "- Myönteinen ilmiö", "- Kielteinen ilmiö")]
    [InlineData(Language.Swedish, "- R5: återkallad", "- R6: innehåller personuppgifter", "- Positivt fenomen", "- Negativt fenomen")]
    [InlineData(Language.English, "- R5: withdrawn", "- R6: holds personal data", "- Positive phenomenon", "- Negative phenomenon")]
    public void Markdown_ListsTheCarriedOverAndTheExcludedWithTheirReasons_AndEachReportsPolarity(Language language, string withdrawn, string personalData, string positive, string negative)
    {
        var spring = Compiler.Compile(EtelaKarjala, CompilerTests.EkSpring, CompilerTests.EkAugust, CompilerTests.EtelaKarjalaReports());

        var md = CompilationExport.ToMarkdown(spring, EtelaKarjala, language);
        var (carriedHeading, excludedHeading) = Headings(language);

        Assert.Contains($"{carriedHeading}\n\n- R4 (1.1.2025–30.6.2025)\n- R7 (1.1.2025–30.6.2025)\n\n", md, StringComparison.Ordinal);
        Assert.Contains($"{excludedHeading}\n\n{withdrawn}\n{personalData}\n\n", md, StringComparison.Ordinal);
        Assert.DoesNotContain("040 123 4567", md, StringComparison.Ordinal);

        // R1 is negative, R2 positive: each report's section says which, once.
        var r1 = Section(md, "### R1: ");
        var r2 = Section(md, "### R2: ");
        Assert.Contains(negative + "\n", r1, StringComparison.Ordinal);
        Assert.DoesNotContain(positive, r1, StringComparison.Ordinal);
        Assert.Contains(positive + "\n", r2, StringComparison.Ordinal);
        Assert.DoesNotContain(negative, r2, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Finnish, "- Siirtynyt kaudelta 1.1.2025–30.6.2025")]
    [InlineData(Language.Swedish, "- Överförd från perioden 1.1.2025–30.6.2025")]
    [InlineData(Language.English, "- Carried over from 1.1.2025–30.6.2025")]
    public void Markdown_OfTheNextCompilation_SaysWhichReportsCameFromTheEarlierPeriod(Language language, string carriedFrom)
    {
        var reports = CompilerTests.EtelaKarjalaReports();
        var spring = Compiler.Compile(EtelaKarjala, CompilerTests.EkSpring, CompilerTests.EkAugust, reports);
        var autumn = Compiler.Compile(EtelaKarjala, CompilerTests.EkAutumn, CompilerTests.EkJanuary, reports, [spring]);

        var md = CompilationExport.ToMarkdown(autumn, EtelaKarjala, language);

        Assert.Contains(carriedFrom + "\n", Section(md, "### R4: "), StringComparison.Ordinal);
        Assert.Contains(carriedFrom + "\n", Section(md, "### R7: "), StringComparison.Ordinal);
        Assert.DoesNotContain(carriedFrom, Section(md, "### R3: "), StringComparison.Ordinal);
        Assert.Empty(autumn.CarriedOver);
        Assert.Empty(autumn.Excluded);
        var (carriedHeading, excludedHeading) = Headings(language);
        Assert.DoesNotContain(carriedHeading, md, StringComparison.Ordinal);
        Assert.DoesNotContain(excludedHeading + "\n", md, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Finnish, "## Ilmiöt\n\nRaporteissa ei nimetty ilmiöteemoja.\n\n")]
    [InlineData(Language.Swedish, "## Fenomen\n\nRapporterna angav inga fenomenteman.\n\n")]
    [InlineData(Language.English, "## Phenomena\n\nThe reports named no phenomenon themes.\n\n")]
    public void Markdown_OfReportsNamingNoTheme_SaysSo_InsteadOfAnEmptyTable(Language language, string expected)
    {
        var content = CompilationFixtures.Content(EtelaKarjala);
        Assert.Empty(content.Themes);

        var md = CompilationExport.ToMarkdown(content, EtelaKarjala, language);

        Assert.Contains(expected, md, StringComparison.Ordinal);
    }

    // The headings of the carried-over and excluded sections (EK 5.3), per language.
    private static (string Carried, string Excluded) Headings(Language language) => language switch
    {
        Language.Finnish => ("## Seuraavaan koosteeseen siirtyvät", "## Pois jätetyt"),
        Language.Swedish => ("## Överförs till nästa sammanställning", "## Utelämnade"),
        _ => ("## Carried over to the next compilation", "## Excluded"),
    };

    // A report's section of the page: from its heading to the next heading of the same or a higher level.
    private static string Section(string md, string heading)
    {
        var start = md.IndexOf(heading, StringComparison.Ordinal);
        Assert.True(start >= 0, heading);
        var next = md.IndexOf("\n##", start + heading.Length, StringComparison.Ordinal);
        return next < 0 ? md[start..] : md[start..next];
    }

    [Fact]
    public void Markdown_EscapesFreeText_SoItCannotBreakTheLayout()
    {
        var md = CompilationExport.ToMarkdown(Compilation(), EtelaKarjala);

        Assert.Contains("### R1: Vuokrat, \"kohtuulliset\" asumismenot \\| taulukko", md, StringComparison.Ordinal);
        Assert.Contains("Rivi yksi rivi kaksi; \\*korostus\\* ja \\#otsikko, laki 1301/2014.", md, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HasOneRowPerIncludedReport_AndQuotesWhatNeedsIt()
    {
        var csv = CompilationCsv.ToCsv(Compilation(), EtelaKarjala);

        using var reader = new CsvReader(new StringReader(csv), CultureInfo.InvariantCulture);
        var rows = reader.GetRecords<dynamic>().Select(r => (IDictionary<string, object>)r).ToList();
        var row = Assert.Single(rows);
        Assert.Equal(CompilationCsv.Columns, row.Keys);
        Assert.Equal("R1", row["id"]);
        Assert.Equal("Vuokrat, \"kohtuulliset\" asumismenot | taulukko", row["title"]);
        Assert.Equal("Rivi yksi\nrivi kaksi; *korostus* ja #otsikko, laki 1301/2014.", row["description"]);
        Assert.Equal("housing", row["themes"]);
        Assert.Equal("Lastensuojelu", row["service"]);
        Assert.Equal("socialWorker; socialInstructor", row["professions"]);
        Assert.Equal("Tuttu ilmiö, yleistyy.", row["supervisorRemarks"]);
        Assert.Empty(PersonalDataScanner.Scan(csv, "csv"));
    }

    [Fact]
    public void Csv_WithSemicolons_ForFinnishExcel()
    {
        var csv = CompilationCsv.ToCsv(Compilation(), EtelaKarjala, Language.English, ';');

        Assert.StartsWith("id;originalPeriod;carriedOver;", csv, StringComparison.Ordinal);
        Assert.Contains(";Child welfare;", csv, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => CompilationCsv.ToCsv(Compilation(), EtelaKarjala, Language.English, '|'));
    }

    [Fact]
    public void Exports_OfAnotherRegionsProfile_AreRefused()
    {
        Assert.Throws<ArgumentException>(() => CompilationExport.ToJson(Compilation(), Kymenlaakso));
        Assert.Throws<ArgumentException>(() => CompilationExport.ToMarkdown(Compilation(), Kymenlaakso));
        Assert.Throws<ArgumentException>(() => CompilationCsv.ToCsv(Compilation(), Kymenlaakso));
    }
}
