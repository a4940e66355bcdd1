using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>
/// The compiler against a reference that is slow and obviously right: LINQ over the input, each report's state at the
/// cutoff rebuilt from the part of its history up to the cutoff, the period read from the submission's date in
/// Helsinki, the grouping by <c>GroupBy</c>. On random scenarios, over two consecutive periods (so that the second
/// takes reports carried over by the first), with the input shuffled or sorted by id, reports given twice and carried
/// over reports left out: the problems (path and code) and, when there are none, the whole compilation are equal.
/// </summary>
[Properties(Arbitrary = new[] { typeof(CompilationArbitraries), typeof(DomainArbitraries) }, MaxTest = 300)]
public sealed class CompilerReferenceProperties
{
    private static readonly DateTimeZone Helsinki = DateTimeZoneProviders.Tzdb["Europe/Helsinki"];

    private static readonly GroupingDimension[] AllDimensions =
    [
        GroupingDimension.Theme, GroupingDimension.Service, GroupingDimension.Subject, GroupingDimension.Profession,
        GroupingDimension.ClientGroup, GroupingDimension.Language, GroupingDimension.Area,
    ];

    [Property]
    public void Compiler_EqualsTheReference_OnShuffledOrSortedInputs_WithRepeatsAndMissingCarriedOverReports(CompilationScenario scenario, Seed seed)
    {
        var random = new Random(seed.Value);
        var profile = random.Next(3) == 0
            ? scenario.Profile with { CompilationRules = scenario.Profile.CompilationRules with { GroupBy = AllDimensions } }
            : scenario.Profile;
        scenario = scenario with { Profile = profile };
        var (periods, cutoffs) = CompilationProperties.Periods(scenario);
        var reports = CompilationProperties.Build(scenario, periods[0]);

        var first = CompileBoth(profile, periods[0], cutoffs[0], Arrange(reports, random), null);
        if (first is null)
        {
            return; // The input repeated a report: the problems were compared.
        }

        CompileBoth(profile, periods[1], cutoffs[1], Arrange(reports, random), first);
    }

    // Sorted by id (the order in which the compiler needs no set for repeated ids), shuffled, or in creation order;
    // at random a few reports given twice and, rarely, one left out (perhaps one the previous compilation carried over).
    private static List<SocialReport> Arrange(List<SocialReport> reports, Random random)
    {
        var input = random.Next(3) switch
        {
            0 => reports.OrderBy(r => r.Id.Value, StringComparer.Ordinal).ToList(),
            1 => [.. reports.OrderBy(_ => random.Next())],
            _ => [.. reports],
        };
        if (input.Count > 0 && random.Next(4) == 0)
        {
            input.RemoveAt(random.Next(input.Count));
        }

        for (var repeats = random.Next(4) == 0 ? random.Next(1, 3) : 0; repeats > 0 && input.Count > 0; repeats--)
        {
            var at = random.Next(input.Count);
            input.Insert(random.Next(2) == 0 ? at + 1 : random.Next(input.Count + 1), input[at]);
        }

        return input;
    }

