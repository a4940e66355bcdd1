using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Validation;
using RakenteellinenSosiaalityo.Core.Phenomena;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Compiles a reporting period's social reports into a semiannual compilation (fi: puolivuosikoosteen kokoaminen),
/// by the region's rules: a pure function of its inputs.
/// </summary>
/// <remarks>
/// <para>
/// <b>Which reports.</b> A report belongs to the compilation of the period it was first submitted in
/// (<see cref="ReportingPeriodScheme.PeriodOf"/>: the date in Finland), and a report the previous period's compilation carried over belongs to this
/// one. Every such report is accounted for exactly once: <b>included</b> when it had reached the completion step of
/// the region's report process (<see cref="ProcessDefinition.CompletionStep"/>; EK: processed by the supervisor, K:
/// submitted) by the cutoff; <b>excluded</b> when it had been withdrawn by then, or when it was not ready and its
/// content holds personal data (the privacy guard); otherwise <b>carried over</b> to the next compilation with its
/// original period. The state at the cutoff is read from the report's history, so operations after the cutoff do not
/// change the compilation. Reports never submitted (drafts) and reports of other periods are not part of it.
/// </para>
/// <para>
/// <b>What it shows</b> (EK 5.1): the included reports grouped by phenomenon theme, service and subject; counts in
/// all, positive and negative, per service, subject, profession and theme; how many distinct services each theme
/// touches; and which themes are recurring (<see cref="CompilationRules"/>), counting consecutive compilations through
/// the previous period's compilation.
/// </para>
/// </remarks>
public static partial class Compiler
{
    private static readonly ReportSubject[] Subjects = Enum.GetValues<ReportSubject>();
    private static readonly Profession[] Professions = Enum.GetValues<Profession>();
    private static readonly string[] SubjectKeys = Subjects.Select(Text.CamelCase.Of).ToArray();
    private static readonly string[] ProfessionKeys = Professions.Select(Text.CamelCase.Of).ToArray();

    /// <summary>Compiles the reports of <paramref name="period"/>.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <param name="cutoff">When the compilation is made: reports ready by then are included. Not before the period ends.</param>
    /// <param name="reports">The region's reports, in any order; reports of other periods are ignored, so all of the region's reports may be given.</param>
    /// <param name="previous">Earlier compilations of the region, in any order; the one of the previous period supplies the carried-over reports and the recurrence chain. Null or empty for the first compilation.</param>
    /// <returns>The compilation's content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="reports"/> is null, or <paramref name="reports"/> holds null.</exception>
    /// <exception cref="CompilationException">The period is not one of the profile's, the cutoff is before the period ends, a report or compilation is of another region, a report id repeats, two earlier compilations cover one period, or a report carried over by the previous compilation is missing: the problems of <see cref="Check"/>, all in <see cref="ProblemsException.Problems"/>, the first one's code as <see cref="DomainException.Code"/>.</exception>
    public static CompilationContent Compile(RegionProfile profile, ReportingPeriod period, Instant cutoff, IEnumerable<SocialReport> reports, IEnumerable<CompilationContent>? previous = null)
    {
        var problems = CompilationInputs.Check(profile, period, cutoff, reports, previous, out var selection);
        return problems.Count > 0 ? throw new CompilationException(problems) : Build(profile, period, cutoff, selection);
    }

    /// <summary>
    /// Checks the inputs of a compilation against every rule <see cref="Compile"/> enforces and returns the problems,
    /// so that a caller can ask first. A problem's <see cref="ValidationProblem.Path"/> names the argument and the
    /// position in it: <c>period</c>, <c>cutoff</c>, <c>previous[1]</c>, <c>reports[3]</c>,
    /// <c>previous[0].carriedOver</c>. A wrong period or cutoff is the only problem returned; wrong earlier
    /// compilations hide the problems of the reports, as the carried-over reports are then unknown.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <param name="cutoff">When the compilation is made.</param>
    /// <param name="reports">The region's reports, in any order.</param>
    /// <param name="previous">Earlier compilations of the region, or null.</param>
    /// <returns>Every problem found, each with a code of <see cref="CompilationException"/>; empty when the inputs compile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="reports"/> is null, or <paramref name="reports"/> or <paramref name="previous"/> holds null.</exception>
    public static IReadOnlyList<ValidationProblem> Check(RegionProfile profile, ReportingPeriod period, Instant cutoff, IEnumerable<SocialReport> reports, IEnumerable<CompilationContent>? previous = null) =>
        CompilationInputs.Check(profile, period, cutoff, reports, previous, out _);

