using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Figures.Compilations;
using RakenteellinenSosiaalityo.Core.Figures.Geometry;
using RakenteellinenSosiaalityo.Core.Figures.Text;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures;

/// <summary>
/// The charts of a compilation (fi: koosteen kaaviot), for people who read a compilation for its numbers: reports per
/// phenomenon theme with the recurring ones marked, per service, per subject, positive and negative, and the trend of
/// each theme across the previous compilations. Every chart has a text alternative (<see cref="CompilationChart.TextAlternative"/>).
/// </summary>
/// <remarks>
/// Labels come from the profile (theme, service names) or from this package (subjects, polarity), in the asked
/// language; every text passes the privacy redactor. The numbers are the compilation's own (<see cref="CompilationContent.Counts"/>,
/// <see cref="CompilationContent.Themes"/>): a chart never counts anything itself.
/// </remarks>
public static class CompilationCharts
{
    /// <summary>All five charts of a compilation, in the order a reader meets them: themes, services, subjects, polarity, theme trend.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The profile it was compiled with.</param>
    /// <param name="previous">Earlier compilations of the same region for the trend, in any order; may be empty.</param>
    /// <param name="language">The language of every label.</param>
    /// <returns>The charts.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A compilation is of another region than <paramref name="profile"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is undefined.</exception>
    public static IReadOnlyList<CompilationChart> For(CompilationContent content, RegionProfile profile, IReadOnlyList<CompilationContent> previous, Language language)
    {
        Check(content, profile, language);
        return [Themes(content, profile, language), Services(content, profile, language), Subjects(content, profile, language), Polarity(content, profile, language), ThemeTrend(content, profile, previous, language)];
    }

    /// <summary>Reports per phenomenon theme, most first (ties in the compilation's order), the recurring themes marked (in colour and in words).</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The profile it was compiled with.</param>
    /// <param name="language">The language of every label.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region than <paramref name="profile"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is undefined.</exception>
    public static CompilationChart Themes(CompilationContent content, RegionProfile profile, Language language)
    {
        Check(content, profile, language);
        var rows = content.Themes
            .OrderByDescending(t => t.Reports)
            .Select(t => new ChartRow(t.ThemeId.Value, ThemeName(profile, t.ThemeId.Value, language), [t.Reports], t.IsRecurring))
            .ToList();
        return new CompilationChart(new ChartData(
            "themes",
            Title(content, language, "Raportit ilmiöittäin", "Rapporter per fenomen", "Reports per phenomenon theme"),
            Vocabulary.T(language, "Ilmiö", "Fenomen", "Phenomenon"),
            [Vocabulary.T(language, "Raportteja", "Rapporter", "Reports")],
            rows,
            IsGrid: false,
            Vocabulary.T(language, "Toistuva ilmiö: esiintyy useassa peräkkäisessä koosteessa", "Återkommande fenomen: förekommer i flera sammanställningar i följd", "Recurring theme: appears in several consecutive compilations"),
            Vocabulary.T(language, "toistuva", "återkommande", "recurring"),
            Vocabulary.T(language, "Raporteissa ei nimetty ilmiöteemoja.", "Rapporterna angav inga fenomenteman.", "The reports named no phenomenon themes.")));
    }

    /// <summary>Reports per service, most first.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The profile it was compiled with.</param>
    /// <param name="language">The language of every label.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region than <paramref name="profile"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is undefined.</exception>
    public static CompilationChart Services(CompilationContent content, RegionProfile profile, Language language)
    {
        Check(content, profile, language);
        var rows = Sorted(content.Counts.ByService).Select(c => new ChartRow(c.Key, Clean(GroupingLabels.KeyName(profile, GroupingDimension.Service, c.Key).Get(language)), [c.Count], false)).ToList();
        return Bars("services", content, language, rows, ("Raportit palveluittain", "Rapporter per tjänst", "Reports per service"), ("Palvelu", "Tjänst", "Service"));
    }

    /// <summary>Reports per subject (what the reports bring up; K 4.3), most first.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The profile it was compiled with.</param>
    /// <param name="language">The language of every label.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region than <paramref name="profile"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is undefined.</exception>
    public static CompilationChart Subjects(CompilationContent content, RegionProfile profile, Language language)
    {
        Check(content, profile, language);
        var subjects = Enum.GetValues<ReportSubject>().ToDictionary(CamelCase.Of, s => s, StringComparer.Ordinal);
        var rows = Sorted(content.Counts.BySubject)
            .Select(c => new ChartRow(c.Key, subjects.TryGetValue(c.Key, out var subject) ? Vocabulary.Subject(subject, language) : Clean(c.Key), [c.Count], false))
            .ToList();
        return Bars("subjects", content, language, rows, ("Raportit aiheittain", "Rapporter per ämne", "Reports per subject"), ("Aihe", "Ämne", "Subject"));
    }

