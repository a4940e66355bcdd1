using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Testing;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// Compiling a period's reports: the LINQ a region developer would write first (the baseline), a hand-written single
/// pass that only counts (the practical lower bound), and <see cref="Compiler.Compile"/>, on N synthetic Etelä-Karjala
/// reports of the first half of 2025 (<see cref="SyntheticReports"/>, seed 2025: 8 % pending, 1 % returned, 1 %
/// withdrawn), compiled a month after the period ends.
/// </summary>
/// <remarks>
/// The sizes are 10,000, 100,000 and 1,000,000; the environment variable <c>RS_BENCHMARK_MAX_N</c> caps them (CI's dry
/// run sets it to 10000, so that it does not generate a million reports to prove the benchmark runs).
/// </remarks>
[MemoryDiagnoser]
public class CompilationBenchmarks
{
    /// <summary>The environment variable that caps <see cref="N"/>.</summary>
    public const string MaxNVariable = "RS_BENCHMARK_MAX_N";

    private static readonly int[] AllSizes = [10_000, 100_000, 1_000_000];

    private SocialReport[] reports = [];

    /// <summary>The profile compiled: Etelä-Karjala, whose reports are ready after the supervisor's review.</summary>
    public RegionProfile Profile { get; } = BuiltInRegions.EtelaKarjala;

    /// <summary>The period compiled: the profile's first period of 2025.</summary>
    public ReportingPeriod Period => Profile.ReportingPeriods.PeriodsInYear(2025)[0];

    /// <summary>The cutoff: 30 days after the period ends.</summary>
    public Instant Cutoff => FinnishTime.StartOf(Period.End.PlusDays(31));

    /// <summary>The number of reports.</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; } = 10_000;

    /// <summary>The sizes, capped by <see cref="MaxNVariable"/> when it is set.</summary>
    public static IEnumerable<int> Sizes =>
        int.TryParse(Environment.GetEnvironmentVariable(MaxNVariable), out var max) ? AllSizes.Where(n => n <= max) : AllSizes;

    /// <summary>The generated reports.</summary>
    public IReadOnlyList<SocialReport> Reports => reports;