    /// <summary>
    /// Compiles like <see cref="Compile"/>, but answers broken rules of the inputs (<see cref="Check"/>) with
    /// <paramref name="error"/> instead of throwing it, so that a caller can ask first.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <param name="cutoff">When the compilation is made.</param>
    /// <param name="reports">The region's reports, in any order.</param>
    /// <param name="previous">Earlier compilations of the region, or null.</param>
    /// <param name="content">The compilation, when the inputs keep every rule.</param>
    /// <param name="error">The broken rules (<see cref="ProblemsException.Problems"/>), when they do not.</param>
    /// <returns>True when compiled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="reports"/> is null, or <paramref name="reports"/> holds null.</exception>
    public static bool TryCompile(
        RegionProfile profile,
        ReportingPeriod period,
        Instant cutoff,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent>? previous,
        [NotNullWhen(true)] out CompilationContent? content,
        [NotNullWhen(false)] out CompilationException? error)
    {
        var problems = CompilationInputs.Check(profile, period, cutoff, reports, previous, out var selection);
        (content, error) = problems.Count > 0 ? (null, new CompilationException(problems)) : (Build(profile, period, cutoff, selection), (CompilationException?)null);
        return error is null;
    }

    /// <summary>
    /// When the compilation of <paramref name="period"/> is due, by the <see cref="ProcessStep.Due"/> of the first step
    /// of the profile's compilation process: the first run of consecutive listed months after the period ends, whole
    /// (EK 5.3: January and August; <c>[1, 2, 3]</c> is the first quarter; <c>[12, 1]</c> runs across the turn of the
    /// year), or the given number of days after the period ends. Who makes it is that step's
    /// <see cref="ProcessStep.PerformedBy"/>.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <returns>The dates within which it is due; null when the profile sets no time for compiling.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="CompilationException">The period is not one of the profile's.</exception>
    public static DateInterval? DueWindow(RegionProfile profile, ReportingPeriod period)
    {
        Guard.Against.Null(profile);
        if (period.Start == default(LocalDate) || !profile.ReportingPeriods.IsPeriodOf(period))
        {
            throw new CompilationException(CompilationException.UnknownPeriodCode, $"{period} is not a reporting period of region '{profile.Id}'; take one from its ReportingPeriods.");
        }

        return profile.CompilationProcess.First.Due?.WindowFor(period);
    }

    // The picked reports are the compilation's: each is included, excluded or carried over by its state at the cutoff.
    private static CompilationContent Build(RegionProfile profile, ReportingPeriod period, Instant cutoff, CompilationInputs.Selection selection)
    {
        var process = profile.ReportProcess;
        var picked = selection.Reports;

        // Which picked reports are included, so that their array is allocated once at its size (a million reports).
        var isIncluded = new bool[picked.Count];
        var includedCount = 0;
        var carriedOver = new List<CarriedOverReport>();
        var excluded = new List<ExcludedReport>();
        for (var i = 0; i < picked.Count; i++)
        {
            var report = picked[i];
            var (status, ready) = report.StateAt(process, cutoff);
            if (ready && status != LifecycleStatus.Withdrawn)
            {
                isIncluded[i] = true;
                includedCount++;
                continue;
            }

            var originalPeriod = selection.Carried.TryGetValue(report.Id, out var carry) ? carry.OriginalPeriod : period;
            if (status == LifecycleStatus.Withdrawn)
            {
                excluded.Add(new(report.Id, originalPeriod, ExclusionReason.Withdrawn));
            }
            else if (MayHoldPersonalData(report, process) && report.Content.FindPersonalData().Count > 0)
            {
                excluded.Add(new(report.Id, originalPeriod, ExclusionReason.PersonalData));
            }
            else
            {
                carriedOver.Add(new(report.Id, originalPeriod, status));
            }
        }

        var included = new SocialReport[includedCount];
        for (int i = 0, k = 0; k < includedCount; i++)
        {
            if (isIncluded[i])
            {
                included[k++] = picked[i];
            }
        }

        return Summarize(profile, period, cutoff, Canonical(included), carriedOver, excluded, selection.Before);
    }

