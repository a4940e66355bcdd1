using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The rules a compilation's inputs must keep, checked in one pass that also picks the reports the compilation is
/// about: <see cref="Compiler.Check"/> returns its problems, <see cref="Compiler.TryCompile"/> and
/// <see cref="Compiler.Compile"/> compile the picked reports when there are none.
/// </summary>
internal static class CompilationInputs
{
    /// <summary>
    /// Checks the inputs and returns every problem, in the order a reader meets them: the period and cutoff (when
    /// one of them is wrong nothing else is checked), the earlier compilations (when they are wrong, the carried-over
    /// reports are unknown and the reports are not checked), each report in input order, and the carried-over reports
    /// missing from the input.
    /// </summary>
    public static List<ValidationProblem> Check(
        RegionProfile profile,
        ReportingPeriod period,
        Instant cutoff,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent>? previous,
        out Selection selection)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(reports);
        selection = new Selection(null, new Dictionary<ReportId, CarriedOverReport>(), []);
        var problems = new List<ValidationProblem>();
        var scheme = profile.ReportingPeriods;
        if (period.Start == default(LocalDate) || !scheme.IsPeriodOf(period))
        {
            problems.Add(new("period", CompilationException.UnknownPeriodCode, $"{period} is not a reporting period of region '{profile.Id}'; take one from its ReportingPeriods."));
            return problems;
        }

        var end = FinnishTime.StartOf(period.End.PlusDays(1));
        if (cutoff < end)
        {
            problems.Add(new("cutoff", CompilationException.CutoffBeforePeriodEndCode, $"The cutoff {cutoff} is before period {period} ends ({end}); compile a period after it has ended."));
            return problems;
        }

        var (before, beforeIndex) = PreviousCompilation(profile, scheme.Previous(period), previous, problems);
        if (problems.Count > 0)
        {
            return problems;
        }

        var carried = selection.Carried;
        foreach (var c in before?.CarriedOver ?? [])
        {
            carried[c.Id] = c;
        }

        // Sized once from the input's count when it has one: a million reports make no rehash and no list growth.
        var capacity = reports.TryGetNonEnumeratedCount(out var count) ? count : 0;
        var seen = new HashSet<ReportId>(capacity);
        var picked = selection.Reports;
        picked.Capacity = capacity;

        // In the period by its date in Finland (ReportingPeriodScheme.PeriodOf) is, for an instant, between the
        // period's first and the next period's first instant in Finland: two comparisons per report, not a time-zone
        // conversion.
        var start = FinnishTime.StartOf(period.Start);
        var index = -1;
        foreach (var report in reports)
        {
            index++;
            Guard.Against.Null(report, nameof(reports));
            if (report.SubmittedAt is not { } submitted
                || ((submitted < start || submitted >= end) && !(carried.Count > 0 && carried.ContainsKey(report.Id))))
            {
                continue;
            }

            if (report.RegionId != profile.Id)
            {
                problems.Add(new(Path("reports", index), CompilationException.RegionMismatchCode, $"Report {report.Id} follows the process of region '{report.RegionId}', not '{profile.Id}'."));
            }
            else if (!seen.Add(report.Id))
            {
                problems.Add(new(Path("reports", index), CompilationException.DuplicateReportCode, $"Report {report.Id} is given twice; give each report once, in its latest state."));
            }
            else
            {
                picked.Add(report);
            }
        }

        var missing = carried.Keys.Where(id => !seen.Contains(id)).Select(id => id.Value).Order(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new(
                Path("previous", beforeIndex) + ".carriedOver",
                CompilationException.MissingCarriedOverReportCode,
                $"The compilation of {before!.Period} carried over {missing.Count} report(s) that are not in the input: {string.Join(", ", missing.Take(20))}{(missing.Count > 20 ? ", …" : string.Empty)}. Give every report of the region, so that none is lost."));
        }

        selection = selection with { Before = before };
        return problems;
    }

    private static (CompilationContent? Found, int Index) PreviousCompilation(RegionProfile profile, ReportingPeriod previousPeriod, IEnumerable<CompilationContent>? previous, List<ValidationProblem> problems)
    {
        CompilationContent? found = null;
        var foundAt = -1;
        var periods = new HashSet<ReportingPeriod>();
        var index = -1;
        foreach (var compilation in previous ?? [])
        {
            index++;
            Guard.Against.Null(compilation, nameof(previous));
            if (compilation.RegionId != profile.Id)
            {
                problems.Add(new(Path("previous", index), CompilationException.RegionMismatchCode, $"The compilation of {compilation.Period} is of region '{compilation.RegionId}', not '{profile.Id}'."));
                continue;
            }

            if (!periods.Add(compilation.Period))
            {
                problems.Add(new(Path("previous", index), CompilationException.DuplicateCompilationCode, $"Two earlier compilations cover {compilation.Period}; give each period's compilation once."));
                continue;
            }

            if (compilation.Period == previousPeriod)
            {
                (found, foundAt) = (compilation, index);
            }
        }

        return (found, foundAt);
    }

    private static string Path(string argument, int index) => FormattableString.Invariant($"{argument}[{index}]");

    /// <summary>
    /// What the check picked: the previous period's compilation, the reports it carried over, and the reports of the
    /// compilation (submitted in the period or carried over, each once, of the profile's region) in input order.
    /// </summary>
    internal sealed record Selection(CompilationContent? Before, Dictionary<ReportId, CarriedOverReport> Carried, List<SocialReport> Reports);
}