    /// <summary>Generates the N reports.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var options = SyntheticReportOptions.Default with { ReturnedShare = 0.01, WithdrawnShare = 0.01 };
        reports = [.. SyntheticReports.Generate(Profile, Period, N, seed: 2025, options)];
    }

    /// <summary>The LINQ a region developer would write first: filter, order, group, count.</summary>
    /// <returns>The included reports, groups and counts.</returns>
    [Benchmark(Baseline = true)]
    public NaiveCompilation Linq()
    {
        var period = Period;
        var included = reports
            .Where(r => r.SubmittedAt is { } submitted && period.Contains(FinnishTime.DateOf(submitted)) && r.IsReadyForCompilation)
            .OrderBy(r => r.SubmittedAt)
            .ThenBy(r => r.Id.Value, StringComparer.Ordinal)
            .ToList();
        var byTheme = included
            .SelectMany(r => r.Content.Themes.Select(theme => (Theme: theme.Value, Report: r)))
            .GroupBy(x => x.Theme)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportGroup(GroupingDimension.Theme, g.Key, g.Select(x => x.Report.Id).ToList()))
            .ToList();
        var byService = included
            .GroupBy(r => r.Content.ServiceId.Value)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportGroup(GroupingDimension.Service, g.Key, g.Select(r => r.Id).ToList()))
            .ToList();
        var bySubject = included
            .SelectMany(r => r.Content.Subjects.Select(subject => (Subject: JsonNamingPolicy.CamelCase.ConvertName(subject.ToString()), Report: r)))
            .GroupBy(x => x.Subject)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new ReportGroup(GroupingDimension.Subject, g.Key, g.Select(x => x.Report.Id).ToList()))
            .ToList();
        var byProfession = included
            .SelectMany(r => r.Content.Authors.Select(a => a.Profession).Distinct())
            .GroupBy(p => JsonNamingPolicy.CamelCase.ConvertName(p.ToString()))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Count()))
            .ToList();
        var breadth = included
            .SelectMany(r => r.Content.Themes.Select(theme => (Theme: theme.Value, r.Content.ServiceId)))
            .GroupBy(x => x.Theme)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyCount(g.Key, g.Select(x => x.ServiceId).Distinct().Count()))
            .ToList();
        var counts = new CountSummary(
            included.Count,
            included.Count(r => r.Content.Polarity == ReportPolarity.Positive),
            included.Count(r => r.Content.Polarity == ReportPolarity.Negative),
            byService.Select(g => new KeyCount(g.Key, g.Reports.Count)).ToList(),
            bySubject.Select(g => new KeyCount(g.Key, g.Reports.Count)).ToList(),
            byProfession,
            byTheme.Select(g => new KeyCount(g.Key, g.Reports.Count)).ToList(),
            breadth);
        return new NaiveCompilation(included, byTheme, byService, bySubject, counts);
    }

    /// <summary>A hand-written single pass over the array that only counts: no groups, no order; the practical lower bound.</summary>
    /// <returns>The counts.</returns>
    [Benchmark]
    public CountSummary SinglePass()
    {
        var profile = Profile;
        var start = FinnishTime.StartOf(Period.Start);
        var end = FinnishTime.StartOf(Period.End.PlusDays(1));
        var services = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var service in profile.Services)
        {
            services[service.Id.Value] = services.Count;
        }

        var themes = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var theme in profile.PhenomenonThemes)
        {
            themes[theme.Id.Value] = themes.Count;
        }

        var serviceCounts = new int[services.Count];
        var themeCounts = new int[themes.Count];
        var themeServices = new bool[themes.Count, services.Count];
        var subjectCounts = new int[Enum.GetValues<ReportSubject>().Length];
        var professionCounts = new int[Enum.GetValues<Profession>().Length];
        int total = 0, positive = 0, negative = 0;
        foreach (var report in reports)
        {
            if (report.SubmittedAt is not { } submitted || submitted < start || submitted >= end || !report.IsReadyForCompilation)
            {
                continue;
            }

            var content = report.Content;
            total++;
            positive += content.Polarity == ReportPolarity.Positive ? 1 : 0;
            negative += content.Polarity == ReportPolarity.Negative ? 1 : 0;
            var service = services[content.ServiceId.Value];
            serviceCounts[service]++;
            foreach (var theme in content.Themes)
            {
                var t = themes[theme.Value];
                themeCounts[t]++;
                themeServices[t, service] = true;
            }

            foreach (var subject in content.Subjects)
            {
                subjectCounts[(int)subject]++;
            }

            var professions = 0;
            foreach (var author in content.Authors)
            {
                professions |= 1 << (int)author.Profession;
            }

            for (var p = 0; p < professionCounts.Length; p++)
            {
                professionCounts[p] += (professions >> p) & 1;
            }
        }

        return new CountSummary(
            total,
            positive,
            negative,
            Keyed(services.Keys, i => serviceCounts[i]),
            Keyed(Enum.GetValues<ReportSubject>().Select(s => JsonNamingPolicy.CamelCase.ConvertName(s.ToString())), i => subjectCounts[i]),
            Keyed(Enum.GetValues<Profession>().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.ToString())), i => professionCounts[i]),
            Keyed(themes.Keys, i => themeCounts[i]),
            Keyed(themes.Keys, t => Enumerable.Range(0, services.Count).Count(s => themeServices[t, s])));
    }

    /// <summary>The compiler.</summary>
    /// <returns>The compilation.</returns>
    [Benchmark]
    public CompilationContent Compile() => Compiler.Compile(Profile, Period, Cutoff, reports);

    // The keys with a count of at least one, ordered by key: the compiler's convention.
    private static List<KeyCount> Keyed(IEnumerable<string> keys, Func<int, int> count) =>
        keys.Select((key, i) => new KeyCount(key, count(i))).Where(k => k.Count > 0).OrderBy(k => k.Key, StringComparer.Ordinal).ToList();
}
