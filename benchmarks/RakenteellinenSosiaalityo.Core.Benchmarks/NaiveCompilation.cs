using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>What the LINQ baseline of <see cref="CompilationBenchmarks"/> produces: the included reports, the groups and the counts.</summary>
/// <param name="Included">The included reports, by submission, then id.</param>
/// <param name="ByTheme">The reports per theme, ordered by key.</param>
/// <param name="ByService">The reports per service, ordered by key.</param>
/// <param name="BySubject">The reports per subject, ordered by key.</param>
/// <param name="Counts">The counts.</param>
public sealed record NaiveCompilation(
    IReadOnlyList<SocialReport> Included,
    IReadOnlyList<ReportGroup> ByTheme,
    IReadOnlyList<ReportGroup> ByService,
    IReadOnlyList<ReportGroup> BySubject,
    CountSummary Counts);
