using System.Globalization;
using System.Text;
using Ardalis.GuardClauses;
using CsvHelper;
using CsvHelper.Configuration;
using NodaTime.Text;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Csv;

/// <summary>
/// Writes a compilation as CSV for spreadsheets (fi: kooste CSV-muodossa): a header row, then one row per included
/// report in the compilation's order, quoted by CsvHelper.
/// </summary>
/// <remarks>
/// <para>
/// Columns: <c>id, originalPeriod, carriedOver, submittedAt, observedOn, serviceId, service, themes, subjects,
/// polarity, professions, title, description, clientGroups, actionProposals, supervisorRemarks</c>, then, when the
/// compilation groups by them, <c>areaId, area</c> and <c>language</c> (so a compilation with the default dimensions
/// has the same columns as before). <see cref="CompilationCountsCsv"/> writes the counts per group. Lists are joined
/// with <c>"; "</c>; dates are ISO (<c>2025-03-01</c>), instants UTC ISO; the service name is in the requested
/// language. Rows come from <see cref="CompiledReport.Of"/>: free text is redacted of personal data and authors'
/// names are not exported.
/// </para>
/// <para>
/// The default delimiter is a comma (RFC 4180). Excel with Finnish regional settings expects a semicolon: pass
/// <c>';'</c>, and write the file as UTF-8 with a byte order mark so that ä and ö show right (the <see cref="Stream"/>
/// overload does).
/// </para>
/// <para>
/// A field is quoted when it holds the delimiter, a quote, a line feed or a carriage return (each alone too) or begins
/// or ends with a space, so a row never splits. A cell that begins with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a
/// carriage return would be evaluated as a formula by a spreadsheet (OWASP "CSV injection"): by default it is written
/// with a leading apostrophe (<c>'=1+2</c>), which spreadsheets show as text. Pass <c>neutralizeFormulas: false</c> when
/// the file goes to a program rather than a spreadsheet and the text must stay exactly as it is.
/// </para>
/// </remarks>
public static class CompilationCsv
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "id", "originalPeriod", "carriedOver", "submittedAt", "observedOn", "serviceId", "service", "themes", "subjects",
        "polarity", "professions", "title", "description", "clientGroups", "actionProposals", "supervisorRemarks",
    ];

    /// <summary>Writes the compilation's included reports as CSV to <paramref name="writer"/>, one row at a time.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="language">The language of the service names.</param>
    /// <param name="delimiter">The field delimiter: <c>,</c> (default) or <c>;</c> for Excel with Finnish settings, or a tab.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region, or the delimiter is not ',' , ';' or a tab.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    public static void Write(CompilationContent content, RegionProfile profile, TextWriter writer, Language language = Language.Finnish, char delimiter = ',') =>
        Write(content, profile, writer, Options(language, delimiter));

    /// <summary>Writes the compilation's included reports as CSV to <paramref name="writer"/>, one row at a time.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="writer">Where to write; not closed.</param>
    /// <param name="options">Language, delimiter and formula neutralisation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    public static void Write(CompilationContent content, RegionProfile profile, TextWriter writer, CompilationCsvOptions options)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(profile);
        Guard.Against.Null(writer);
        Guard.Against.Null(options);
        var (language, delimiter) = (options.Language, options.Delimiter);
        if (content.RegionId != profile.Id)
        {
            throw new ArgumentException($"The compilation is of region '{content.RegionId}', not '{profile.Id}'.", nameof(profile));
        }

        using var csv = new CsvWriter(writer, Configuration(options), leaveOpen: true);
        var extra = DimensionColumns.Of(content);
        foreach (var column in Columns.Concat(extra.SelectMany(DimensionColumns.Headers)))
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var row in CompiledReport.Of(content, profile))
        {
            csv.WriteField(row.Id.Value);
            csv.WriteField(row.OriginalPeriod.ToString());
            csv.WriteField(row.CarriedOver ? "true" : "false");
            csv.WriteField(InstantPattern.General.Format(row.SubmittedAt));
            csv.WriteField(LocalDatePattern.Iso.Format(row.ObservedOn));
            csv.WriteField(row.ServiceId.Value);
            csv.WriteField(profile.FindService(row.ServiceId)?.Name.Get(language) ?? row.ServiceId.Value);
            csv.WriteField(Join(row.Themes.Select(t => t.Value)));
            csv.WriteField(Join(row.Subjects.Select(CamelCase.Of)));
            csv.WriteField(row.Polarity is { } polarity ? CamelCase.Of(polarity) : string.Empty);
            csv.WriteField(Join(row.Professions.Select(CamelCase.Of)));
            csv.WriteField(row.Title);
            csv.WriteField(row.Description);
            csv.WriteField(Join(row.ClientGroups));
            csv.WriteField(Join(row.ActionProposals));
            csv.WriteField(Join(row.SupervisorRemarks));
            DimensionColumns.Write(csv, extra, row, profile, language);
            csv.NextRecord();
        }

        csv.Flush();
    }

    /// <summary>Writes the compilation's included reports as a CSV file's bytes: UTF-8 with a byte order mark (so that
    /// Excel shows ä and ö right), one row at a time.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="options">Language, delimiter and formula neutralisation.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    public static void Write(CompilationContent content, RegionProfile profile, Stream stream, CompilationCsvOptions options)
    {
        Guard.Against.Null(stream);
        using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        Write(content, profile, writer, options);
    }

    /// <summary>Returns the compilation's included reports as CSV text.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="language">The language of the service names.</param>
    /// <param name="delimiter">The field delimiter: <c>,</c> (default), <c>;</c> or a tab.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Write(CompilationContent, RegionProfile, TextWriter, Language, char)"/>.</exception>
    public static string ToCsv(CompilationContent content, RegionProfile profile, Language language = Language.Finnish, char delimiter = ',') =>
        ToCsv(content, profile, Options(language, delimiter));

    /// <summary>Returns the compilation's included reports as CSV text.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="options">Language, delimiter and formula neutralisation.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region.</exception>
    public static string ToCsv(CompilationContent content, RegionProfile profile, CompilationCsvOptions options)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(content, profile, writer, options);
        return writer.ToString();
    }

    private static CompilationCsvOptions Options(Language language, char delimiter)
    {
        Guard.Against.EnumOutOfRange(language);
        return delimiter is ',' or ';' or '\t'
            ? new() { Language = language, Delimiter = delimiter }
            : throw new ArgumentException("The delimiter is ',', ';' or a tab.", nameof(delimiter));
    }

    /// <summary>The CsvHelper settings of every compilation CSV: delimiter, CRLF rows, quoting that never splits a row, formula neutralisation.</summary>
    internal static CsvConfiguration Configuration(CompilationCsvOptions options) => new(CultureInfo.InvariantCulture)
    {
        Delimiter = options.Delimiter.ToString(),
        NewLine = "\r\n",

        // CsvHelper's default quotes only the configured new line ("\r\n") once one is set; a bare LF or CR split the row.
        ShouldQuote = args => NeedsQuotes(args.Field, options.Delimiter),
        InjectionOptions = options.NeutralizeFormulas ? InjectionOptions.Escape : InjectionOptions.None,
    };

    private static bool NeedsQuotes(string? field, char delimiter) =>
        !string.IsNullOrEmpty(field)
        && (field.AsSpan().IndexOfAny('"', '\r', '\n') >= 0 || field.Contains(delimiter, StringComparison.Ordinal) || field[0] == ' ' || field[^1] == ' ');

    private static string Join(IEnumerable<string> items) => string.Join("; ", items);

}
