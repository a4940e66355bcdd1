using RakenteellinenSosiaalityo.Core.Testing;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// The main job's <c>check</c> mode (issue 13): <c>check &lt;region|profile.json&gt; [--year yyyy] [--language fi|sv|en]
/// [--warnings-as-errors]</c> runs the configuration test kit (<see cref="ProfileCheck"/>) on a profile and prints every
/// finding. Exit codes: 0 usable (no findings), 1 warnings only, 2 invalid (an error, a profile that does not load, bad
/// arguments, or a warning with <c>--warnings-as-errors</c>).
/// </summary>
internal static class CheckMode
{
    public const string Command = "check";
    public const int WarningsOnly = 1;

    private const string WarningsAsErrors = "--warnings-as-errors";
    private const string Usage = "Usage: AnnualCycle check <kymenlaakso|etela-karjala|path/to/profile.json> [--year <yyyy>] [--language <fi|sv|en>] [--warnings-as-errors]";

    /// <summary>Runs the check mode on the arguments after <c>check</c>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var strict = args.Contains(WarningsAsErrors);
        var rest = args.Where(a => a != WarningsAsErrors).ToArray();
        if (rest.Length == 0 || rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            error.WriteLine($"error: {Command} needs a region or a profile file. {Usage}");
            return CommandLine.BadInput;
        }

        if (!CommandLine.TryParse(["--region", rest[0], .. rest[1..]], out var options, out var problem))
        {
            error.WriteLine($"error: {problem} {Usage}");
            return CommandLine.BadInput;
        }

        if (!CommandLine.TryLoadRegion(options.Region, out var profile, out problem))
        {
            error.WriteLine($"error: {problem}");
            return CommandLine.BadInput;
        }

        var language = options.Language;
        var findings = ProfileCheck.Check(profile, options.Year);
        output.WriteLine($"{Words.Say(language, "Profiilin tarkistus", "Kontroll av profilen", "Profile check")}: {profile.Id} ({profile.Name.Get(language)}), {options.Year}");
        foreach (var finding in findings)
        {
            output.WriteLine($"  {finding.ToString(language)}");
        }

        var errors = findings.Count(f => f.Severity == ProfileFindingSeverity.Error);
        var warnings = findings.Count - errors;
        output.WriteLine($"{Words.Say(language, "Virheitä", "Fel", "Errors")}: {errors}, {Words.Say(language, "varoituksia", "varningar", "warnings")}: {warnings}");
        return errors > 0 || (strict && warnings > 0) ? CommandLine.BadInput
            : warnings > 0 ? WarningsOnly
            : CommandLine.Ok;
    }
}
