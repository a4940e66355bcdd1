using RakenteellinenSosiaalityo.Core.Regions;
using Ardalis.GuardClauses;
using System.Text.Json.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Phenomena;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// What a semiannual compilation of social reports holds and shows (fi: puolivuosikoosteen sisältö), as
/// <see cref="Compiler.Compile"/> makes it: every report of the period accounted for as included, carried over or
/// excluded; the included reports grouped by phenomenon theme, service and subject; the counts; and each theme's
/// breadth and recurrence (EK 5.1).
/// </summary>
/// <remarks>
/// Deterministic: the same inputs, in any order, give an equal compilation. Included reports are ordered by first
/// submission, then id (ordinal); groups and counts by key; carried-over and excluded reports by id. Immutable;
/// compares by value.
/// </remarks>
public sealed record CompilationContent
{
    internal CompilationContent(
        RegionId regionId,
        ReportingPeriod period,
        Instant cutoff,
        ValueList<SocialReport> included,
        ValueList<CarriedOverReport> carriedOver,
        ValueList<ExcludedReport> excluded,
        ValueList<ReportGroup> byTheme,
        ValueList<ReportGroup> byService,
        ValueList<ReportGroup> bySubject,
        CompilationCounts counts,
        ValueList<ThemeSummary> themes,
        IReadOnlyList<GroupingDimension> dimensions,
        ValueList<ReportGroup> groups)
    {
        Dimensions = ValueList.FromValues(dimensions);
        Groups = groups;
        RegionId = regionId;
        Period = period;
        Cutoff = cutoff;
        Included = included;
        CarriedOver = carriedOver;
        Excluded = excluded;
        ByTheme = byTheme;
        ByService = byService;
        BySubject = bySubject;
        Counts = counts;
        Themes = themes;
    }

    /// <summary>The id of the region.</summary>
    [JsonPropertyName("regionId")]
    public RegionId RegionId { get; }

    /// <summary>The reporting period compiled.</summary>
    [JsonPropertyName("period")]
    public ReportingPeriod Period { get; }

    /// <summary>The cutoff: reports ready for compilation by then are included, the others carried over.</summary>
    [JsonPropertyName("cutoff")]
    public Instant Cutoff { get; }

    /// <summary>The included reports: submitted in the period or carried over into it, and ready by the cutoff.</summary>
    [JsonIgnore]
    public IReadOnlyList<SocialReport> Included { get; }

    /// <summary>The reports not ready by the cutoff, which go to the next compilation.</summary>
    [JsonPropertyName("carriedOver")]
    public IReadOnlyList<CarriedOverReport> CarriedOver { get; }

    /// <summary>The reports listed as excluded, with the reason.</summary>
    [JsonPropertyName("excluded")]
    public IReadOnlyList<ExcludedReport> Excluded { get; }

    /// <summary>The included reports by phenomenon theme; a report is in the group of each theme it names.</summary>
    [JsonPropertyName("byTheme")]
    public IReadOnlyList<ReportGroup> ByTheme { get; }

    /// <summary>The included reports by service.</summary>
    [JsonPropertyName("byService")]
    public IReadOnlyList<ReportGroup> ByService { get; }

    /// <summary>The included reports by subject (K 4.3); a report is in the group of each subject it brings up.</summary>
    [JsonPropertyName("bySubject")]
    public IReadOnlyList<ReportGroup> BySubject { get; }

    /// <summary>The counts of the included reports.</summary>
    [JsonPropertyName("counts")]
    public CompilationCounts Counts { get; }

    /// <summary>Each theme named by an included report: its count, breadth across services and recurrence; ordered by id.</summary>
    [JsonPropertyName("themes")]
    public IReadOnlyList<ThemeSummary> Themes { get; }

    /// <summary>
    /// The dimensions the compilation groups and counts by, in the profile's order (<see cref="CompilationRules.Dimensions"/>
    /// when compiled; by default theme, service and subject).
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<GroupingDimension> Dimensions { get; }

    /// <summary>
    /// The included reports by every declared dimension other than theme, service and subject (which are
    /// <see cref="ByTheme"/>, <see cref="ByService"/> and <see cref="BySubject"/>): by dimension in
    /// <see cref="Dimensions"/> order, then by key (ordinal); empty when the profile declares no other dimension.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<ReportGroup> Groups { get; }

    /// <summary>The groups of one dimension, ordered by key (ordinal); empty when the compilation does not group by it or no report has a key in it.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The groups.</returns>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is undefined.</exception>
    public IReadOnlyList<ReportGroup> GroupsOf(GroupingDimension dimension) => Guard.Against.EnumOutOfRange(dimension) switch
    {
        GroupingDimension.Theme => ByTheme,
        GroupingDimension.Service => ByService,
        GroupingDimension.Subject => BySubject,
        _ => Groups.Where(g => g.Dimension == dimension).ToList(),
    };

    /// <summary>The ids of the recurring themes, ordered by id.</summary>
    [JsonIgnore]
    public IReadOnlyList<ThemeId> RecurringThemes => Themes.Where(t => t.IsRecurring).Select(t => t.ThemeId).ToList();

    /// <summary>Returns the region, period and the three counts.</summary>
    /// <returns>For example <c>etela-karjala 1.1.2025–30.6.2025: 12 included, 1 carried over, 0 excluded</c>.</returns>
    public override string ToString() => $"{RegionId} {Period}: {Included.Count} included, {CarriedOver.Count} carried over, {Excluded.Count} excluded";
}
