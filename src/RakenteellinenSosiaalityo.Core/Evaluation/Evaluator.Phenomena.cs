using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <content>The evaluation's overloads that read real phenomenon reports.</content>
public static partial class Evaluator
{
    /// <summary>
    /// Evaluates like <see cref="TryEvaluate(RegionProfile, DateInterval, IEnumerable{SocialReport}, IEnumerable{CompilationContent}, IEnumerable{ActivityRecord}, IEnumerable{ManualAssessment}, out EvaluationReport?, out EvaluationException?)"/>,
    /// reading the phenomenon metrics also from real phenomenon reports (<see cref="PhenomenonReport.ActivityRecords"/>),
    /// and answers a broken rule (a report of another region among them, too) with <paramref name="error"/> instead of throwing it.
    /// </summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="dates">The evaluated dates, both ends included, within years 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="phenomenonReports">The region's phenomenon reports.</param>
    /// <param name="records">What else happened, e.g. records of phenomenon reports made outside the library.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <param name="evaluation">The evaluation, when the inputs keep every rule.</param>
    /// <param name="error">The broken rule, when they do not.</param>
    /// <returns>True when evaluated.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reach outside years 2–9998.</exception>
    public static bool TryEvaluate(
        RegionProfile profile,
        DateInterval dates,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<PhenomenonReport> phenomenonReports,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments,
        [NotNullWhen(true)] out EvaluationReport? evaluation,
        [NotNullWhen(false)] out EvaluationException? error)
    {
        var derived = PhenomenonRecords(profile, phenomenonReports, out var mismatch);
        if (mismatch is not null)
        {
            evaluation = null;
            error = mismatch;
            return false;
        }

        return TryEvaluate(profile, dates, reports, compilations, Guard.Against.Null(records).Concat(derived), assessments, out evaluation, out error);
    }

    /// <summary>
    /// The activity records <paramref name="phenomenonReports"/> give the evaluation, or, in <paramref name="mismatch"/>,
    /// the refusal of the first one of another region (or of a profile without a phenomenon process).
    /// </summary>
    private static List<KnowledgeProductHandled> PhenomenonRecords(RegionProfile profile, IEnumerable<PhenomenonReport> phenomenonReports, out EvaluationException? mismatch)
    {
        Guard.Against.Null(profile);
        var phenomena = NoNulls(phenomenonReports, nameof(phenomenonReports));
        if (phenomena.FirstOrDefault(r => r.RegionId != profile.Id || profile.PhenomenonProcess is null) is { } foreign)
        {
            mismatch = new EvaluationException(EvaluationException.RegionMismatchCode, $"Phenomenon report {foreign.Id} belongs to region '{foreign.RegionId}', not to '{profile.Id}' with its phenomenon process; evaluate each region with its own phenomenon reports.");
            return [];
        }

        mismatch = null;
        return phenomena.SelectMany(r => r.ActivityRecords(profile)).ToList();
    }
}
