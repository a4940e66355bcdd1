using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Csv;

/// <summary>How <see cref="CompilationCsv"/> writes a compilation: language, delimiter and formula neutralisation. Immutable.</summary>
public sealed record CompilationCsvOptions
{
    /// <summary>The defaults: Finnish service names, a comma, formula cells neutralised.</summary>
    public static CompilationCsvOptions Default { get; } = new();

    /// <summary>The language of the service names (default Finnish).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a value that is not a <see cref="Text.Language"/>.</exception>
    public Language Language { get; init => field = Guard.Against.EnumOutOfRange(value); } = Language.Finnish;

    /// <summary>The field delimiter: <c>,</c> (default, RFC 4180), <c>;</c> for Excel with Finnish settings, or a tab.</summary>
    /// <exception cref="ArgumentException">Set to another character.</exception>
    public char Delimiter
    {
        get;
        init => field = value is ',' or ';' or '\t' ? value : throw new ArgumentException("The delimiter is ',', ';' or a tab.", nameof(Delimiter));
    } = ',';

    /// <summary>
    /// Whether a cell that a spreadsheet would evaluate as a formula (it begins with <c>=</c>, <c>+</c>, <c>-</c>,
    /// <c>@</c>, a tab or a carriage return) is written with a leading apostrophe, which spreadsheets show as text
    /// (OWASP "CSV injection"; default true). Turn it off only for a file that a program, not a spreadsheet, reads.
    /// </summary>
    public bool NeutralizeFormulas { get; init; } = true;
}
