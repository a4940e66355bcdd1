using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Hosting;

/// <summary>
/// Resolves a region setting, a built-in region's id or the path of a region profile file, to a validated
/// <see cref="RegionProfile"/>, reporting every problem at once.
/// </summary>
public static class RegionSource
{
    /// <summary>The path the problems of the setting itself carry (the configuration key, not a JSON path).</summary>
    public const string SettingPath = "Region";

    /// <summary>The code of the <see cref="ValidationException"/> <see cref="Load"/> throws.</summary>
    public const string InvalidCode = "region-invalid";

    /// <summary>
    /// Resolves <paramref name="region"/>: a built-in id (<see cref="BuiltInRegions.Ids"/>) first, otherwise the path
    /// of a profile file (relative to <paramref name="baseDirectory"/>), read and validated with
    /// <see cref="RegionProfileJson.TryLoad(Stream, out RegionProfile?, out IReadOnlyList{ValidationProblem})"/> (a file
    /// over <see cref="RegionProfileJson.MaxBytes"/> is refused with <see cref="RuleCodes.ProfileTooLarge"/> at <c>$</c>).
    /// </summary>
    /// <param name="region">The setting; null or blank is reported as a missing setting.</param>
    /// <param name="baseDirectory">The directory a relative path is resolved against; null for the current directory.</param>
    /// <param name="profile">The profile when the setting resolves to a valid one; null otherwise.</param>
    /// <param name="problems">
    /// Empty on success; otherwise every problem: a missing setting (<see cref="ValidationRules.MissingProperty"/> at
    /// <see cref="SettingPath"/>), an unknown region or an unreadable file (<see cref="ValidationRules.InvalidValue"/>
    /// at <see cref="SettingPath"/>), or each problem of the profile file with its JSON path.
    /// </param>
    /// <returns>True when <paramref name="profile"/> holds the profile.</returns>
    public static bool TryLoad(string? region, string? baseDirectory, out RegionProfile? profile, out IReadOnlyList<ValidationProblem> problems)
    {
        profile = null;
        if (string.IsNullOrWhiteSpace(region))
        {
            problems = [new ValidationProblem(SettingPath, ValidationRules.MissingProperty, MissingMessage)];
            return false;
        }

        if (RegionId.IsValid(region) && BuiltInRegions.TryGet(new RegionId(region), out profile))
        {
            problems = [];
            return true;
        }

        string path;
        try
        {
            path = Path.GetFullPath(region, string.IsNullOrWhiteSpace(baseDirectory) ? Directory.GetCurrentDirectory() : baseDirectory);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problems = [Unknown(region)];
            return false;
        }

        if (!File.Exists(path))
        {
            problems = [region.EndsWith(".json", StringComparison.OrdinalIgnoreCase)
                ? new ValidationProblem(SettingPath, ValidationRules.InvalidValue, $"The region profile file '{path}' does not exist.")
                : Unknown(region)];
            return false;
        }

        // Read as a stream, so that a file over RegionProfileJson.MaxBytes is refused without being read whole.
        try
        {
            using var file = File.OpenRead(path);
            return RegionProfileJson.TryLoad(file, out profile, out problems);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException)
        {
            problems = [new ValidationProblem(SettingPath, ValidationRules.InvalidValue, $"Cannot read the region profile file '{path}': {e.Message}")];
            return false;
        }
    }

    /// <summary>Resolves <paramref name="region"/> as <see cref="TryLoad"/> does, throwing when it fails.</summary>
    /// <param name="region">The setting: a built-in id or a profile file path.</param>
    /// <param name="baseDirectory">The directory a relative path is resolved against; null for the current directory.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ValidationException">
    /// The setting is missing, names no region, or the file is unreadable or invalid (code <see cref="InvalidCode"/>),
    /// with every problem.
    /// </exception>
    public static RegionProfile Load(string? region, string? baseDirectory = null) =>
        TryLoad(region, baseDirectory, out var profile, out var problems)
            ? profile!
            : throw new ValidationException(InvalidCode, Subject(region), problems);

    /// <summary>Describes a setting for messages: "Region profile 'x.json'" or "Region setting".</summary>
    internal static string Subject(string? region) =>
        string.IsNullOrWhiteSpace(region) ? "Region setting" : $"Region profile '{region}'";

    private const string MissingMessage =
        "No region is configured: set 'Region' to kymenlaakso, etela-karjala or the path of a region profile .json file.";

    private static ValidationProblem Unknown(string region) =>
        new(SettingPath, ValidationRules.InvalidValue,
            $"Unknown region '{region}': use {string.Join(" or ", BuiltInRegions.Ids)}, or the path of a region profile .json file.");
}
