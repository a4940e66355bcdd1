using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Exports a compilation for people and other systems (fi: koosteen julkaisu): JSON in a versioned, documented format
/// (docs/compilation-export.md), and Markdown for an intranet or Moodle page in Finnish, Swedish or English. The CSV
/// export for spreadsheets is in the RakenteellinenSosiaalityo.Core.Csv package.
/// </summary>
/// <remarks>
/// Every export is built from <see cref="CompiledReport.Of"/>, whose free text has passed the privacy redactor: no
/// export carries a personal identity code, a phone number or an e-mail address, and none carries authors' names.
/// </remarks>
public static class CompilationExport
{
    /// <summary>The version of the export JSON format.</summary>
    public const int JsonFormatVersion = 1;

    /// <summary>Writes the compilation as export JSON (format <see cref="JsonFormatVersion"/>).</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <returns>Indented JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region than the profile.</exception>
    public static string ToJson(CompilationContent content, RegionProfile profile)
    {
        Check(content, profile);
        return JsonSerializer.Serialize(Document(content, profile), DocumentInfo);
    }

    /// <summary>
    /// Writes the compilation as export JSON (format <see cref="JsonFormatVersion"/>) to <paramref name="utf8Json"/>, report
    /// by report: the same bytes as <see cref="ToJson"/>, without holding the whole document.
    /// </summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="utf8Json">Where to write UTF-8 JSON; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region than the profile.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    public static void WriteJson(CompilationContent content, RegionProfile profile, Stream utf8Json)
    {
        Check(content, profile);
        Guard.Against.Null(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CoreJson.WriterOptions);
        JsonSerializer.Serialize(writer, Document(content, profile), CoreJson.StreamingTypeInfo<CompilationExportDocument>());
        writer.Flush();
    }

    private static JsonTypeInfo<CompilationExportDocument> DocumentInfo =>
        (JsonTypeInfo<CompilationExportDocument>)CoreJson.Options.GetTypeInfo(typeof(CompilationExportDocument));

    // The one description of the export's shape: the DTO below, filled here for every writer.
    private static CompilationExportDocument Document(CompilationContent content, RegionProfile profile)
    {
        return new CompilationExportDocument
        {
            SchemaVersion = JsonFormatVersion,
            RegionId = content.RegionId,
            Period = content.Period,
            Cutoff = content.Cutoff,
            Counts = content.Counts,
            Themes = content.Themes,
            ByTheme = content.ByTheme,
            ByService = content.ByService,
            BySubject = content.BySubject,
            Reports = CompiledReport.Of(content, profile),
            CarriedOver = content.CarriedOver,
            Excluded = content.Excluded,
            GroupBy = DimensionGroupDocument.GroupByOf(content.Dimensions),
            Groups = DimensionGroupDocument.Of(content.Groups),
        };
    }

