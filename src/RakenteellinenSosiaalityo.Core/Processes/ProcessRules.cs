using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The profile rules of a process section (<c>reportProcess</c>, <c>compilationProcess</c>, <c>phenomenonProcess</c>)
/// beyond what the schema says, on the raw document: the structure of the steps (<see cref="ProcessDefinition.CheckStructure"/>),
/// performers that are actors of the profile, and each due rule's own check (<see cref="StepDue"/>).
/// </summary>
internal static class ProcessRules
{
    /// <summary>
    /// Checks a process (<paramref name="name"/> is <c>reportProcess</c> or <c>compilationProcess</c>): the structure of
    /// its steps (unique ids, known and reachable predecessors, known completion step), the performers, and that each
    /// due rule gives exactly one kind of time. The schema check reports what is missing or of the wrong type.
    /// </summary>
    public static void Check(JsonElement root, string name, HashSet<string> actorIds, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty(name, out var process) || process.ValueKind != JsonValueKind.Object
            || !process.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array || steps.GetArrayLength() == 0)
        {
            // The schema check has reported the missing or malformed process or its empty list of steps.
            return;
        }

        var path = "$." + name;
        var ids = new List<string?>();
        var afters = new List<string?>();
        var index = 0;
        foreach (var step in steps.EnumerateArray())
        {
            var stepPath = $"{path}.steps[{index}]";
            ids.Add(RegionProfileJson.SlugOrNull(RegionProfileJson.TryString(step, "id")));
            afters.Add(RegionProfileJson.SlugOrNull(RegionProfileJson.TryString(step, "after")));
            if (RegionProfileJson.TryString(step, "performedBy") is { } actor && Slug.IsValid(actor) && !actorIds.Contains(actor))
            {
                problems.Add(new(stepPath + ".performedBy", ValidationRules.UnknownActor, $"The profile has no actor '{actor}'. A step is performed by one of the profile's actors; use the id of one of them."));
            }

            if (step.ValueKind == JsonValueKind.Object && step.TryGetProperty("due", out var due) && due.ValueKind == JsonValueKind.Object)
            {
                StepDue.Check(due, stepPath + ".due", problems);
            }

            index++;
        }

        var completesWith = process.TryGetProperty("completesWith", out var completion) && completion.ValueKind == JsonValueKind.String
            ? RegionProfileJson.SlugOrNull(completion.GetString())
            : null;
        ProcessDefinition.CheckStructure(ids, afters, completesWith, path, problems);
    }
}
