using System.Text;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Csv;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// The CSV export read back with a parser other than the writer's (a small RFC 4180 reader below, not CsvHelper):
/// line breaks, quotes, delimiters and formula cells (OWASP "CSV injection") survive as what they are.
/// </summary>
public sealed class CompilationCsvTests
{
    private static readonly ReportingPeriod Spring = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30));

    private static CompilationContent CompilationOf(params (string Title, string Description)[] texts)
    {
        var p = EtelaKarjala;
        var reports = texts.Select((t, i) =>
            SocialReport.Create(p, new ReportId("R" + (i + 1)), Content() with { Title = t.Title, Description = t.Description, Themes = [new ThemeId("housing")] }, By("professionals"), Instant.FromUtc(2025, 2, 1, 8, 0))
                .Submit(p, By("professionals"), Instant.FromUtc(2025, 2, 1, 8, 0))
                .Perform(p, new StepId("supervisor-review"), By("unit-supervisor"), Instant.FromUtc(2025, 2, 3, 8, 0)));
        return Compiler.Compile(p, Spring, Instant.FromUtc(2025, 8, 10, 8, 0), reports);
    }

    [Theory]
    [InlineData(',')]
    [InlineData(';')]
    [InlineData('\t')]
    public void BareLineFeedOrCarriageReturn_IsQuoted_SoTheRowStaysWhole(char delimiter)
    {
        var content = CompilationOf(("Yksi\nkaksi", "Kolme\rneljä"), ("Viisi\r\nkuusi", "a \"b\" c, d; e\tf"));

        var rows = Rfc4180.Read(CompilationCsv.ToCsv(content, EtelaKarjala, Language.Finnish, delimiter), delimiter);

        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.Equal(CompilationCsv.Columns.Count, r.Count));
        var title = CompilationCsv.Columns.ToList().IndexOf("title");
        var description = CompilationCsv.Columns.ToList().IndexOf("description");
        Assert.Equal(("Yksi\nkaksi", "Kolme\rneljä"), (rows[1][title], rows[1][description]));
        Assert.Equal(("Viisi\r\nkuusi", "a \"b\" c, d; e\tf"), (rows[2][title], rows[2][description]));
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")")]
    [InlineData("+1+2")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tpiilossa")]
    [InlineData("\r=1")]
    public void FormulaCell_IsNeutralisedByDefault_AndKeptWhenAskedTo(string text)
    {
        var content = CompilationOf((text, "Tavallinen kuvaus."));
        var title = CompilationCsv.Columns.ToList().IndexOf("title");

        var neutral = Rfc4180.Read(CompilationCsv.ToCsv(content, EtelaKarjala), ',')[1][title];
        var raw = Rfc4180.Read(CompilationCsv.ToCsv(content, EtelaKarjala, new CompilationCsvOptions { NeutralizeFormulas = false }), ',')[1][title];

        // OWASP: a leading apostrophe makes a spreadsheet show the cell as text instead of evaluating it.
        Assert.Equal("'" + text, neutral);
        Assert.Equal(text, raw);
    }

    [Fact]
    public void StreamAndTextWriter_WriteWhatTheTextVersionReturns()
    {
        var content = CompilationOf(("Otsikko", "Kuvaus ä ö å."));
        var text = CompilationCsv.ToCsv(content, EtelaKarjala, Language.Swedish, ';');
        using var stream = new MemoryStream();

        CompilationCsv.Write(content, EtelaKarjala, stream, new CompilationCsvOptions { Language = Language.Swedish, Delimiter = ';' });

        var bytes = stream.ToArray();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal(text, Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
    }

    /// <summary>A reader of RFC 4180 text written for this test alone, independent of the writer's library.</summary>
    private static class Rfc4180
    {
        public static List<List<string>> Read(string text, char delimiter)
        {
            var rows = new List<List<string>>();
            var row = new List<string>();
            var field = new StringBuilder();
            var i = 0;
            while (i < text.Length)
            {
                if (text[i] == '"' && field.Length == 0)
                {
                    i++;
                    while (true)
                    {
                        Assert.True(i < text.Length, "A quoted field is not closed.");
                        if (text[i] == '"')
                        {
                            if (i + 1 < text.Length && text[i + 1] == '"')
                            {
                                field.Append('"');
                                i += 2;
                                continue;
                            }

                            i++;
                            break;
                        }

                        field.Append(text[i++]);
                    }

                    Assert.True(i == text.Length || text[i] == delimiter || text[i] == '\r', $"Text after a closing quote at {i}.");
                }
                else if (text[i] == delimiter)
                {
                    row.Add(field.ToString());
                    field.Clear();
                    i++;
                }
                else if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    row.Add(field.ToString());
                    field.Clear();
                    rows.Add(row);
                    row = [];
                    i += 2;
                }
                else
                {
                    // RFC 4180: a field holding a line break, a quote or the delimiter must be quoted.
                    Assert.False(text[i] is '\r' or '\n' or '"', $"An unquoted field holds {(int)text[i]:x} at {i}.");
                    field.Append(text[i++]);
                }
            }

            Assert.True(field.Length == 0 && row.Count == 0, "The text does not end with a line break.");
            return rows;
        }
    }
}
