using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Builds a compilation's content from its reports (<see cref="Compiler"/>): <see cref="CompilationInputs"/> hands it
/// each report the compilation is about in the pass that checks them, and it classifies and counts the report there
/// (included, carried over or excluded; the counts per key); <see cref="Build"/> then orders the included reports
/// when they did not come in order and fills the groups, each an array of exactly its size, in one more pass over
/// the included reports.
/// </summary>
/// <remarks>
/// A million reports: the input is read once and the included reports once more; no object per report, no list
/// growth (the included reports' buffer is sized from the input's count when it has one), no copy of a group into an
/// immutable list (the arrays are wrapped), keys looked up by number (<see cref="KeyIndex"/>).
/// </remarks>
internal sealed class CompilationBuilder
{
    private static readonly ReportSubject[] Subjects = Enum.GetValues<ReportSubject>();
    private static readonly Profession[] Professions = Enum.GetValues<Profession>();
    private static readonly string[] SubjectKeys = Subjects.Select(Text.CamelCase.Of).ToArray();
    private static readonly string[] ProfessionKeys = Professions.Select(Text.CamelCase.Of).ToArray();
    private static readonly int[] SubjectOrder = KeyOrder(SubjectKeys);
    private static readonly int[] ProfessionOrder = KeyOrder(ProfessionKeys);

    // The low bits of subjectsAndThemeCount hold the subjects, the rest the theme count.
    private const int SubjectBits = 16;

    private readonly RegionProfile profile;
    private readonly ReportingPeriod period;
    private readonly Instant cutoff;
    private readonly ProcessDefinition process;
    private readonly KeyIndex services;
    private readonly KeyIndex themes;
    private readonly int[] subjectCounts = new int[Subjects.Length];
    private readonly int[] professionCounts = new int[Professions.Length];
    private readonly List<CarriedOverReport> carriedOver = [];
    private readonly List<ExcludedReport> excluded = [];
    private CompilationContent? before;
    private Dictionary<ReportId, int> carried = [];
    private SocialReport[] included = [];
    private int includedCount;

    // What the groups need of each included report, in input order, written while counting: its id, its service's
    // number, its subjects (bits) and theme count, and the numbers of its themes one after another. Filling the
    // groups from these reads four arrays in order instead of every report and its content once more.
    private ReportId[] ids = [];
    private int[] serviceOf = [];
    private int[] subjectsAndThemeCount = [];
    private int[] themeNumbers = [];
    private int themeNumberCount;
    private bool inCanonicalOrder = true;
    private int[] serviceCounts;
    private int[] themeCounts;
    private int positive;
    private int negative;

    public CompilationBuilder(RegionProfile profile, ReportingPeriod period, Instant cutoff)
    {
        this.profile = profile;
        this.period = period;
        this.cutoff = cutoff;
        process = profile.ReportProcess;
        services = new KeyIndex(profile.Services.Count);
        themes = new KeyIndex(profile.PhenomenonThemes.Count);
        serviceCounts = new int[profile.Services.Count];
        themeCounts = new int[profile.PhenomenonThemes.Count];
    }

    /// <summary>
    /// Starts the pass: the previous period's compilation, the numbers of the reports it carried over (into its
    /// <see cref="CompilationContent.CarriedOver"/>), and how many reports the input holds (0 when unknown).
    /// </summary>
    public void Begin(CompilationContent? previous, Dictionary<ReportId, int> carriedOverBefore, int capacity)
    {
        before = previous;
        carried = carriedOverBefore;
        included = new SocialReport[capacity];
        ids = new ReportId[capacity];
        serviceOf = new int[capacity];
        subjectsAndThemeCount = new int[capacity];
        themeNumbers = new int[capacity + (capacity / 2)];
    }

