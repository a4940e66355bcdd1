using System.Globalization;
using System.Text;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The Markdown of the declared dimensions beyond theme, service and subject (<see cref="CompilationContent.Groups"/>):
/// a count table per dimension after the services, and each report's single-valued keys (area, language) in its list.
/// </summary>
internal static class DimensionMarkdown
{
    private static readonly LocalizedText Reports = new("Raportteja", "Rapporter", "Reports");

    public static void Tables(StringBuilder md, CompilationContent content, RegionProfile profile, Language language)
    {
        foreach (var dimension in content.Dimensions.Where(d => !DimensionGroups.IsBuiltIn(d)))
        {
            md.Append('\n').Append("## ").Append(GroupingLabels.Of(dimension).Get(language)).Append("\n\n");
            md.Append("| ").Append(GroupingLabels.OfOne(dimension).Get(language)).Append(" | ").Append(Reports.Get(language)).Append(" |\n|---|---:|\n");
            foreach (var group in content.GroupsOf(dimension))
            {
                md.Append(CultureInfo.InvariantCulture, $"| {CompilationExport.Line(GroupingLabels.KeyName(profile, dimension, group.Key).Get(language))} | {group.Reports.Count} |\n");
            }
        }
    }

    public static void Items(StringBuilder md, CompilationContent content, CompiledReport report, RegionProfile profile, Language language)
    {
        foreach (var dimension in content.Dimensions)
        {
            var key = dimension switch
            {
                GroupingDimension.Area => report.AreaId ?? ReportGroup.NotRecordedKey,
                GroupingDimension.Language => report.Language ?? Core.Reports.ReportContent.DefaultLanguage,
                _ => null,
            };
            if (key is not null)
            {
                md.Append("- ").Append(GroupingLabels.OfOne(dimension).Get(language)).Append(": ")
                  .Append(CompilationExport.Line(GroupingLabels.KeyName(profile, dimension, key).Get(language))).Append('\n');
            }
        }
    }
}