    /// <summary>Negative and positive phenomena, and the reports that recorded neither.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The profile it was compiled with.</param>
    /// <param name="language">The language of every label.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">The compilation is of another region than <paramref name="profile"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is undefined.</exception>
    public static CompilationChart Polarity(CompilationContent content, RegionProfile profile, Language language)
    {
        Check(content, profile, language);
        var counts = content.Counts;
        var rows = new List<ChartRow>
        {
            new("negative", Vocabulary.T(language, "Kielteinen ilmiö", "Negativt fenomen", "Negative phenomenon"), [counts.Negative], false),
            new("positive", Vocabulary.T(language, "Myönteinen ilmiö", "Positivt fenomen", "Positive phenomenon"), [counts.Positive], false),
        };
        if (counts.PolarityNotRecorded > 0)
        {
            rows.Add(new("not-recorded", Vocabulary.T(language, "Ei merkitty", "Inte angivet", "Not recorded"), [counts.PolarityNotRecorded], false));
        }

        return Bars("polarity", content, language, counts.Total == 0 ? [] : rows, ("Myönteiset ja kielteiset ilmiöt", "Positiva och negativa fenomen", "Positive and negative phenomena"), ("Ilmiön laatu", "Fenomenets art", "Kind of phenomenon"));
    }

    /// <summary>
    /// The trend of each theme: how many reports named it in each of the previous compilations and in this one, as a
    /// grid (a row per theme, a column per compilation in period order), the themes recurring now marked.
    /// </summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The profile it was compiled with.</param>
    /// <param name="previous">Earlier compilations of the same region, in any order; may be empty.</param>
    /// <param name="language">The language of every label.</param>
    /// <returns>The chart.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A compilation is of another region than <paramref name="profile"/>, or a previous one is not earlier than <paramref name="content"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is undefined.</exception>
    public static CompilationChart ThemeTrend(CompilationContent content, RegionProfile profile, IReadOnlyList<CompilationContent> previous, Language language)
    {
        Check(content, profile, language);
        Guard.Against.Null(previous);
        foreach (var earlier in previous)
        {
            Guard.Against.Null(earlier, nameof(previous));
            if (earlier.RegionId != profile.Id)
            {
                throw new ArgumentException($"A previous compilation is of region '{earlier.RegionId}', not '{profile.Id}'.", nameof(previous));
            }

            if (earlier.Period.Start >= content.Period.Start)
            {
                throw new ArgumentException($"The previous compilation of {earlier.Period} is not earlier than the compilation of {content.Period}.", nameof(previous));
            }
        }

        var all = previous.OrderBy(p => p.Period.Start).Append(content).ToList();
        var keys = content.Themes.Select(t => t.ThemeId.Value)
            .Concat(all.SelectMany(c => c.Counts.ByTheme.Select(k => k.Key)))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var recurring = content.Themes.Where(t => t.IsRecurring).Select(t => t.ThemeId.Value).ToHashSet(StringComparer.Ordinal);
        var rows = keys.Select(key => new ChartRow(
            key,
            ThemeName(profile, key, language),
            all.Select(c => c.Counts.ByTheme.FirstOrDefault(k => k.Key == key).Count).ToList(),
            recurring.Contains(key))).ToList();
        return new CompilationChart(new ChartData(
            "theme-trend",
            Title(content, language, "Ilmiöiden kehitys koosteesta toiseen", "Fenomenens utveckling mellan sammanställningarna", "Themes across compilations"),
            Vocabulary.T(language, "Ilmiö", "Fenomen", "Phenomenon"),
            all.Select(c => c.Period.ToString()).ToList(),
            rows,
            IsGrid: true,
            Vocabulary.T(language, "Toistuva ilmiö tässä koosteessa", "Återkommande fenomen i denna sammanställning", "Recurring theme in this compilation"),
            Vocabulary.T(language, "toistuva", "återkommande", "recurring"),
            Vocabulary.T(language, "Raporteissa ei nimetty ilmiöteemoja.", "Rapporterna angav inga fenomenteman.", "The reports named no phenomenon themes.")));
    }

    private static CompilationChart Bars(string id, CompilationContent content, Language language, List<ChartRow> rows, (string Fi, string Sv, string En) title, (string Fi, string Sv, string En) key) =>
        new(new ChartData(
            id,
            Title(content, language, title.Fi, title.Sv, title.En),
            Vocabulary.T(language, key.Fi, key.Sv, key.En),
            [Vocabulary.T(language, "Raportteja", "Rapporter", "Reports")],
            rows,
            IsGrid: false,
            null,
            string.Empty,
            Vocabulary.T(language, "Koosteessa ei ole raportteja.", "Sammanställningen har inga rapporter.", "The compilation holds no reports.")));

    private static string Title(CompilationContent content, Language language, string fi, string sv, string en) =>
        Clean($"{Vocabulary.T(language, fi, sv, en)} {content.Period}");

    private static IEnumerable<KeyCount> Sorted(IEnumerable<KeyCount> counts) =>
        counts.OrderByDescending(c => c.Count).ThenBy(c => c.Key, StringComparer.Ordinal);

    private static string ThemeName(RegionProfile profile, string id, Language language) => Clean(GroupingLabels.KeyName(profile, GroupingDimension.Theme, id).Get(language));

    private static string Clean(string text) => TextMeasure.Clean(text);

    private static void Check(CompilationContent content, RegionProfile profile, Language language)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(profile);
        Guard.Against.EnumOutOfRange(language);
        if (content.RegionId != profile.Id)
        {
            throw new ArgumentException($"The compilation is of region '{content.RegionId}', not '{profile.Id}'.", nameof(profile));
        }
    }
}
