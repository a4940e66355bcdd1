using System.Globalization;
using Ardalis.GuardClauses;
using CsvHelper;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Csv;

/// <summary>
/// Writes a compilation's counts per group as CSV (fi: koosteen lukumäärät CSV-muodossa): one row per group of every
/// dimension the compilation groups by (<see cref="CompilationContent.Dimensions"/>, in that order), e.g. the reports
/// per municipality.
/// </summary>
/// <remarks>
/// Columns: <c>dimension, key, name, count</c>: the dimension's camelCase name, the group's key, its name for people
/// in the requested language (<see cref="GroupingLabels.KeyName"/>) and the number of included reports in it. Quoting
/// and formula neutralisation are those of <see cref="CompilationCsv"/>.
/// </remarks>
public static class CompilationCountsCsv
{
    /// <summary>The column headers, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } = ["dimension", "key", "name", "count"];

    /// <summary>Writes the counts per group to <paramref name="writer"/>.</summary>
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
        if (content.RegionId != profile.Id)
        {
            throw new ArgumentException($"The compilation is of region '{content.RegionId}', not '{profile.Id}'.", nameof(profile));
        }

        using var csv = new CsvWriter(writer, CompilationCsv.Configuration(options), leaveOpen: true);
        foreach (var column in Columns)
        {
            csv.WriteField(column);
        }

        csv.NextRecord();
        foreach (var dimension in content.Dimensions)
        {
            foreach (var group in content.GroupsOf(dimension))
            {
                csv.WriteField(Text.CamelCase.Of(dimension));
                csv.WriteField(group.Key);
                csv.WriteField(GroupingLabels.KeyName(profile, dimension, group.Key).Get(options.Language));
                csv.WriteField(group.Reports.Count.ToString(CultureInfo.InvariantCulture));
                csv.NextRecord();
            }
        }

        csv.Flush();
    }

    /// <summary>Returns the counts per group as CSV text.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <param name="options">Language, delimiter and formula neutralisation; null for the defaults.</param>
    /// <returns>The CSV text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> or <paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region.</exception>
    public static string ToCsv(CompilationContent content, RegionProfile profile, CompilationCsvOptions? options = null)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        Write(content, profile, writer, options ?? CompilationCsvOptions.Default);
        return writer.ToString();
    }
}
