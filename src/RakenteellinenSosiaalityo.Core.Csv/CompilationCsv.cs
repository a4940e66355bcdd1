using System.Globalization;
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
/// polarity, professions, title, description, clientGroups, actionProposals, supervisorRemarks</c>. Lists are joined
/// with <c>"; "</c>; dates are ISO (<c>2025-03-01</c>), instants UTC ISO; the service name is in the requested
/// language. Rows come from <see cref="CompiledReport.Of"/>: free text is redacted of personal data and authors'
/// names are not exported.
/// </para>
/// <para>
/// The default delimiter is a comma (RFC 4180). Excel with Finnish regional settings expects a semicolon: pass
/// <c>';'</c>, and write the file as UTF-8 with a byte order mark so that ä and ö show right.
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

    /// <summary>Writes the compilation's included reports as CSV to <paramref name="writer"/>.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="writer">Where to write.</param>
    /// <param name="language">The language of the service names.</param>
    /// <param name="delimiter">The field delimiter: <c>,</c> (default) or <c>;</c> for Excel with Finnish settings.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region, or the delimiter is not ',' , ';' or a tab.</exception>
    public static void Write(CompilationContent content, RegionProfile profile, TextWriter writer, Language language = Language.Finnish, char delimiter = ',')
    {
        Guard.Against.Null(content);
        Guard.Against.Null(profile);
        Guard.Against.Null(writer);
        Guard.Against.EnumOutOfRange(language);
        if (delimiter is not (',' or ';' or '\t'))
        {
            throw new ArgumentException("The delimiter is ',', ';' or a tab.", nameof(delimiter));
        }

        if (content.RegionId != profile.Id)
        {
            throw new ArgumentException($"The compilation is of region '{content.RegionId}', not '{profile.Id}'.", nameof(profile));
        }

        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = delimiter.ToString(), NewLine = "\r\n" };
        using var csv = new CsvWriter(writer, configuration, leaveOpen: true);
        foreach (var column in Columns)
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
            csv.WriteField(row.ServiceId);
            csv.WriteField(profile.FindService(row.ServiceId)?.Name.Get(language) ?? row.ServiceId);
            csv.WriteField(Join(row.Themes));
            csv.WriteField(Join(row.Subjects.Select(CamelCase.Of)));
            csv.WriteField(row.Polarity is { } polarity ? CamelCase.Of(polarity) : string.Empty);
            csv.WriteField(Join(row.Professions.Select(CamelCase.Of)));
            csv.WriteField(row.Title);
            csv.WriteField(row.Description);
            csv.WriteField(Join(row.ClientGroups));
            csv.WriteField(Join(row.ActionProposals));
            csv.WriteField(Join(row.SupervisorRemarks));
            csv.NextRecord();
        }

        csv.Flush();
    }

    /// <summary>Returns the compilation's included reports as CSV text.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="language">The language of the service names.</param>
    /// <param name="delimiter">The field delimiter: <c>,</c> (default), <c>;</c> or a tab.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">See <see cref="Write"/>.</exception>
    public static string ToCsv(CompilationContent content, RegionProfile profile, Language language = Language.Finnish, char delimiter = ',')
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(content, profile, writer, language, delimiter);
        return writer.ToString();
    }

    private static string Join(IEnumerable<string> items) => string.Join("; ", items);

}