    // Submitting refuses content with personal data, so content not revised since the report was last submitted has
    // none, and scanning it again (the costliest thing the compiler could do per report) would find nothing. Only a
    // report returned for completion and then revised may hold some.
    private static bool MayHoldPersonalData(SocialReport report, ProcessDefinition process)
    {
        if (report.Status is LifecycleStatus.InProcess or LifecycleStatus.Completed)
        {
            return false; // Content changes only in a draft or a returned report.
        }

        var history = report.History;
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var e = history[i];
            if (e.Action == LifecycleAction.Revised)
            {
                return true;
            }

            if (e.Action == LifecycleAction.StepPerformed && e.StepId == process.First.Id)
            {
                return false;
            }
        }

        return true;
    }

    // Ordered by first submission, then id: the same set of reports gives the same list whatever the input order.
    private static SocialReport[] Canonical(SocialReport[] items)
    {
        if (InCanonicalOrder(items))
        {
            return items;
        }

        var keys = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            keys[i] = items[i].SubmittedAt!.Value.ToUnixTimeTicks();
        }

        Array.Sort(keys, items);
        for (var i = 0; i < items.Length;)
        {
            var j = i + 1;
            while (j < items.Length && keys[j] == keys[i])
            {
                j++;
            }

            if (j - i > 1)
            {
                Array.Sort(items, i, j - i, ById.Instance);
            }

            i = j;
        }

        return items;
    }

    // Reports usually come as a region system stores them, in submission order: checking costs one pass, sorting many.
    private static bool InCanonicalOrder(SocialReport[] items)
    {
        for (var i = 1; i < items.Length; i++)
        {
            var (before, after) = (items[i - 1].SubmittedAt!.Value, items[i].SubmittedAt!.Value);
            if (before > after || (before == after && string.CompareOrdinal(items[i - 1].Id.Value, items[i].Id.Value) > 0))
            {
                return false;
            }
        }

        return true;
    }

    private static CompilationContent Summarize(RegionProfile profile, ReportingPeriod period, Instant cutoff, SocialReport[] included, List<CarriedOverReport> carriedOver, List<ExcludedReport> excluded, CompilationContent? before)
    {
        // Hash maps while counting (a region has tens of keys, a compilation up to millions of reports), sorted once at the end.
        var themeGroups = new Dictionary<ThemeId, ThemeGroup>();
        var serviceGroups = new Dictionary<string, List<ReportId>>(StringComparer.Ordinal);
        var subjectGroups = new List<ReportId>?[Subjects.Length];
        var professionCounts = new int[Professions.Length];
        int positive = 0, negative = 0;
        foreach (var report in included)
        {
            var content = report.Content;
            var id = report.Id;
            if (!serviceGroups.TryGetValue(content.ServiceId.Value, out var serviceGroup))
            {
                serviceGroups[content.ServiceId.Value] = serviceGroup = [];
            }

            serviceGroup.Add(id);

            // Indexed loops: foreach over an IReadOnlyList would allocate an enumerator per report and list.
            var contentThemes = content.Themes;
            for (var t = 0; t < contentThemes.Count; t++)
            {
                var theme = contentThemes[t];
                if (!themeGroups.TryGetValue(theme, out var themeGroup))
                {
                    themeGroups[theme] = themeGroup = new ThemeGroup();
                }

                themeGroup.Add(id, content.ServiceId.Value);
            }

            var subjects = content.Subjects;
            for (var s = 0; s < subjects.Count; s++)
            {
                (subjectGroups[(int)subjects[s]] ??= []).Add(id);
            }

            var professions = 0;
            var authors = content.Authors;
            for (var a = 0; a < authors.Count; a++)
            {
                professions |= 1 << (int)authors[a].Profession;
            }

            for (var p = 0; p < Professions.Length; p++)
            {
                professionCounts[p] += (professions >> p) & 1;
            }

            positive += content.Polarity == ReportPolarity.Positive ? 1 : 0;
            negative += content.Polarity == ReportPolarity.Negative ? 1 : 0;
        }

        var bySubject = Enumerable.Range(0, Subjects.Length)
            .Where(i => subjectGroups[i] is not null)
            .Select(i => new ReportGroup(GroupingDimension.Subject, SubjectKeys[i], subjectGroups[i]!))
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .ToList();
        var byProfession = Enumerable.Range(0, Professions.Length)
            .Where(i => professionCounts[i] > 0)
            .Select(i => new KeyCount(ProfessionKeys[i], professionCounts[i]))
            .OrderBy(k => k.Key, StringComparer.Ordinal)
            .ToList();
        var rules = profile.CompilationRules;
        var themeKeys = themeGroups.Keys.OrderBy(k => k.Value, StringComparer.Ordinal).ToList();
        var serviceKeys = serviceGroups.Keys.Order(StringComparer.Ordinal).ToList();
        var themes = themeKeys.Select(key =>
        {
            var group = themeGroups[key];
            var consecutive = 1 + (before?.Themes.FirstOrDefault(t => t.ThemeId == key)?.ConsecutiveCompilations ?? 0);
            var recurring = group.Reports.Count >= rules.RecurringMinReports || consecutive >= rules.RecurringConsecutiveCompilations;
            return new ThemeSummary(key, group.Reports.Count, group.Services.Count, consecutive, recurring);
        }).ToList();

        var counts = new CompilationCounts(
            included.Length,
            positive,
            negative,
            serviceKeys.Select(key => new KeyCount(key, serviceGroups[key].Count)).ToList(),
            bySubject.Select(g => new KeyCount(g.Key, g.Reports.Count)).ToList(),
            byProfession,
            themeKeys.Select(key => new KeyCount(key.Value, themeGroups[key].Reports.Count)).ToList());

        return new CompilationContent(
            profile.Id,
            period,
            cutoff,
            ValueList<SocialReport>.Own(included),
            ValueList<CarriedOverReport>.From(carriedOver.OrderBy(c => c.Id.Value, StringComparer.Ordinal)),
            ValueList<ExcludedReport>.From(excluded.OrderBy(e => e.Id.Value, StringComparer.Ordinal)),
            ValueList<ReportGroup>.From(themeKeys.Select(key => new ReportGroup(GroupingDimension.Theme, key.Value, themeGroups[key].Reports))),
            ValueList<ReportGroup>.From(serviceKeys.Select(key => new ReportGroup(GroupingDimension.Service, key, serviceGroups[key]))),
            ValueList<ReportGroup>.From(bySubject),
            counts,
            ValueList<ThemeSummary>.From(themes),
            rules.Dimensions,
            DimensionGroups.Of(rules.Dimensions, included));
    }

    /// <summary>The reports naming one theme, and the services they come from.</summary>
    private sealed class ThemeGroup
    {
        private string? lastService;

        public List<ReportId> Reports { get; } = [];

        public HashSet<string> Services { get; } = new(StringComparer.Ordinal);

        public void Add(ReportId id, string serviceId)
        {
            Reports.Add(id);

            // Reports of one service often come in runs: skip hashing the same service id again.
            if (!ReferenceEquals(serviceId, lastService))
            {
                Services.Add(serviceId);
                lastService = serviceId;
            }
        }
    }

    private sealed class ById : IComparer<SocialReport>
    {
        public static readonly ById Instance = new();

        public int Compare(SocialReport? x, SocialReport? y) => string.CompareOrdinal(x!.Id.Value, y!.Id.Value);
    }
}
