using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Where a report stands with respect to a compilation (fi: raportin käsittelyvaihe koosteessa): an included report
/// follows the compilation, so it is at the compilation's last performed step (K 4.3: a report goes on with the
/// compilation to the working group, the steering group and the info session).
/// </summary>
/// <param name="Report">The report.</param>
/// <param name="Compilation">The compilation asked.</param>
/// <param name="Placement">How the compilation accounts for the report.</param>
/// <param name="StepId">For an included report, the compilation's last performed step; null otherwise.</param>
/// <param name="CompilationStatus">For an included report, the compilation's status (completed once its last step is performed); null otherwise.</param>
/// <param name="ExclusionReason">For an excluded report, why; null otherwise.</param>
/// <param name="StatusAtCutoff">For a carried-over report, where it was at the cutoff; null otherwise.</param>
public sealed record ReportStage(
    ReportId Report,
    CompilationId Compilation,
    ReportPlacement Placement,
    StepId? StepId = null,
    LifecycleStatus? CompilationStatus = null,
    ExclusionReason? ExclusionReason = null,
    LifecycleStatus? StatusAtCutoff = null)
{
    /// <summary>Returns the report, the compilation and where the report stands.</summary>
    /// <returns>For example <c>report R-17 in compilation kymenlaakso-2025-01-01: included, at step 'working-group-review'</c>.</returns>
    public override string ToString() => Placement switch
    {
        ReportPlacement.Included => $"report {Report} in compilation {Compilation}: included, at step '{StepId}'",
        ReportPlacement.CarriedOver => $"report {Report} in compilation {Compilation}: carried over ({StatusAtCutoff} at the cutoff)",
        ReportPlacement.Excluded => $"report {Report} in compilation {Compilation}: excluded ({ExclusionReason})",
        _ => $"report {Report}: not in compilation {Compilation}",
    };
}