    private static CompilationContent? CompileBoth(RegionProfile profile, ReportingPeriod period, Instant cutoff, List<SocialReport> input, CompilationContent? before)
    {
        CompilationContent[] previous = before is null ? [] : [before];
        var expectedProblems = ReferenceProblems(profile, period, input, before);
        var problems = Compiler.Check(profile, period, cutoff, input, previous);
        Assert.Equal(expectedProblems, problems.Select(p => (p.Path, p.Rule)));

        // Through each of the pass's ways to read the input: an array, a list, and a sequence without a count.
        var asArray = Compiler.TryCompile(profile, period, cutoff, input.ToArray(), previous, out var fromArray, out _);
        var asSequence = Compiler.TryCompile(profile, period, cutoff, OneByOne(input), previous, out var fromSequence, out _);
        Assert.Equal(expectedProblems.Count == 0, asArray);
        Assert.Equal(asArray, asSequence);
        if (expectedProblems.Count > 0)
        {
            Assert.Throws<CompilationException>(() => Compiler.Compile(profile, period, cutoff, input, previous));
            return null;
        }

        var compiled = Compiler.Compile(profile, period, cutoff, input, previous);
        var expected = Reference(profile, period, cutoff, input, before);
        Assert.Equal(expected.Included.Select(r => r.Id), compiled.Included.Select(r => r.Id));
        Assert.Equal(expected.CarriedOver, compiled.CarriedOver);
        Assert.Equal(expected.Excluded, compiled.Excluded);
        Assert.Equal(expected.ByTheme, compiled.ByTheme);
        Assert.Equal(expected.ByService, compiled.ByService);
        Assert.Equal(expected.BySubject, compiled.BySubject);
        Assert.Equal(expected.Counts, compiled.Counts);
        Assert.Equal(expected.Themes, compiled.Themes);
        Assert.Equal(expected.Groups, compiled.Groups);
        Assert.Equal(expected, compiled);
        Assert.Equal(compiled, fromArray);
        Assert.Equal(compiled, fromSequence);
        return compiled;
    }

    // A sequence that does not know its count, so that the compiler grows its buffers.
    private static IEnumerable<SocialReport> OneByOne(List<SocialReport> reports)
    {
        foreach (var report in reports)
        {
            yield return report;
        }
    }

    private static bool InPeriod(SocialReport report, ReportingPeriod period) =>
        report.SubmittedAt is { } at && period.Contains(at.InZone(Helsinki).Date);

    private static Dictionary<ReportId, CarriedOverReport> Carried(CompilationContent? before)
    {
        var carried = new Dictionary<ReportId, CarriedOverReport>();
        foreach (var c in before?.CarriedOver ?? [])
        {
            carried[c.Id] = c;
        }

        return carried;
    }

    private static IEnumerable<(SocialReport Report, int Index)> OfCompilation(ReportingPeriod period, List<SocialReport> input, Dictionary<ReportId, CarriedOverReport> carried) =>
        input.Select((r, i) => (r, i)).Where(x => x.r.SubmittedAt is not null && (InPeriod(x.r, period) || carried.ContainsKey(x.r.Id)));

    private static List<(string Path, string Code)> ReferenceProblems(RegionProfile profile, ReportingPeriod period, List<SocialReport> input, CompilationContent? before)
    {
        var carried = Carried(before);
        var problems = new List<(string, string)>();
        var seen = new HashSet<ReportId>();
        foreach (var (report, index) in OfCompilation(period, input, carried))
        {
            if (report.RegionId != profile.Id)
            {
                problems.Add(($"reports[{index}]", CompilationException.RegionMismatchCode));
            }
            else if (!seen.Add(report.Id))
            {
                problems.Add(($"reports[{index}]", CompilationException.DuplicateReportCode));
            }
        }

        if (carried.Keys.Any(id => !seen.Contains(id)))
        {
            problems.Add(("previous[0].carriedOver", CompilationException.MissingCarriedOverReportCode));
        }

        return problems;
    }

    // The state at the cutoff: the report rebuilt from its history up to the cutoff.
    private static SocialReport AtCutoff(RegionProfile profile, SocialReport report, Instant cutoff) =>
        SocialReport.Rebuild(profile, report.Id, report.History.Where(e => e.At <= cutoff).ToList());

