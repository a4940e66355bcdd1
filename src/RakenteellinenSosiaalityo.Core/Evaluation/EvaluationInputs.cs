using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// The rules an evaluation's inputs must keep: <see cref="Evaluator.Check"/> returns their problems,
/// the <c>Evaluator.TryEvaluate</c> overloads and <see cref="Evaluator.Evaluate(RegionProfile, NodaTime.DateInterval, IEnumerable{SocialReport}, IEnumerable{CompilationContent}, IEnumerable{ActivityRecord}, IEnumerable{ManualAssessment})"/>
/// evaluate when there are none.
/// </summary>
internal static class EvaluationInputs
{
    /// <summary>
    /// Every problem, in argument order: reports and compilations of another region, assessments of a metric the
    /// profile does not have or of a derived one. A path names the argument and the position, e.g. <c>reports[3]</c>.
    /// </summary>
    public static List<ValidationProblem> Check(RegionProfile profile, List<SocialReport> reports, List<CompilationContent> compilations, List<ManualAssessment> assessments)
    {
        var problems = new List<ValidationProblem>();
        for (var i = 0; i < reports.Count; i++)
        {
            if (reports[i].RegionId != profile.Id)
            {
                problems.Add(new(Path("reports", i), EvaluationException.RegionMismatchCode, $"Report {reports[i].Id} belongs to another region than '{profile.Id}'; evaluate each region with its own reports."));
            }
        }

        for (var i = 0; i < compilations.Count; i++)
        {
            if (compilations[i].RegionId != profile.Id)
            {
                problems.Add(new(Path("compilations", i), EvaluationException.RegionMismatchCode, $"The compilation of {compilations[i].Period} belongs to another region than '{profile.Id}'; evaluate each region with its own compilations."));
            }
        }

        for (var i = 0; i < assessments.Count; i++)
        {
            var assessment = assessments[i];
            var metric = profile.Metrics.FirstOrDefault(m => m.Id == assessment.MetricId);
            if (metric is null)
            {
                problems.Add(new(Path("assessments", i), EvaluationException.UnknownMetricCode, $"The assessment names metric '{assessment.MetricId}', which region profile '{profile.Id}' does not have. Its metrics are: {string.Join(", ", profile.Metrics.Select(m => m.Id))}."));
            }
            else if (!metric.IsManual)
            {
                problems.Add(new(Path("assessments", i), EvaluationException.DerivedMetricAssessedCode, $"Metric '{metric.Id}' is derived from the records ({metric.Derived!.Kind}); only manual metrics take an assessment. Record what happened instead."));
            }
        }

        return problems;
    }

    private static string Path(string argument, int index) => FormattableString.Invariant($"{argument}[{index}]");
}
