using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RegionSystem.Api;

/// <summary>One line of a report list: no content, so a list never carries free text.</summary>
internal sealed record ReportSummary(
    string Id, LifecycleStatus Status, long Version, Instant? SubmittedAt, IReadOnlyList<StepId> PerformedSteps, IReadOnlyList<StepId> PendingSteps)
{
    public static ReportSummary Of(SocialReport report, long version, RegionProfile profile) =>
        new(report.Id.Value, report.Status, version, report.SubmittedAt, report.PerformedSteps,
            report.PendingSteps(profile).Select(step => step.Id).ToList());
}
