using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// The profile rules of the <c>metrics</c> section beyond what the schema says, on the raw document (the loader runs
/// them before it builds the profile).
/// </summary>
internal static class MetricRules
{
    /// <summary>
    /// Checks the metrics beyond what the schema says: unique ids, exactly one of derived and manual, exactly one kind of
    /// derivation, one label per goal number, known actors and clock rules, and the rules' own either-or properties.
    /// </summary>
    public static void Check(JsonElement root, HashSet<string> actorIds, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty("metrics", out var metrics) || metrics.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var ruleIds = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("clock", out var clock) && clock.ValueKind == JsonValueKind.Object
            && clock.TryGetProperty("rules", out var rules) && rules.ValueKind == JsonValueKind.Array)
        {
            foreach (var rule in rules.EnumerateArray())
            {
                if (RegionProfileJson.SlugOrNull(RegionProfileJson.TryString(rule, "id")) is { } id)
                {
                    ruleIds.Add(id);
                }
            }
        }

        RegionProfileJson.CheckUniqueIdsIn(metrics, "$.metrics", "metric", problems);
        var goals = new Dictionary<int, string>();
        var index = 0;
        foreach (var metric in metrics.EnumerateArray())
        {
            var path = JsonPath.Index("$.metrics", index++);
            if (metric.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (metric.TryGetProperty("goal", out var goal) && goal.ValueKind == JsonValueKind.Object
                && goal.TryGetProperty("number", out var number) && number.ValueKind == JsonValueKind.Number && JsonNumber.TryGetInt32(number, out var n)
                && goal.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object)
            {
                var text = $"{RegionProfileJson.TryString(label, "fi")}\u0000{RegionProfileJson.TryString(label, "sv")}\u0000{RegionProfileJson.TryString(label, "en")}";
                if (goals.TryGetValue(n, out var first) && first != text)
                {
                    problems.Add(new(path + ".goal.label", ValidationRules.InvalidValue, $"An earlier metric of goal {n} gives the goal another label; give every metric of a goal the same label."));
                }

                goals.TryAdd(n, text);
            }

            var derived = metric.TryGetProperty("derived", out var derivation);
            var manual = metric.TryGetProperty("manual", out _);
            if (derived == manual)
            {
                problems.Add(new(path, ValidationRules.InvalidValue, $"A metric gives exactly one of 'derived' (how records measure it) and 'manual': true (a person assesses it); this one gives {(derived ? "both" : "neither")}."));
            }

            if (derived && derivation.ValueKind == JsonValueKind.Object)
            {
                CheckDerivation(derivation, path + ".derived", actorIds, ruleIds, problems);
            }
        }
    }

    /// <summary>
    /// Checks a <c>derived</c> object: its own rules (<see cref="MetricDerivation"/>: exactly one kind, and that kind's
    /// check), and the references that need the rest of the profile: the body is an actor, <c>plannedBy</c> names
    /// rules of the clock.
    /// </summary>
    private static void CheckDerivation(JsonElement derivation, string path, HashSet<string> actorIds, HashSet<string> ruleIds, List<ValidationProblem> problems)
    {
        MetricDerivation.CheckDerived(derivation, path, problems);
        foreach (var kind in MetricDerivation.Kinds)
        {
            if (!derivation.TryGetProperty(kind, out var rule) || rule.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            var rulePath = path + "." + kind;
            if (RegionProfileJson.SlugOrNull(RegionProfileJson.TryString(rule, "body")) is { } body && !actorIds.Contains(body))
            {
                problems.Add(new(rulePath + ".body", ValidationRules.UnknownActor, $"The profile has no actor '{body}'. A metric counts the records of one of the profile's actors; use the id of one of them."));
            }

            if (rule.TryGetProperty("plannedBy", out var planned) && planned.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in planned.EnumerateArray())
                {
                    var itemPath = JsonPath.Index(rulePath + ".plannedBy", i++);
                    if (item.ValueKind == JsonValueKind.String && RegionProfileJson.SlugOrNull(item.GetString()) is { } ruleId && !ruleIds.Contains(ruleId))
                    {
                        problems.Add(new(itemPath, ValidationRules.UnknownClockRule, $"The profile's clock has no rule '{ruleId}'. plannedBy names rules of the profile's clock{(ruleIds.Count == 0 ? " (it has none; add a clock or give 'target' instead)" : ": " + string.Join(", ", ruleIds))}."));
                    }
                }
            }
        }
    }
}