    private static CompilationContent Reference(RegionProfile profile, ReportingPeriod period, Instant cutoff, List<SocialReport> input, CompilationContent? before)
    {
        var carried = Carried(before);
        var picked = OfCompilation(period, input, carried).Select(x => (x.Report, State: AtCutoff(profile, x.Report, cutoff))).ToList();
        ReportingPeriod Original(SocialReport r) => carried.TryGetValue(r.Id, out var c) ? c.OriginalPeriod : period;

        var included = picked.Where(x => x.State.IsReadyForCompilation).Select(x => x.Report)
            .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id.Value, StringComparer.Ordinal).ToList();
        var notReady = picked.Where(x => !x.State.IsReadyForCompilation).ToList();
        var excluded = notReady
            .Where(x => x.State.Status == LifecycleStatus.Withdrawn || x.Report.Content.FindPersonalData().Count > 0)
            .Select(x => new ExcludedReport(x.Report.Id, Original(x.Report), x.State.Status == LifecycleStatus.Withdrawn ? ExclusionReason.Withdrawn : ExclusionReason.PersonalData))
            .OrderBy(e => e.Id.Value, StringComparer.Ordinal).ToList();
        var carriedOver = notReady
            .Where(x => !excluded.Any(e => e.Id == x.Report.Id))
            .Select(x => new CarriedOverReport(x.Report.Id, Original(x.Report), x.State.Status))
            .OrderBy(c => c.Id.Value, StringComparer.Ordinal).ToList();

        List<ReportGroup> Grouped(GroupingDimension dimension, Func<ReportContent, IEnumerable<string>> keys) =>
            included.SelectMany(r => keys(r.Content).Distinct().Select(key => (Key: key, r.Id)))
                .GroupBy(x => x.Key, StringComparer.Ordinal)
                .OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new ReportGroup(dimension, g.Key, g.Select(x => x.Id).ToList()))
                .ToList();
        static List<KeyCount> Counted(List<ReportGroup> groups) => groups.Select(g => new KeyCount(g.Key, g.Reports.Count)).ToList();

        var byTheme = Grouped(GroupingDimension.Theme, c => c.Themes.Select(t => t.Value));
        var byService = Grouped(GroupingDimension.Service, c => [c.ServiceId.Value]);
        var bySubject = Grouped(GroupingDimension.Subject, c => c.Subjects.Select(s => CamelCase.Of(s)));
        var byProfession = Grouped(GroupingDimension.Profession, c => c.Authors.Select(a => CamelCase.Of(a.Profession)));
        var rules = profile.CompilationRules;
        var themes = byTheme.Select(g =>
        {
            var services = included.Where(r => r.Content.Themes.Any(t => t.Value == g.Key)).Select(r => r.Content.ServiceId).Distinct().Count();
            var consecutive = 1 + (before?.Themes.FirstOrDefault(t => t.ThemeId.Value == g.Key)?.ConsecutiveCompilations ?? 0);
            return new ThemeSummary(new(g.Key), g.Reports.Count, services, consecutive, g.Reports.Count >= rules.RecurringMinReports || consecutive >= rules.RecurringConsecutiveCompilations);
        }).ToList();
        var groups = rules.Dimensions
            .Where(d => d is not (GroupingDimension.Theme or GroupingDimension.Service or GroupingDimension.Subject))
            .SelectMany(d => Grouped(d, c => d switch
            {
                GroupingDimension.Area => [c.AreaId ?? ReportGroup.NotRecordedKey],
                GroupingDimension.Profession => c.Authors.Select(a => CamelCase.Of(a.Profession)),
                GroupingDimension.ClientGroup => c.ClientGroups.Select(Blank.Trim),
                _ => [c.Language ?? ReportContent.DefaultLanguage],
            }))
            .ToList();

        return new CompilationContent(
            profile.Id,
            period,
            cutoff,
            ValueList<SocialReport>.From(included),
            ValueList<CarriedOverReport>.From(carriedOver),
            ValueList<ExcludedReport>.From(excluded),
            ValueList<ReportGroup>.From(byTheme),
            ValueList<ReportGroup>.From(byService),
            ValueList<ReportGroup>.From(bySubject),
            new CompilationCounts(
                included.Count,
                included.Count(r => r.Content.Polarity == ReportPolarity.Positive),
                included.Count(r => r.Content.Polarity == ReportPolarity.Negative),
                Counted(byService),
                Counted(bySubject),
                Counted(byProfession),
                Counted(byTheme)),
            ValueList<ThemeSummary>.From(themes),
            rules.Dimensions,
            ValueList<ReportGroup>.From(groups));
    }
}
