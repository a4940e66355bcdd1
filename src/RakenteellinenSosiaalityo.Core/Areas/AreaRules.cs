using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Areas;

/// <summary>
/// The profile rules of the <c>areas</c> section and of the grouping dimensions (<c>compilationRules.groupBy</c>)
/// beyond what the schema says: area ids are unique; no dimension is listed twice; grouping by area needs at least
/// one area. (That a report names one of the profile's areas is checked when it is submitted, rule
/// <c>unknown-area</c>.)
/// </summary>
internal static class AreaRules
{
    public static void Check(JsonElement root, List<ValidationProblem> problems)
    {
        RegionProfileJson.CheckUniqueIds(root, "areas", "area", problems);
        if (!root.TryGetProperty("compilationRules", out var rules) || rules.ValueKind != JsonValueKind.Object
            || !rules.TryGetProperty("groupBy", out var groupBy) || groupBy.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var hasAreas = root.TryGetProperty("areas", out var areas) && areas.ValueKind == JsonValueKind.Array && areas.GetArrayLength() > 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in groupBy.EnumerateArray())
        {
            var path = JsonPath.Index("$.compilationRules.groupBy", index++);
            if (item.ValueKind != JsonValueKind.String)
            {
                continue; // The schema reports it.
            }

            var dimension = item.GetString()!;
            if (!seen.Add(dimension))
            {
                problems.Add(new(path, ValidationRules.DimensionWithoutData, $"Dimension '{dimension}' is listed twice in groupBy; list each dimension once."));
            }
            else if (dimension == "area" && !hasAreas)
            {
                problems.Add(new(path, ValidationRules.DimensionWithoutData, "Compilations cannot group by area: the profile lists no areas. Add the region's municipalities or areas to 'areas', or remove 'area' from groupBy."));
            }
        }
    }
}
