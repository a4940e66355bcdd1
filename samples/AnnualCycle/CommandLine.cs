using System.Globalization;
using RakenteellinenSosiaalityo.Core.Hosting;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// Parses the sample's few options by hand: the contract (one-line errors, exit code 2 for bad input) is simpler to
/// keep exact without a parsing library.
/// </summary>
internal static class CommandLine
{
    public const int Ok = 0;
    public const int BadInput = 2;

    private const string Usage =
        "Usage: AnnualCycle --region <kymenlaakso|etela-karjala|path/to/profile.json> [--year <yyyy>] [--language <fi|sv|en>] [--ics <dir|file.ics>] [--figures <dir>]" + " | AnnualCycle check <region|profile.json> [--year <yyyy>] [--language <fi|sv|en>] [--warnings-as-errors]";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Contains("--help") || args.Contains("-h"))
        {
            output.WriteLine(Usage);
            return Ok;
        }

        if (args is [CheckMode.Command, .. var checkArgs]) { return CheckMode.Run(checkArgs, output, error); }

        if (!ClockSection.TryTakeIcsOption(ref args, out var ics, out var icsProblem))
        {
            error.WriteLine($"error: {icsProblem} {Usage}");
            return BadInput;
        }

        if (!FiguresSection.TryTakeOption(ref args, out var figures, out var figuresProblem)) { error.WriteLine($"error: {figuresProblem} {Usage}"); return BadInput; }

        if (!TryParse(args, out var options, out var problem))
        {
            error.WriteLine($"error: {problem} {Usage}");
            return BadInput;
        }

        if (!TryLoadRegion(options.Region, out var profile, out problem))
        {
            error.WriteLine($"error: {problem}");
            return BadInput;
        }

        Report.Write(profile, options.Year, options.Language, output);
        var sampleReports = ReportsSection.Write(profile, options.Year, options.Language, output);
        var (reports, compilations) = CompilationSection.Write(profile, options.Year, options.Language, sampleReports, output);
        return ClockSection.Write(profile, options.Year, options.Language, ics, output, error)
            && FiguresSection.Write(profile, options.Year, options.Language, FiguresSection.Directory(figures, ics), compilations, output, error)
            && PhenomenonSection.Write(profile, options.Year, options.Language, compilations, ics, output, error, out var phenomenonReport)
            && EvaluationSection.Write(profile, options.Year, options.Language, reports, compilations, phenomenonReport, output)
            ? Ok
            : BadInput;
    }

    internal static bool TryParse(string[] args, out Options options, out string problem)
    {
        options = new Options(string.Empty, ThisYear(), Language.Finnish);
        string? region = null;
        var year = options.Year;
        var language = Language.Finnish;
        for (var i = 0; i < args.Length; i++)
        {
            var name = args[i];
            if (name is not ("--region" or "--year" or "--language"))
            {
                problem = $"Unknown argument '{name}'.";
                return false;
            }

            if (i + 1 >= args.Length)
            {
                problem = $"{name} needs a value.";
                return false;
            }

            var value = args[++i];
            switch (name)
            {
                case "--region":
                    region = value;
                    break;
                case "--year":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out year) || year is < 1900 or > 2199)
                    {
                        problem = $"--year must be a year from 1900 to 2199, not '{value}'.";
                        return false;
                    }

                    break;
                default:
                    var parsed = value switch
                    {
                        "fi" => Language.Finnish,
                        "sv" => Language.Swedish,
                        "en" => Language.English,
                        _ => (Language?)null,
                    };
                    if (parsed is null)
                    {
                        problem = $"--language must be fi, sv or en, not '{value}'.";
                        return false;
                    }

                    language = parsed.Value;
                    break;
            }
        }

        if (region is null)
        {
            problem = "--region is required.";
            return false;
        }

        options = new Options(region, year, language);
        problem = string.Empty;
        return true;
    }

    internal static bool TryLoadRegion(string region, out RegionProfile profile, out string problem)
    {
        // The same resolution a region system gets from the Hosting package: a built-in id, else a profile file.
        if (RegionSource.TryLoad(region, baseDirectory: null, out var loaded, out var problems))
        {
            profile = loaded!;
            problem = string.Empty;
            return true;
        }

        profile = null!;
        var first = problems[0];
        var more = problems.Count > 1 ? $" (and {problems.Count - 1} more: {string.Join("; ", problems.Skip(1).Select(p => $"{p.Path} [{p.Rule}]"))})" : string.Empty;
        problem = first.Path == RegionSource.SettingPath ? first.Message : $"The region profile '{region}' is invalid: {first}{more}";
        return false;
    }

    private static int ThisYear() =>
        RakenteellinenSosiaalityo.Core.Periods.FinnishTime.DateOf(NodaTime.SystemClock.Instance.GetCurrentInstant()).Year;

    internal sealed record Options(string Region, int Year, Language Language);
}
