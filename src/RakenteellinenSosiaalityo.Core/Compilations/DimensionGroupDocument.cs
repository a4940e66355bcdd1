using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The JSON form of a group of a dimension beyond theme, service and subject (<see cref="CompilationContent.Groups"/>),
/// in the compilation document and the export: <c>{ "dimension": "area", "key": "loviisa", "reports": [ … ] }</c>.
/// </summary>
internal sealed record DimensionGroupDocument
{
    [JsonPropertyName("dimension")]
    public required GroupingDimension Dimension { get; init; }

    [JsonPropertyName("key")]
    public required string Key { get; init; }

    [JsonPropertyName("reports")]
    public required IReadOnlyList<ReportId> Reports { get; init; }

    /// <summary>The declared dimensions for a document: null when they are the default ones, so that the document keeps its earlier form.</summary>
    public static IReadOnlyList<GroupingDimension>? GroupByOf(IReadOnlyList<GroupingDimension> dimensions) =>
        dimensions.SequenceEqual(CompilationRules.DefaultDimensions) ? null : dimensions;

    /// <summary>The groups for a document, or null when there are none.</summary>
    public static IReadOnlyList<DimensionGroupDocument?>? Of(IReadOnlyList<ReportGroup> groups) =>
        groups.Count == 0 ? null : groups.Select(g => new DimensionGroupDocument { Dimension = g.Dimension, Key = g.Key, Reports = g.Reports }).ToList();

    /// <summary>Reads the groups of a document, checking that each names a declared dimension beyond the built-in ones and only included reports.</summary>
    public static ValueList<ReportGroup> Read(IReadOnlyList<GroupingDimension>? groupBy, IReadOnlyList<DimensionGroupDocument?>? groups, string path, HashSet<ReportId> included, List<ValidationProblem> found)
    {
        var dimensions = groupBy ?? CompilationRules.DefaultDimensions;
        var read = new List<ReportGroup>();
        for (var i = 0; i < (groups?.Count ?? 0); i++)
        {
            var itemPath = JsonPath.Index(path, i);
            var group = groups![i];
            if (group is null)
            {
                found.Add(new(itemPath, ValidationRules.WrongType, "Expected a group, found null."));
                continue;
            }

            if (DimensionGroups.IsBuiltIn(group.Dimension) || !dimensions.Contains(group.Dimension))
            {
                found.Add(new($"{itemPath}.dimension", ValidationRules.InvalidValue, $"Dimension '{Text.CamelCase.Of(group.Dimension)}' is not one of the document's groupBy dimensions beyond theme, service and subject."));
            }

            foreach (var id in group.Reports.Where(id => !included.Contains(id)))
            {
                found.Add(new($"{itemPath}.reports", ValidationRules.InvalidValue, $"Group '{PersonalDataScanner.Redact(group.Key)}' lists report {id}, which is not included."));
            }

            read.Add(new ReportGroup(group.Dimension, group.Key, group.Reports));
        }

        return ValueList<ReportGroup>.From(read);
    }
}
