using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Evaluates a region's plan (fi: toteutussuunnitelman arviointi): every metric of the profile's
/// <see cref="RegionProfile.Metrics"/>, derived ones from the reports, compilations and activity records of the
/// evaluated dates, manual ones from people's assessments.
/// </summary>
/// <remarks>
/// <para>A pure function: the same inputs give the same report, in any order. How each derived rule gives a status:</para>
/// <list type="bullet">
/// <item><see cref="ReportsPerPeriodRule"/>: for each reporting period that ends within the dates, the social reports
/// submitted in it (first submission, Helsinki date; withdrawn reports do not count) among the reports given and the
/// compilations' included reports, and whether a compilation of the period is given.</item>
/// <item><see cref="MeetingsHeldRule"/>: <see cref="MeetingHeld"/> records of the body within the dates against the target,
/// or against the annual-clock activities of the <c>plannedBy</c> rules that start within the dates.</item>
/// <item><see cref="ProductsHandledRule"/>: distinct compilation periods and phenomenon report titles in
/// <see cref="KnowledgeProductHandled"/> records of the body within the dates (and months).</item>
/// <item><see cref="PhenomenonReportRule"/>: a <see cref="KnowledgeProductHandled"/> record of a phenomenon report by the
/// body within the dates (approved, when the rule says so); a <see cref="PhenomenonReport"/> given to the evaluation gives these records itself; otherwise the
/// record of their handling stands for them.</item>
/// <item><see cref="CommunicationRule"/>: <see cref="CommunicationMade"/> records for each audience.</item>
/// <item><see cref="OnboardingRule"/>: new professionals in <see cref="OnboardingGiven"/> records.</item>
/// </list>
/// <para>
/// A manual metric takes the status of its latest assessment (by date; on the same date, the one given last); without
/// one it is <see cref="MetricStatus.NotAssessed"/>. Records of actors the profile does not have simply match no metric.
/// </para>
/// </remarks>
public static partial class Evaluator
{
    /// <summary>Evaluates the plan for the calendar year <paramref name="year"/>.</summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="year">The year, 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>The evaluation, one result per metric.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2–9998.</exception>
    /// <exception cref="EvaluationException">A report or compilation belongs to another region, or an assessment names an unknown or a derived metric.</exception>
    public static EvaluationReport Evaluate(
        RegionProfile profile,
        int year,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        Guard.Against.OutOfRange(year, nameof(year), AnnualClock.MinYear, AnnualClock.MaxYear);
        return Evaluate(profile, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), reports, compilations, records, assessments);
    }

    /// <summary>
    /// Evaluates the plan for the calendar year <paramref name="year"/>, reading the phenomenon metrics from real
    /// phenomenon reports (<see cref="PhenomenonReport.ActivityRecords"/>) besides any records of reports made outside the library.
    /// </summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="year">The year, 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="phenomenonReports">The region's phenomenon reports.</param>
    /// <param name="records">What else happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>The evaluation, one result per metric.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2–9998.</exception>
    /// <exception cref="EvaluationException">A report, compilation or phenomenon report belongs to another region, or an assessment names an unknown or a derived metric.</exception>
    public static EvaluationReport Evaluate(
        RegionProfile profile,
        int year,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<PhenomenonReport> phenomenonReports,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        var derived = PhenomenonRecords(profile, phenomenonReports, out var mismatch);
        return mismatch is null ? Evaluate(profile, year, reports, compilations, Guard.Against.Null(records).Concat(derived), assessments) : throw mismatch;
    }

    /// <summary>Evaluates the plan over its validity (<see cref="Plans.ImplementationPlan.Validity"/>).</summary>
    /// <param name="profile">The region profile with its metrics and a plan validity with an end.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>The evaluation, one result per metric.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="EvaluationException">The plan has no validity or no end (code <c>no-validity</c>), or as <see cref="Evaluate(RegionProfile, DateInterval, IEnumerable{SocialReport}, IEnumerable{CompilationContent}, IEnumerable{ActivityRecord}, IEnumerable{ManualAssessment})"/>.</exception>
    public static EvaluationReport EvaluatePlan(
        RegionProfile profile,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        Guard.Against.Null(profile);
        if (profile.Plan.Validity is not { End: { } end } validity)
        {
            throw new EvaluationException(EvaluationException.NoValidityCode, $"The plan of region '{profile.Id}' has no validity with an end date; evaluate a calendar year instead, or give the plan's validity an end.");
        }

        return Evaluate(profile, new DateInterval(validity.Start, end), reports, compilations, records, assessments);
    }

    /// <summary>
    /// Evaluates like <see cref="Evaluate(RegionProfile, DateInterval, IEnumerable{SocialReport}, IEnumerable{CompilationContent}, IEnumerable{ActivityRecord}, IEnumerable{ManualAssessment})"/>,
    /// but answers broken rules of the inputs (<see cref="Check"/>) with <paramref name="error"/> instead of throwing it, so that a caller can ask first.
    /// </summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="dates">The evaluated dates, both ends included, within years 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <param name="evaluation">The evaluation, when the inputs keep every rule.</param>
    /// <param name="error">The broken rules (<see cref="Validation.ProblemsException.Problems"/>), when they do not.</param>
    /// <returns>True when evaluated.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reach outside years 2–9998.</exception>
    public static bool TryEvaluate(
        RegionProfile profile,
        DateInterval dates,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments,
        [NotNullWhen(true)] out EvaluationReport? evaluation,
        [NotNullWhen(false)] out EvaluationException? error)
    {
        var inputs = Inputs.Of(profile, dates, reports, compilations, records, assessments);
        var problems = EvaluationInputs.Check(profile, inputs.Reports, inputs.Compilations, inputs.Assessments);
        (evaluation, error) = problems.Count > 0 ? (null, new EvaluationException(problems)) : (Run(profile, dates, inputs), (EvaluationException?)null);
        return error is null;
    }

    /// <summary>
    /// Checks the inputs of an evaluation against every rule <see cref="Evaluate(RegionProfile, DateInterval, IEnumerable{SocialReport}, IEnumerable{CompilationContent}, IEnumerable{ActivityRecord}, IEnumerable{ManualAssessment})"/>
    /// enforces and returns the problems, so that a caller can ask first. A problem's <see cref="Validation.ValidationProblem.Path"/>
    /// names the argument and the position in it, e.g. <c>reports[3]</c> or <c>assessments[0]</c>.
    /// </summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="dates">The evaluated dates, both ends included, within years 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>Every problem found, each with a code of <see cref="EvaluationException"/>; empty when the inputs can be evaluated.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reach outside years 2–9998.</exception>
    public static IReadOnlyList<Validation.ValidationProblem> Check(
        RegionProfile profile,
        DateInterval dates,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        var inputs = Inputs.Of(profile, dates, reports, compilations, records, assessments);
        return EvaluationInputs.Check(profile, inputs.Reports, inputs.Compilations, inputs.Assessments);
    }

    /// <summary>Evaluates the plan over <paramref name="dates"/>.</summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="dates">The evaluated dates, both ends included, within years 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>The evaluation, one result per metric.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reach outside years 2–9998.</exception>
    /// <exception cref="EvaluationException">A report or compilation belongs to another region (code <c>region-mismatch</c>), or an
    /// assessment names a metric the profile does not have (<c>unknown-metric</c>) or a derived one (<c>derived-metric-assessed</c>): the problems of
    /// <see cref="Check"/>, all in <see cref="Validation.ProblemsException.Problems"/>, the first one's code as <see cref="DomainException.Code"/>.</exception>
    public static EvaluationReport Evaluate(
        RegionProfile profile,
        DateInterval dates,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        var inputs = Inputs.Of(profile, dates, reports, compilations, records, assessments);
        var problems = EvaluationInputs.Check(profile, inputs.Reports, inputs.Compilations, inputs.Assessments);
        return problems.Count > 0 ? throw new EvaluationException(problems) : Run(profile, dates, inputs);
    }

    private static EvaluationReport Run(RegionProfile profile, DateInterval dates, Inputs inputs)
    {
        var metricInputs = new MetricInputs(profile, dates, inputs.Reports, inputs.Compilations, inputs.Records);
        var results = profile.Metrics.Select(metric => metric.Derived is { } derived
            ? derived.Evaluate(metric, metricInputs)
            : Assessed(metric, inputs.Assessments));
        return new EvaluationReport(profile.Id, dates.Start, dates.End, results.ToList());
    }

    private static List<T> NoNulls<T>(IEnumerable<T> items, string name)
        where T : class
    {
        Guard.Against.Null(items, name);
        var list = items.ToList();
        return list.Contains(null!) ? throw new ArgumentNullException(name, "The list holds null.") : list;
    }

    private static MetricResult Assessed(EvaluationMetric metric, List<ManualAssessment> assessments)
    {
        var latest = assessments.Select((a, i) => (Assessment: a, Index: i))
            .Where(a => a.Assessment.MetricId == metric.Id)
            .OrderBy(a => a.Assessment.On).ThenBy(a => a.Index)
            .Select(a => a.Assessment)
            .LastOrDefault();
        return new MetricResult(metric, latest?.Status ?? MetricStatus.NotAssessed, null, null, null, latest);
    }

    // The inputs as lists, with the programming errors (null, dates out of range) refused.
    private sealed record Inputs(List<SocialReport> Reports, List<CompilationContent> Compilations, List<ActivityRecord> Records, List<ManualAssessment> Assessments)
    {
        public static Inputs Of(RegionProfile profile, DateInterval dates, IEnumerable<SocialReport> reports, IEnumerable<CompilationContent> compilations, IEnumerable<ActivityRecord> records, IEnumerable<ManualAssessment> assessments)
        {
            Guard.Against.Null(profile);
            Guard.Against.Null(dates);
            Guard.Against.OutOfRange(dates.Start.Year, nameof(dates), AnnualClock.MinYear, AnnualClock.MaxYear);
            Guard.Against.OutOfRange(dates.End.Year, nameof(dates), AnnualClock.MinYear, AnnualClock.MaxYear);
            return new Inputs(
                NoNulls(reports, nameof(reports)),
                NoNulls(compilations, nameof(compilations)),
                NoNulls(records, nameof(records)).Where(r => dates.Contains(r.On)).ToList(),
                NoNulls(assessments, nameof(assessments)));
        }
    }
}
