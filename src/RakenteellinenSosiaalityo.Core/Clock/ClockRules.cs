using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>
/// The profile rules of the <c>clock</c> section beyond what the schema says, on the raw document (the loader runs
/// them before it builds the profile).
/// </summary>
internal static class ClockRules
{
    /// <summary>
    /// Checks the clock's rules beyond what the schema says: unique ids, known responsible actors and participants,
    /// exactly one kind of time in each <c>when</c>, and no month listed twice or every month excepted.
    /// </summary>
    public static void Check(JsonElement root, HashSet<string> actorIds, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty("clock", out var clock) || clock.ValueKind != JsonValueKind.Object
            || !clock.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        RegionProfileJson.CheckUniqueIdsIn(rules, "$.clock.rules", "clock rule", problems);
        var index = 0;
        foreach (var rule in rules.EnumerateArray())
        {
            var rulePath = JsonPath.Index("$.clock.rules", index++);
            if (rule.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (RegionProfileJson.SlugOrNull(RegionProfileJson.TryString(rule, "responsible")) is { } actor && !actorIds.Contains(actor))
            {
                problems.Add(new(rulePath + ".responsible", ValidationRules.UnknownActor, $"The profile has no actor '{actor}'. The responsible of a clock rule is one of the profile's actors; use the id of one of them."));
            }

            if (rule.TryGetProperty("participants", out var participants))
            {
                RegionProfileJson.CheckPartyList(participants, rulePath + ".participants", actorIds, problems);
            }

            if (rule.TryGetProperty("when", out var when) && when.ValueKind == JsonValueKind.Object)
            {
                ClockWhen.Check(when, rulePath + ".when", problems);
            }
        }
    }
}