    /// <summary>Classifies and counts one report of the compilation (submitted in the period or carried over, once, of the region).</summary>
    public void Add(SocialReport report)
    {
        var (status, ready) = report.StateAt(process, cutoff);
        if (ready && status != LifecycleStatus.Withdrawn)
        {
            Include(report);
            return;
        }

        var originalPeriod = carried.Count > 0 && carried.TryGetValue(report.Id, out var k) ? before!.CarriedOver[k].OriginalPeriod : period;
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

    /// <summary>The compilation of the reports added.</summary>
    public CompilationContent Build()
    {
        var reports = included.Length == includedCount ? included : included.AsSpan(0, includedCount).ToArray();
        if (!inCanonicalOrder)
        {
            Canonical(reports);
        }

        // Exactly-sized groups, filled in the compilation's order.
        var serviceIds = Groups(serviceCounts, services.Count);
        var themeIds = Groups(themeCounts, themes.Count);
        var subjectIds = Groups(subjectCounts, subjectCounts.Length);
        var serviceAt = new int[services.Count];
        var themeAt = new int[themes.Count];
        var subjectAt = new int[subjectCounts.Length];
        var themeServices = new bool[themes.Count * services.Count];
        if (inCanonicalOrder)
        {
            FillInInputOrder(serviceIds, serviceAt, themeIds, themeAt, subjectIds, subjectAt, themeServices);
        }
        else
        {
            FillFromReports(reports, serviceIds, serviceAt, themeIds, themeAt, subjectIds, subjectAt, themeServices);
        }

        var rules = profile.CompilationRules;
        var serviceOrder = Present(services.InKeyOrder(), serviceCounts);
        var themeOrder = Present(themes.InKeyOrder(), themeCounts);
        var subjectOrder = Present(SubjectOrder, subjectCounts);
        var professionOrder = Present(ProfessionOrder, professionCounts);

        var (byService, serviceCountList) = Listed(GroupingDimension.Service, serviceOrder, s => services[s], serviceIds, serviceCounts);
        var (byTheme, themeCountList) = Listed(GroupingDimension.Theme, themeOrder, t => themes[t], themeIds, themeCounts);
        var (bySubject, subjectCountList) = Listed(GroupingDimension.Subject, subjectOrder, s => SubjectKeys[s], subjectIds, subjectCounts);
        var professionCountList = Counted(professionOrder, p => ProfessionKeys[p], professionCounts);
        var summaries = new ThemeSummary[themeOrder.Length];
        for (var i = 0; i < themeOrder.Length; i++)
        {
            var t = themeOrder[i];
            var theme = new ThemeId(themes[t]);
            var distinctServices = themeServices.AsSpan(t * services.Count, services.Count).Count(true);
            var consecutive = 1 + ConsecutiveBefore(theme);
            var recurring = themeCounts[t] >= rules.RecurringMinReports || consecutive >= rules.RecurringConsecutiveCompilations;
            summaries[i] = new ThemeSummary(theme, themeCounts[t], distinctServices, consecutive, recurring);
        }

        var counts = new CompilationCounts(
            reports.Length,
            positive,
            negative,
            ValueList<KeyCount>.Own(serviceCountList),
            ValueList<KeyCount>.Own(subjectCountList),
            ValueList<KeyCount>.Own(professionCountList),
            ValueList<KeyCount>.Own(themeCountList));

        return new CompilationContent(
            profile.Id,
            period,
            cutoff,
            ValueList<SocialReport>.Own(reports),
            ValueList<CarriedOverReport>.Own(OrderedById(carriedOver, c => c.Id)),
            ValueList<ExcludedReport>.Own(OrderedById(excluded, e => e.Id)),
            ValueList<ReportGroup>.Own(byTheme),
            ValueList<ReportGroup>.Own(byService),
            ValueList<ReportGroup>.Own(bySubject),
            counts,
            ValueList<ThemeSummary>.Own(summaries),
            rules.Dimensions,
            DimensionGroups.Of(rules.Dimensions, reports));
    }

    // The included reports came in the compilation's order: the groups are filled from what the pass wrote down.
    private void FillInInputOrder(ReportId[][] serviceIds, int[] serviceAt, ReportId[][] themeIds, int[] themeAt, ReportId[][] subjectIds, int[] subjectAt, bool[] themeServices)
    {
        var serviceCount = services.Count;
        for (int k = 0, t = 0; k < includedCount; k++)
        {
            var id = ids[k];
            var service = serviceOf[k];
            serviceIds[service][serviceAt[service]++] = id;
            var code = subjectsAndThemeCount[k];
            for (var end = t + (code >> SubjectBits); t < end; t++)
            {
                var theme = themeNumbers[t];
                themeIds[theme][themeAt[theme]++] = id;
                themeServices[(theme * serviceCount) + service] = true;
            }

            for (var bits = code & ((1 << SubjectBits) - 1); bits != 0; bits &= bits - 1)
            {
                var subject = System.Numerics.BitOperations.TrailingZeroCount(bits);
                subjectIds[subject][subjectAt[subject]++] = id;
            }
        }
    }

    // The included reports were sorted into the compilation's order: the groups are filled from them.
    private void FillFromReports(SocialReport[] reports, ReportId[][] serviceIds, int[] serviceAt, ReportId[][] themeIds, int[] themeAt, ReportId[][] subjectIds, int[] subjectAt, bool[] themeServices)
    {
        foreach (var report in reports)
        {
            var id = report.Id;
            var content = report.Content;
            var service = services.Number(content.ServiceId.Value);
            serviceIds[service][serviceAt[service]++] = id;
            var contentThemes = content.Themes;
            for (var t = 0; t < contentThemes.Count; t++)
            {
                var theme = themes.Number(contentThemes[t].Value);
                themeIds[theme][themeAt[theme]++] = id;
                themeServices[(theme * services.Count) + service] = true;
            }

            var contentSubjects = content.Subjects;
            for (var s = 0; s < contentSubjects.Count; s++)
            {
                var subject = (int)contentSubjects[s];
                subjectIds[subject][subjectAt[subject]++] = id;
            }
        }
    }

    // Counted in the pass over the input, so that Build allocates each group once, at its size.
    private void Include(SocialReport report)
    {
        if (includedCount == included.Length)
        {
            // Only an input without a count gets here.
            var size = Math.Max(16, includedCount * 2);
            Array.Resize(ref included, size);
            Array.Resize(ref ids, size);
            Array.Resize(ref serviceOf, size);
            Array.Resize(ref subjectsAndThemeCount, size);
        }

        if (inCanonicalOrder && includedCount > 0)
        {
            var last = included[includedCount - 1];
            var (at, lastAt) = (report.SubmittedAt!.Value, last.SubmittedAt!.Value);
            inCanonicalOrder = lastAt < at || (lastAt == at && string.CompareOrdinal(last.Id.Value, report.Id.Value) < 0);
        }

        var k = includedCount++;
        included[k] = report;
        ids[k] = report.Id;
        var content = report.Content;
        var service = services.Number(content.ServiceId.Value);
        serviceOf[k] = service;
        Count(ref serviceCounts, service);

        // Indexed loops: foreach over an IReadOnlyList would allocate an enumerator per report and list.
        var contentThemes = content.Themes;
        if (themeNumberCount + contentThemes.Count > themeNumbers.Length)
        {
            Array.Resize(ref themeNumbers, Math.Max(16, (themeNumberCount + contentThemes.Count) * 2));
        }

        for (var t = 0; t < contentThemes.Count; t++)
        {
            var theme = themes.Number(contentThemes[t].Value);
            themeNumbers[themeNumberCount++] = theme;
            Count(ref themeCounts, theme);
        }

        // Subjects are distinct (ReportContent), so a bit each says it.
        var subjects = content.Subjects;
        var subjectBits = 0;
        for (var s = 0; s < subjects.Count; s++)
        {
            subjectCounts[(int)subjects[s]]++;
            subjectBits |= 1 << (int)subjects[s];
        }

        subjectsAndThemeCount[k] = subjectBits | (contentThemes.Count << SubjectBits);

        var professions = 0;
        var authors = content.Authors;
        for (var a = 0; a < authors.Count; a++)
        {
            professions |= 1 << (int)authors[a].Profession;
        }

        for (var p = 0; p < professionCounts.Length; p++)
        {
            professionCounts[p] += (professions >> p) & 1;
        }

        positive += content.Polarity == ReportPolarity.Positive ? 1 : 0;
        negative += content.Polarity == ReportPolarity.Negative ? 1 : 0;
    }

    // The groups of the keys in order, each wrapping its array, and their counts.
    private static (ReportGroup[] Groups, KeyCount[] Counts) Listed(GroupingDimension dimension, int[] order, Func<int, string> key, ReportId[][] ids, int[] counts)
    {
        var groups = new ReportGroup[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            groups[i] = new ReportGroup(dimension, key(order[i]), ValueList<ReportId>.Own(ids[order[i]]));
        }

        return (groups, Counted(order, key, counts));
    }

    private static KeyCount[] Counted(int[] order, Func<int, string> key, int[] counts)
    {
        var list = new KeyCount[order.Length];
        for (var i = 0; i < order.Length; i++)
        {
            list[i] = new KeyCount(key(order[i]), counts[order[i]]);
        }

        return list;
    }

    // A key the profile does not have (a report made under an earlier version of it) numbers past the counts.
    private static void Count(ref int[] counts, int key)
    {
        if (key >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(key + 1, counts.Length * 2));
        }

        counts[key]++;
    }

