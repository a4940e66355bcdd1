using CsvHelper;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Csv;

/// <summary>The per-report columns of the single-valued dimensions a compilation declares beyond service: area (id and name) and language.</summary>
internal static class DimensionColumns
{
    public static IReadOnlyList<GroupingDimension> Of(CompilationContent content) =>
        content.Dimensions.Where(d => d is GroupingDimension.Area or GroupingDimension.Language).ToList();

    public static IEnumerable<string> Headers(GroupingDimension dimension) =>
        dimension == GroupingDimension.Area ? ["areaId", "area"] : ["language"];

    public static void Write(CsvWriter csv, IReadOnlyList<GroupingDimension> dimensions, CompiledReport row, RegionProfile profile, Language language)
    {
        foreach (var dimension in dimensions)
        {
            if (dimension == GroupingDimension.Area)
            {
                var key = row.AreaId ?? ReportGroup.NotRecordedKey;
                csv.WriteField(row.AreaId ?? string.Empty);
                csv.WriteField(GroupingLabels.KeyName(profile, dimension, key).Get(language));
            }
            else
            {
                csv.WriteField(row.Language ?? ReportContent.DefaultLanguage);
            }
        }
    }
}
