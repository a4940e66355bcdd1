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
    /// <remarks>
    /// As the compiler's own groups: per dimension one pass counts the reports per key and one fills arrays of exactly
    /// that size, wrapped, not copied; a report's keys go through one reused buffer, not a sequence per report.
    /// </remarks>
    public static ValueList<ReportGroup> Of(IReadOnlyList<GroupingDimension> dimensions, IReadOnlyList<SocialReport> included)
    {
        var groups = new List<ReportGroup>();
        var keys = new List<string>();
        for (var d = 0; d < dimensions.Count; d++)
        {
            var dimension = dimensions[d];
            if (IsBuiltIn(dimension))
            {
                continue;
            }

            var index = new KeyIndex(8);
            var counts = new int[8];
            for (var r = 0; r < included.Count; r++)
            {
                KeysOf(dimension, included[r].Content, keys);
                foreach (var key in keys)
                {
                    var k = index.Number(key);
                    if (k == counts.Length)
                    {
                        Array.Resize(ref counts, k * 2);
                    }

                    counts[k]++;
                }
            }

            var ids = new ReportId[index.Count][];
            for (var k = 0; k < ids.Length; k++)
            {
                ids[k] = new ReportId[counts[k]];
                counts[k] = 0;
            }

            for (var r = 0; r < included.Count; r++)
            {
                var report = included[r];
                KeysOf(dimension, report.Content, keys);
                foreach (var key in keys)
                {
                    var k = index.Number(key);
                    ids[k][counts[k]++] = report.Id;
                }
            }

            foreach (var k in index.InKeyOrder())
            {
                groups.Add(new ReportGroup(dimension, index[k], ValueList<ReportId>.Own(ids[k])));
            }
        }

        return ValueList<ReportGroup>.From(groups);
    }

    /// <summary>Puts the keys a report has in a dimension that is not built in into <paramref name="keys"/>, each once.</summary>
    private static void KeysOf(GroupingDimension dimension, ReportContent content, List<string> keys)
    {
        keys.Clear();
        switch (dimension)
        {
            case GroupingDimension.Area:
                keys.Add(content.AreaId ?? ReportGroup.NotRecordedKey);
                break;
            case GroupingDimension.Profession:
                var authors = content.Authors;
                for (var a = 0; a < authors.Count; a++)
                {
                    AddOnce(keys, Text.CamelCase.Of(authors[a].Profession));
                }

                break;
            case GroupingDimension.ClientGroup:
                var clientGroups = content.ClientGroups;
                for (var c = 0; c < clientGroups.Count; c++)
                {
                    AddOnce(keys, Text.Blank.Trim(clientGroups[c]));
                }

                break;
            default:
                keys.Add(content.Language ?? ReportContent.DefaultLanguage);
                break;
        }
    }

    private static void AddOnce(List<string> keys, string key)
    {
        foreach (var known in keys)
        {
            if (string.Equals(known, key, StringComparison.Ordinal))
            {
                return;
            }
        }

        keys.Add(key);
    }
}
