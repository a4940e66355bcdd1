using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Testing;

/// <summary>
/// Thrown by <see cref="ProfileCheck.AssertUsable"/> when a region profile has errors (or warnings, when they are
/// treated as errors); the message lists every finding, one a line.
/// </summary>
public sealed class ProfileCheckException : DomainException
{
    /// <summary>The code of this exception: <c>profile-check-failed</c>.</summary>
    public const string FailedCode = "profile-check-failed";

    /// <summary>Creates the exception.</summary>
    /// <param name="regionId">The id of the checked region.</param>
    /// <param name="findings">Every finding of the check.</param>
    public ProfileCheckException(RegionId regionId, IReadOnlyList<ProfileFinding> findings)
        : base(FailedCode, Describe(regionId, findings))
    {
        Findings = findings;
    }

    /// <summary>Every finding of the check, errors and warnings.</summary>
    public IReadOnlyList<ProfileFinding> Findings { get; }

    private static string Describe(RegionId regionId, IReadOnlyList<ProfileFinding> findings) =>
        $"Rule {FailedCode}: the profile of region '{regionId}' is not ready for use ({findings.Count(f => f.Severity == ProfileFindingSeverity.Error)} errors, {findings.Count(f => f.Severity == ProfileFindingSeverity.Warning)} warnings):"
        + string.Concat(findings.Select(f => Environment.NewLine + "  " + f));
}