    /// <summary>Writes the compilation as a Markdown page: summary, themes with breadth and recurrence, services, every included report with its proposals and the supervisors' remarks, and the carried-over and excluded reports.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="language">The language of the page; labels missing in it fall back to Finnish.</param>
    /// <returns>The Markdown text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region than the profile, or <paramref name="language"/> is undefined.</exception>
    public static string ToMarkdown(CompilationContent content, RegionProfile profile, Language language = Language.Finnish)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        WriteMarkdown(content, profile, writer, language);
        return writer.ToString();
    }

    /// <summary>Writes the Markdown page of <see cref="ToMarkdown"/> to <paramref name="writer"/>, report by report, without holding the whole page.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="language">The language of the page; labels missing in it fall back to Finnish.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region than the profile, or <paramref name="language"/> is undefined.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    public static void WriteMarkdown(CompilationContent content, RegionProfile profile, TextWriter writer, Language language = Language.Finnish)
    {
        Check(content, profile);
        Guard.Against.Null(writer);
        Guard.Against.EnumOutOfRange(language);
        var l = new Labels(language);

        // One section (or report) at a time is built here and passed on to the writer.
        var md = new StringBuilder();
        var name = profile.CompilationName.Singular;
        md.Append("# ").Append(l.T($"Sosiaalisten raporttien {name.Fi}", $"{CompilationName.Capitalized(name.Get(Language.Swedish))} av sociala rapporter", $"{CompilationName.Capitalized(name.Get(Language.English))} of social reports"))
          .Append(' ').Append(content.Period).Append('\n').Append('\n');
        md.Append(Cell(profile.Name.Get(language))).Append(" — ").Append(l.T("koostettu", "sammanställd", "compiled")).Append(' ')
          .Append(FinnishDate.Format(FinnishTime.DateOf(content.Cutoff))).Append('\n').Append('\n');

        var c = content.Counts;
        md.Append("## ").Append(l.T("Yhteenveto", "Sammandrag", "Summary")).Append("\n\n");
        md.Append("| ").Append(l.T("Raportteja", "Rapporter", "Reports")).Append(" | ").Append(l.T("Kielteisiä", "Negativa", "Negative")).Append(" | ")
          .Append(l.T("Myönteisiä", "Positiva", "Positive")).Append(" | ").Append(l.T("Siirtyy seuraavaan", "Överförs till nästa", "Carried over")).Append(" | ")
          .Append(l.T("Pois jätetty", "Utelämnade", "Excluded")).Append(" |\n|---:|---:|---:|---:|---:|\n");
        md.Append(CultureInfo.InvariantCulture, $"| {c.Total} | {c.Negative} | {c.Positive} | {content.CarriedOver.Count} | {content.Excluded.Count} |\n\n");

        md.Append("## ").Append(l.T("Ilmiöt", "Fenomen", "Phenomena")).Append("\n\n");
        if (content.Themes.Count == 0)
        {
            md.Append(l.T("Raporteissa ei nimetty ilmiöteemoja.", "Rapporterna angav inga fenomenteman.", "The reports named no phenomenon themes.")).Append("\n\n");
        }
        else
        {
            md.Append("| ").Append(l.T("Ilmiö", "Fenomen", "Phenomenon")).Append(" | ").Append(l.T("Raportteja", "Rapporter", "Reports")).Append(" | ")
              .Append(l.T("Palveluja", "Tjänster", "Services")).Append(" | ").Append(l.T("Toistuva", "Återkommande", "Recurring")).Append(" |\n|---|---:|---:|---|\n");
            foreach (var theme in content.Themes)
            {
                var label = profile.FindTheme(theme.ThemeId)?.Name.Get(language) ?? theme.ThemeId.Value;
                var recurring = theme.IsRecurring
                    ? l.T("kyllä", "ja", "yes") + (theme.ConsecutiveCompilations > 1 ? string.Create(CultureInfo.InvariantCulture, $" ({theme.ConsecutiveCompilations}. {l.T("peräkkäinen kooste", "sammanställningen i följd", "consecutive compilation")})") : string.Empty)
                    : l.T("ei", "nej", "no");
                md.Append(CultureInfo.InvariantCulture, $"| {Cell(label)} | {theme.Reports} | {theme.DistinctServices} | {recurring} |\n");
            }

            md.Append('\n');
        }

        md.Append("## ").Append(l.T("Palvelut", "Tjänster", "Services")).Append("\n\n");
        md.Append("| ").Append(l.T("Palvelu", "Tjänst", "Service")).Append(" | ").Append(l.T("Raportteja", "Rapporter", "Reports")).Append(" |\n|---|---:|\n");
        foreach (var service in c.ByService)
        {
            md.Append(CultureInfo.InvariantCulture, $"| {Cell(ServiceName(profile, service.Key, language))} | {service.Count} |\n");
        }

        DimensionMarkdown.Tables(md, content, profile, language);
        md.Append('\n').Append("## ").Append(l.T("Raportit", "Rapporter", "Reports")).Append("\n\n");
        foreach (var report in CompiledReport.Of(content, profile))
        {
            AppendRedactedLine(md.Append("### ").Append(report.Id.Value).Append(": "), report.Title).Append("\n\n");
            AppendLine(md.Append("- ").Append(l.T("Palvelu", "Tjänst", "Service")).Append(": "), ServiceName(profile, report.ServiceId.Value, language)).Append('\n');
            DimensionMarkdown.Items(md, content, report, profile, language);
            if (report.Themes.Count > 0)
            {
                md.Append("- ").Append(l.T("Ilmiöt", "Fenomen", "Phenomena")).Append(": ");
                for (var t = 0; t < report.Themes.Count; t++)
                {
                    var theme = report.Themes[t];
                    AppendLine(t > 0 ? md.Append(", ") : md, profile.FindTheme(theme)?.Name.Get(language) ?? theme.Value);
                }

                md.Append('\n');
            }

            if (report.Polarity is { } polarity)
            {
                md.Append("- ").Append(polarity == ReportPolarity.Positive ? l.T("Myönteinen ilmiö", "Positivt fenomen", "Positive phenomenon") : l.T("Kielteinen ilmiö", "Negativt fenomen", "Negative phenomenon")).Append('\n');
            }

            if (report.CarriedOver)
            {
                md.Append("- ").Append(l.T("Siirtynyt kaudelta", "Överförd från perioden", "Carried over from")).Append(' ').Append(report.OriginalPeriod).Append('\n');
            }

            AppendRedactedLine(md.Append('\n'), report.Description).Append("\n\n");
            List(md, l.T("Toimenpide-ehdotukset", "Åtgärdsförslag", "Action proposals"), report.ActionProposals);
            List(md, l.T("Esihenkilön huomiot", "Förmannens anmärkningar", "Supervisor's remarks"), report.SupervisorRemarks);
            Pass(md, writer);
        }

        if (content.CarriedOver.Count > 0)
        {
            md.Append("## ").Append(l.T("Seuraavaan koosteeseen siirtyvät", "Överförs till nästa sammanställning", "Carried over to the next compilation")).Append("\n\n");
            foreach (var carried in content.CarriedOver)
            {
                md.Append("- ").Append(carried.Id).Append(" (").Append(carried.OriginalPeriod).Append(")\n");
            }

            md.Append('\n');
        }

        if (content.Excluded.Count > 0)
        {
            md.Append("## ").Append(l.T("Pois jätetyt", "Utelämnade", "Excluded")).Append("\n\n");
            foreach (var excluded in content.Excluded)
            {
                var reason = excluded.Reason == ExclusionReason.Withdrawn
                    ? l.T("peruttu", "återkallad", "withdrawn")
                    : l.T("sisältää henkilötietoja", "innehåller personuppgifter", "holds personal data");
                md.Append("- ").Append(excluded.Id).Append(": ").Append(reason).Append('\n');
            }

            md.Append('\n');
        }

        Pass(md, writer);
    }

    private static void Pass(StringBuilder md, TextWriter writer)
    {
        foreach (var chunk in md.GetChunks())
        {
            writer.Write(chunk.Span);
        }

        md.Clear();
    }

    private static void Check(CompilationContent content, RegionProfile profile)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(profile);
        if (content.RegionId != profile.Id)
        {
            throw new ArgumentException($"The compilation is of region '{content.RegionId}', not '{profile.Id}'.", nameof(profile));
        }
    }

    // A row's list, redacted already by CompiledReport.
    private static void List(StringBuilder md, string heading, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        md.Append("**").Append(heading).Append("**\n\n");
        for (var i = 0; i < items.Count; i++)
        {
            AppendRedactedLine(md.Append("- "), items[i]).Append('\n');
        }

        md.Append('\n');
    }

    private static string ServiceName(RegionProfile profile, string id, Language language) => GroupingLabels.KeyName(profile, GroupingDimension.Service, id).Get(language);

    // Free text on one line, with Markdown's active characters escaped, and redacted once more (labels come from the profile).
    // A text with nothing to redact or escape (most of them) is returned as it is, without a copy.
    internal static string Line(string text)
    {
        var redacted = PersonalDataScanner.Redact(text);
        return redacted.AsSpan().ContainsAny(MarkdownActive)
            ? AppendLine(new StringBuilder(redacted.Length + 8), redacted).ToString()
            : redacted;
    }

    // Appends Line(text) to md without making the line a string of its own.
    internal static StringBuilder AppendLine(StringBuilder md, string text) => AppendEscaped(md, PersonalDataScanner.Redact(text));

    // Appends a row's free text, which CompiledReport has already redacted (PersonalDataScanner.Redact leaves nothing it
    // would find again: PersonalDataScannerProperties), escaped as Line escapes it, without scanning it a second time.
    private static StringBuilder AppendRedactedLine(StringBuilder md, string redacted) => AppendEscaped(md, redacted);

    private static StringBuilder AppendEscaped(StringBuilder md, ReadOnlySpan<char> rest)
    {
        while (true)
        {
            var next = rest.IndexOfAny(MarkdownActive);
            if (next < 0)
            {
                return md.Append(rest);
            }

            md.Append(rest[..next]);
            var ch = rest[next];
            if (ch is '\r' or '\n')
            {
                md.Append(' ');
            }
            else
            {
                md.Append('\\').Append(ch);
            }

            rest = rest[(next + 1)..];
        }
    }

    private static string Cell(string text) => Line(text);

    // What Markdown reads as markup or a line break in a line of text.
    private static readonly SearchValues<char> MarkdownActive = SearchValues.Create("\r\n\\`*_[]<>#|");

    private readonly struct Labels(Language language)
    {
        public string T(string fi, string sv, string en) => language switch
        {
            Language.Swedish => sv,
            Language.English => en,
            _ => fi,
        };
    }
}

