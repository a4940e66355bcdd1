using System.Runtime.InteropServices;
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
    /// missing from the input. In the same pass, while no problem is found, hands each report of the compilation to
    /// <paramref name="builder"/> (when given): one pass over a million reports, not one to check and one to compile.
    /// </summary>
    public static List<ValidationProblem> Check(
        RegionProfile profile,
        ReportingPeriod period,
        Instant cutoff,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent>? previous,
        CompilationBuilder? builder)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(reports);
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

        // The reports the previous compilation carried over, by their number in its list (a report listed twice: the last).
        var carriedOver = before?.CarriedOver ?? [];
        var carried = new Dictionary<ReportId, int>(carriedOver.Count);
        for (var i = 0; i < carriedOver.Count; i++)
        {
            carried[carriedOver[i].Id] = i;
        }

        // In the period by its date in Finland (ReportingPeriodScheme.PeriodOf) is, for an instant, between the
        // period's first and the next period's first instant in Finland: two comparisons per report, not a time-zone
        // conversion.
        var pass = new Pass(profile.Id, FinnishTime.StartOf(period.Start), end, carried, carriedOver.Count, problems, builder);
        var count = reports.TryGetNonEnumeratedCount(out var n) ? n : 0;
        builder?.Begin(before, carried, count);
        switch (reports)
        {
            case SocialReport[] array:
                pass.Run(array);
                break;
            case List<SocialReport> list:
                pass.Run(CollectionsMarshal.AsSpan(list));
                break;
            default:
                pass.Run(reports, count);
                break;
        }

        var missing = new List<string>();
        foreach (var (id, number) in carried)
        {
            if (!pass.Found(number))
            {
                missing.Add(id.Value);
            }
        }

        if (missing.Count > 0)
        {
            missing.Sort(StringComparer.Ordinal);
            problems.Add(new(
                Path("previous", beforeIndex) + ".carriedOver",
                CompilationException.MissingCarriedOverReportCode,
                $"The compilation of {before!.Period} carried over {missing.Count} report(s) that are not in the input: {string.Join(", ", missing.Take(20))}{(missing.Count > 20 ? ", …" : string.Empty)}. Give every report of the region, so that none is lost."));
        }

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
    /// The pass over the reports: picks the compilation's (submitted in the period or carried over into it), refuses
    /// reports of another region and ids given twice, and hands the rest to the builder while no problem is found.
    /// </summary>
    /// <remarks>
    /// Ids given twice without a hash set while the input allows: as long as the picked reports' ids ascend
    /// (ordinal), as a region system numbering its reports in submission order gives them, no id can repeat and one
    /// comparison per report proves it. At the first id that does not ascend, the ids picked so far go into a set
    /// sized once, and the set checks the rest. An input that cannot be read twice uses the set from the start.
    /// </remarks>
    private sealed class Pass(RegionId region, Instant start, Instant end, Dictionary<ReportId, int> carried, int carriedListed, List<ValidationProblem> problems, CompilationBuilder? builder)
    {
        private readonly bool[] found = new bool[carriedListed]; // By number in the list: an id listed twice keeps its last number.
        private HashSet<ReportId>? seen;
        private string? lastId;

        /// <summary>Whether the previous compilation's carried-over report number <paramref name="number"/> was in the input.</summary>
        public bool Found(int number) => found[number];

        public void Run(ReadOnlySpan<SocialReport> reports)
        {
            for (var index = 0; index < reports.Length; index++)
            {
                var report = reports[index];
                if (!IsPicked(report, index))
                {
                    continue;
                }

                if (seen is null && lastId is not null && string.CompareOrdinal(lastId, report.Id.Value) >= 0)
                {
                    seen = new HashSet<ReportId>(reports.Length);
                    for (var i = 0; i < index; i++)
                    {
                        if (IsOfCompilation(reports[i]) && reports[i].RegionId == region)
                        {
                            seen.Add(reports[i].Id);
                        }
                    }
                }

                Accept(report, index);
            }
        }

        public void Run(IEnumerable<SocialReport> reports, int capacity)
        {
            seen = new HashSet<ReportId>(capacity);
            var index = -1;
            foreach (var report in reports)
            {
                index++;
                if (IsPicked(report, index))
                {
                    Accept(report, index);
                }
            }
        }

        // A report of the compilation, of the profile's region (else a problem).
        private bool IsPicked(SocialReport report, int index)
        {
            Guard.Against.Null(report, "reports");
            if (!IsOfCompilation(report))
            {
                return false;
            }

            if (report.RegionId != region)
            {
                problems.Add(new(Path("reports", index), CompilationException.RegionMismatchCode, $"Report {report.Id} follows the process of region '{report.RegionId}', not '{region}'."));
                return false;
            }

            return true;
        }

        private bool IsOfCompilation(SocialReport report) =>
            report.SubmittedAt is { } submitted
            && ((submitted >= start && submitted < end) || (carried.Count > 0 && carried.ContainsKey(report.Id)));

        private void Accept(SocialReport report, int index)
        {
            if (seen is null)
            {
                lastId = report.Id.Value;
            }
            else if (!seen.Add(report.Id))
            {
                problems.Add(new(Path("reports", index), CompilationException.DuplicateReportCode, $"Report {report.Id} is given twice; give each report once, in its latest state."));
                return;
            }

            if (carried.Count > 0 && carried.TryGetValue(report.Id, out var number))
            {
                found[number] = true;
            }

            if (problems.Count == 0)
            {
                builder?.Add(report);
            }
        }
    }
}
