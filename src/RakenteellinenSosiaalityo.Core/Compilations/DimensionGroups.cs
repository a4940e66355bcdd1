using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Groups a compilation's included reports by the declared dimensions beyond theme, service and subject (which the
/// compiler groups itself, as it always has): area, profession, client group and language.
/// </summary>
internal static class DimensionGroups
{
    /// <summary>Whether the compiler's own lists (<see cref="CompilationContent.ByTheme"/>, …) hold the dimension.</summary>
    public static bool IsBuiltIn(GroupingDimension dimension) =>
        dimension is GroupingDimension.Theme or GroupingDimension.Service or GroupingDimension.Subject;

    /// <summary>The groups of every declared dimension that is not built in, by dimension in declared order, then by key (ordinal).</summary>
    public static ValueList<ReportGroup> Of(IReadOnlyList<GroupingDimension> dimensions, IReadOnlyList<SocialReport> included)
    {
        var groups = new List<ReportGroup>();
        foreach (var dimension in dimensions.Where(d => !IsBuiltIn(d)))
        {
            var byKey = new Dictionary<string, List<ReportId>>(StringComparer.Ordinal);
            foreach (var report in included)
            {
                foreach (var key in KeysOf(dimension, report.Content))
                {
                    if (!byKey.TryGetValue(key, out var ids))
                    {
                        byKey[key] = ids = [];
                    }

                    ids.Add(report.Id);
                }
            }

            groups.AddRange(byKey.Keys.Order(StringComparer.Ordinal).Select(key => new ReportGroup(dimension, key, byKey[key])));
        }

        return ValueList<ReportGroup>.From(groups);
    }

    /// <summary>The keys a report has in a dimension, each once.</summary>
    public static IEnumerable<string> KeysOf(GroupingDimension dimension, ReportContent content) => dimension switch
    {
        GroupingDimension.Theme => content.Themes.Select(t => t.Value),
        GroupingDimension.Service => [content.ServiceId.Value],
        GroupingDimension.Subject => content.Subjects.Select(Text.CamelCase.Of),
        GroupingDimension.Area => [content.AreaId ?? ReportGroup.NotRecordedKey],
        GroupingDimension.Profession => content.Authors.Select(a => Text.CamelCase.Of(a.Profession)).Distinct(StringComparer.Ordinal),
        GroupingDimension.ClientGroup => content.ClientGroups.Select(Text.Blank.Trim).Distinct(StringComparer.Ordinal),
        _ => [content.Language ?? ReportContent.DefaultLanguage],
    };
}