/// <summary>The export JSON of a compilation (docs/compilation-export.md).</summary>
internal sealed record CompilationExportDocument
{
    [JsonPropertyName("schemaVersion")]
    public required int SchemaVersion { get; init; }

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = "compilation";

    [JsonPropertyName("regionId")]
    public required RegionId RegionId { get; init; }

    [JsonPropertyName("period")]
    public required ReportingPeriod Period { get; init; }

    [JsonPropertyName("cutoff")]
    public required Instant Cutoff { get; init; }

    [JsonPropertyName("counts")]
    public required CompilationCounts Counts { get; init; }

    [JsonPropertyName("themes")]
    public required IReadOnlyList<ThemeSummary> Themes { get; init; }

    [JsonPropertyName("byTheme")]
    public required IReadOnlyList<ReportGroup> ByTheme { get; init; }

    [JsonPropertyName("byService")]
    public required IReadOnlyList<ReportGroup> ByService { get; init; }

    [JsonPropertyName("bySubject")]
    public required IReadOnlyList<ReportGroup> BySubject { get; init; }

    [JsonPropertyName("reports")]
    public required IReadOnlyList<CompiledReport> Reports { get; init; }

    [JsonPropertyName("carriedOver")]
    public required IReadOnlyList<CarriedOverReport> CarriedOver { get; init; }

    [JsonPropertyName("excluded")]
    public required IReadOnlyList<ExcludedReport> Excluded { get; init; }

    // Left out for a compilation with only the default dimensions, so that its export is as before issue 13.
    [JsonPropertyName("groupBy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GroupingDimension>? GroupBy { get; init; }

    [JsonPropertyName("groups")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DimensionGroupDocument?>? Groups { get; init; }
}
