using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// The profile rules of the <c>phenomenonReports</c> section beyond what the schema says: it comes with a
/// <c>phenomenonProcess</c> (and the process with it); the choosing actors and the recipients are actors of the
/// profile; workshops are numbered 1, 2, … and each names a step of the phenomenon process, as the write step does;
/// no source, section, choosing actor or collected kind is listed twice. The process itself is checked like the
/// report and compilation processes.
/// </summary>
internal static class PhenomenonReportRules
{
    public static void Check(JsonElement root, HashSet<string> actorIds, List<ValidationProblem> problems)
    {
        var hasSettings = root.TryGetProperty("phenomenonReports", out var settings) && settings.ValueKind == JsonValueKind.Object;
        var hasProcess = root.TryGetProperty("phenomenonProcess", out var process) && process.ValueKind == JsonValueKind.Object;
        if (hasSettings != hasProcess)
        {
            var (missing, present) = hasSettings ? ("phenomenonProcess", "phenomenonReports") : ("phenomenonReports", "phenomenonProcess");
            problems.Add(new($"$.{missing}", ValidationRules.MissingProperty, $"A profile with '{present}' also has '{missing}': the phenomenon report follows the process, and the process needs the report's settings."));
        }

        if (!hasSettings)
        {
            return;
        }

        const string path = "$.phenomenonReports";
        var steps = StepIds(process);
        if (settings.TryGetProperty("chosenBy", out var chosenBy))
        {
            RegionProfileJson.CheckPartyList(chosenBy, path + ".chosenBy", actorIds, problems);
        }

        if (settings.TryGetProperty("recipients", out var recipients))
        {
            RegionProfileJson.CheckPartyList(recipients, path + ".recipients", actorIds, problems);
        }

        RegionProfileJson.CheckDistinct(settings, "chosenBy", path, "actor", problems);
        RegionProfileJson.CheckDistinct(settings, "selectionSources", path, "source", problems);
        RegionProfileJson.CheckDistinct(settings, "sections", path, "section", problems);
        CheckStep(RegionProfileJson.TryString(settings, "writeStep"), path + ".writeStep", steps, problems);
        if (!settings.TryGetProperty("workshops", out var workshops) || workshops.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var workshop in workshops.EnumerateArray())
        {
            var workshopPath = JsonPath.Index(path + ".workshops", index);
            if (workshop.ValueKind == JsonValueKind.Object && workshop.TryGetProperty("number", out var number)
                && number.ValueKind == JsonValueKind.Number && !(number.TryGetInt32(out var n) && n == index + 1))
            {
                problems.Add(new(workshopPath + ".number", ValidationRules.InvalidValue, $"Workshops are numbered 1, 2, … in the order listed; this one is number {index + 1}."));
            }

            CheckStep(RegionProfileJson.TryString(workshop, "step"), workshopPath + ".step", steps, problems);
            if (workshop.ValueKind == JsonValueKind.Object)
            {
                RegionProfileJson.CheckDistinct(workshop, "collects", workshopPath, "kind of knowledge", problems);
            }

            index++;
        }
    }

    private static HashSet<string>? StepIds(JsonElement process)
    {
        if (process.ValueKind != JsonValueKind.Object || !process.TryGetProperty("steps", out var steps) || steps.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        return steps.EnumerateArray().Select(s => RegionProfileJson.TryString(s, "id")).OfType<string>().ToHashSet(StringComparer.Ordinal);
    }

    private static void CheckStep(string? step, string path, HashSet<string>? steps, List<ValidationProblem> problems)
    {
        if (step is not null && steps is not null && !steps.Contains(step))
        {
            problems.Add(new(path, ValidationRules.UnknownStep, $"The phenomenon process has no step '{Privacy.PersonalDataScanner.Redact(step)}'. Use one of: {string.Join(", ", steps.Order(StringComparer.Ordinal))}."));
        }
    }
}
