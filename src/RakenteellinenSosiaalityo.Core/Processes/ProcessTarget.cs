using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// What an operation of a process-driven aggregate is on (the target), as its messages name it (e.g. <c>report R-17</c>),
/// and the checks every such aggregate makes the same way: the region, personal data, the first refusal of several.
/// Not to be confused with the domain's <see cref="Reports.ReportSubject"/>, what a social report is about.
/// </summary>
/// <param name="InWords">The target in words, e.g. <c>compilation etela-karjala-2025-07-01</c>.</param>
/// <param name="RegionId">The id of the region whose process the aggregate follows.</param>
internal readonly record struct ProcessTarget(string InWords, RegionId RegionId)
{
    /// <summary>The target in words starting with a capital letter, to begin a sentence.</summary>
    public string Capitalized => Capitalize(InWords);

    public static string Capitalize(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The first check that refuses, evaluating the later ones only while the earlier allow.</summary>
    public static LifecycleCheck First(LifecycleCheck check, params Func<LifecycleCheck>[] then)
    {
        foreach (var next in then)
        {
            if (!check.IsAllowed)
            {
                return check;
            }

            check = next();
        }

        return check;
    }

    /// <summary>Refuses a profile of another region than the aggregate's.</summary>
    public LifecycleCheck CheckRegion(RegionProfile profile)
    {
        Guard.Against.Null(profile);
        return profile.Id == RegionId
            ? LifecycleCheck.Allowed
            : LifecycleCheck.Refuse(LifecycleRules.RegionMismatch, $"{Capitalized} follows the process of region '{RegionId}', not '{profile.Id}'; pass that region's profile.");
    }

    /// <summary>Refuses personal data found in free text, naming the fields and kinds, never the values.</summary>
    public LifecycleCheck Private(IReadOnlyList<PersonalDataFinding> findings) =>
        findings.Count == 0 ? LifecycleCheck.Allowed : LifecycleCheck.RefusePersonalData(InWords, findings);

    /// <summary>Returns <see cref="InWords"/>.</summary>
    public override string ToString() => InWords;
}