    private static ReportId[][] Groups(int[] counts, int keys)
    {
        var groups = new ReportId[keys][];
        for (var k = 0; k < keys; k++)
        {
            groups[k] = counts[k] == 0 ? [] : new ReportId[counts[k]];
        }

        return groups;
    }

    // The keys in order that some included report has.
    private static int[] Present(int[] order, int[] counts)
    {
        var present = 0;
        foreach (var k in order)
        {
            present += counts[k] > 0 ? 1 : 0;
        }

        var result = new int[present];
        var i = 0;
        foreach (var k in order)
        {
            if (counts[k] > 0)
            {
                result[i++] = k;
            }
        }

        return result;
    }

    private static int[] KeyOrder(string[] keys)
    {
        var order = new int[keys.Length];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        Array.Sort(keys.ToArray(), order, StringComparer.Ordinal);
        return order;
    }

    private int ConsecutiveBefore(ThemeId theme)
    {
        var previousThemes = before?.Themes ?? [];
        for (var i = 0; i < previousThemes.Count; i++)
        {
            if (previousThemes[i].ThemeId == theme)
            {
                return previousThemes[i].ConsecutiveCompilations;
            }
        }

        return 0;
    }

    // Carried-over and excluded reports by id (ordinal); they come in id order when the input does.
    private static T[] OrderedById<T>(List<T> items, Func<T, ReportId> id)
    {
        var array = items.ToArray();
        for (var i = 1; i < array.Length; i++)
        {
            if (string.CompareOrdinal(id(array[i - 1]).Value, id(array[i]).Value) > 0)
            {
                Array.Sort(array, (x, y) => string.CompareOrdinal(id(x).Value, id(y).Value));
                break;
            }
        }

        return array;
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
    private static void Canonical(SocialReport[] items)
    {
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
    }

    private sealed class ById : IComparer<SocialReport>
    {
        public static readonly ById Instance = new();

        public int Compare(SocialReport? x, SocialReport? y) => string.CompareOrdinal(x!.Id.Value, y!.Id.Value);
    }
}
