using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using NodaTime;
using NodaTime.Text;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Regions;

/// <summary>
/// Reads, validates and writes region profiles as JSON (format version <see cref="RegionProfile.CurrentSchemaVersion"/>).
/// </summary>
/// <remarks>
/// <para>
/// Loading checks the whole document and reports every problem at once, each with its JSON path and the rule it
/// breaks (see <see cref="ValidationRules"/>): malformed JSON, unknown properties, wrong types, missing properties,
/// missing Finnish labels, invalid ids, dates and business ids, duplicate actor, service and step ids, references to
/// unknown actors (also as a step's performer or a clock rule's responsible or participant), duplicate clock rule
/// ids, clock rules whose <c>when</c> does not give exactly one kind of time, metrics with a duplicate id, not exactly one of <c>derived</c> and <c>manual</c>, a derivation of not exactly one kind, a goal whose label differs between its metrics, or a reference to an unknown actor or clock rule, process steps that follow an unknown step or cannot be reached from
/// the first, due rules that do not give exactly one kind of time, and reporting periods with a gap, an overlap or a
/// leap-day boundary. Nothing else escapes: no <see cref="JsonException"/>, no <see cref="NullReferenceException"/>.
/// </para>
/// <para>The format is described by the JSON schema in <see cref="Schema"/>, shipped in the package for editors.</para>
/// </remarks>
public static class RegionProfileJson
{
    private const string SchemaResource = "RakenteellinenSosiaalityo.Core.Regions.region-profile.schema.json";

    private static readonly Lazy<(string Text, JsonSchemaValidator Validator)> LoadedSchema = new(LoadSchema);

    /// <summary>The JSON schema (draft 2020-12) of the region profile format, as text.</summary>
    public static string Schema => LoadedSchema.Value.Text;

    /// <summary>Reads a region profile from JSON text and validates it.</summary>
    /// <param name="json">The profile as JSON text.</param>
    /// <returns>The profile; always valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ValidationException">The document breaks one or more rules (code <c>profile-invalid</c>);
    /// <see cref="ValidationException.Problems"/> lists every one.</exception>
    public static RegionProfile Load(string json)
    {
        Guard.Against.Null(json);
        return TryLoad(json, out var profile, out var problems)
            ? profile
            : throw new ValidationException(RuleCodes.ProfileInvalid, "Region profile", problems);
    }

    /// <summary>Reads a region profile from a UTF-8 JSON stream and validates it.</summary>
    /// <param name="utf8Json">The profile as UTF-8 JSON (a leading byte order mark is skipped, as in text); read to its end, not closed.</param>
    /// <returns>The profile; always valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="ValidationException">The document breaks one or more rules (code <c>profile-invalid</c>).</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static RegionProfile Load(Stream utf8Json) =>
        TryLoad(utf8Json, out var profile, out var problems)
            ? profile
            : throw new ValidationException(RuleCodes.ProfileInvalid, "Region profile", problems);

    /// <summary>Tries to read a region profile from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The profile as UTF-8 JSON (a leading byte order mark is skipped); read to its end, not closed.</param>
    /// <param name="profile">The profile when the document is valid; null otherwise.</param>
    /// <param name="problems">Every problem found; empty when the document is valid.</param>
    /// <returns>True when the document is a valid profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static bool TryLoad(Stream utf8Json, [NotNullWhen(true)] out RegionProfile? profile, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(utf8Json);
        var found = new List<ValidationProblem>();
        problems = found;
        profile = Read(DocumentJson.Parse(utf8Json, found), found);
        return profile is not null;
    }

    /// <summary>Tries to read a region profile from JSON text.</summary>
    /// <param name="json">The profile as JSON text.</param>
    /// <param name="profile">The profile when the document is valid; null otherwise.</param>
    /// <param name="problems">Every problem found; empty when the document is valid.</param>
    /// <returns>True when the document is a valid profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryLoad(string json, [NotNullWhen(true)] out RegionProfile? profile, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(json);
        var found = new List<ValidationProblem>();
        problems = found;
        profile = Read(DocumentJson.Parse(json, found), found);
        return profile is not null;
    }

    private static RegionProfile? Read(JsonDocument? parsed, List<ValidationProblem> found)
    {
        if (parsed is not { } document)
        {
            return null;
        }

        using (document)
        {
            Check(document.RootElement, found);
            if (found.Count > 0)
            {
                return null;
            }

            RegionProfile? profile;
            try
            {
                profile = document.RootElement.Deserialize((JsonTypeInfo<RegionProfile>)CoreJson.Options.GetTypeInfo(typeof(RegionProfile)));
            }
            catch (Exception e) when (e is JsonException or ArgumentException or ValidationException or InvalidOperationException or FormatException)
            {
                // Validation accepts only documents the serializer reads; reaching this is a bug in the library,
                // reported as a problem rather than an exception the caller cannot act on.
                var path = e is JsonException { Path: { } p } ? JsonPath.FromSerializer(JsonPath.Root, p) : JsonPath.Root;
                found.Add(new(path, ValidationRules.InvalidValue, "The profile passed validation but could not be read; please report this as a bug of RakenteellinenSosiaalityo.Core. " + PersonalDataScanner.Redact(e.Message)));
                return null;
            }

            if (profile is null)
            {
                found.Add(new(JsonPath.Root, ValidationRules.WrongType, "Expected an object, found null."));
            }

            return profile;
        }
    }

    /// <summary>Validates a region profile's JSON text without building the profile.</summary>
    /// <param name="json">The profile as JSON text.</param>
    /// <returns>Every problem found; empty when the document is a valid profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static IReadOnlyList<ValidationProblem> Validate(string json)
    {
        TryLoad(json, out _, out var problems);
        return problems;
    }

    /// <summary>Writes a region profile as indented JSON text, in the format <see cref="Load(string)"/> reads.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    public static string Serialize(RegionProfile profile)
    {
        Guard.Against.Null(profile);
        return JsonSerializer.Serialize(profile, (JsonTypeInfo<RegionProfile>)CoreJson.Options.GetTypeInfo(typeof(RegionProfile)));
    }

    private static void Check(JsonElement root, List<ValidationProblem> problems)
    {
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("schemaVersion", out var version)
            && version.ValueKind == JsonValueKind.Number && !(JsonNumber.TryGetInt32(version, out var v) && v == RegionProfile.CurrentSchemaVersion))
        {
            problems.Add(new(
                "$.schemaVersion",
                ValidationRules.UnsupportedSchemaVersion,
                $"This version of RakenteellinenSosiaalityo.Core reads profile schema version {RegionProfile.CurrentSchemaVersion}; the file has another version."));
            return;
        }

        LoadedSchema.Value.Validator.Validate(root, JsonPath.Root, problems);
        if (root.ValueKind == JsonValueKind.Object)
        {
            var actorIds = CheckReferences(root, problems);
            CheckUniqueIds(root, "services", "service", problems);
            CheckUniqueIds(root, "phenomenonThemes", "phenomenon theme", problems);
            CheckProcess(root, "reportProcess", actorIds, problems);
            CheckProcess(root, "compilationProcess", actorIds, problems);
            CheckProcess(root, "phenomenonProcess", actorIds, problems);
            CheckPeriods(root, problems);
            CheckValidity(root, problems);
            CheckClock(root, actorIds, problems);
            CheckMetrics(root, actorIds, problems);
            PhenomenonReportRules.Check(root, actorIds, problems);
            Areas.AreaRules.Check(root, problems);
        }
    }

    /// <summary>Checks actor ids and the references to actors in the plan and the actor table; returns the actor ids found.</summary>
    private static HashSet<string> CheckReferences(JsonElement root, List<ValidationProblem> problems)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (root.TryGetProperty("actors", out var actors) && actors.ValueKind == JsonValueKind.Array)
        {
            var index = 0;
            foreach (var actor in actors.EnumerateArray())
            {
                if (actor.ValueKind == JsonValueKind.Object && actor.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String
                    && !ids.Add(id.GetString()!) && Text.Slug.IsValid(id.GetString()))
                {
                    problems.Add(new($"$.actors[{index}].id", ValidationRules.DuplicateId, $"Another actor already has the id '{id.GetString()}'; actor ids must be unique."));
                }

                index++;
            }

            index = 0;
            foreach (var actor in actors.EnumerateArray())
            {
                if (actor.ValueKind == JsonValueKind.Object && actor.TryGetProperty("collaborators", out var collaborators))
                {
                    CheckPartyList(collaborators, $"$.actors[{index}].collaborators", ids, problems);
                }

                index++;
            }
        }

        if (root.TryGetProperty("plan", out var plan) && plan.ValueKind == JsonValueKind.Object)
        {
            if (plan.TryGetProperty("approvals", out var approvals) && approvals.ValueKind == JsonValueKind.Array)
            {
                var index = 0;
                foreach (var approval in approvals.EnumerateArray())
                {
                    if (approval.ValueKind == JsonValueKind.Object && approval.TryGetProperty("by", out var by))
                    {
                        CheckParty(by, $"$.plan.approvals[{index}].by", ids, problems);
                    }

                    index++;
                }
            }

            if (plan.TryGetProperty("maintenance", out var maintenance) && maintenance.ValueKind == JsonValueKind.Object
                && maintenance.TryGetProperty("responsible", out var responsible))
            {
                CheckPartyList(responsible, "$.plan.maintenance.responsible", ids, problems);
            }
        }

        return ids;
    }

    internal static void CheckUniqueIds(JsonElement root, string property, string what, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty(property, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (TryString(item, "id") is { } id && Text.Slug.IsValid(id) && !ids.Add(id))
            {
                problems.Add(new($"$.{property}[{index}].id", ValidationRules.DuplicateId, $"Another {what} already has the id '{id}'; {what} ids must be unique."));
            }

            index++;
        }
    }

    /// <summary>
    /// Checks a process (<paramref name="name"/> is <c>reportProcess</c> or <c>compilationProcess</c>): the structure of
    /// its steps (unique ids, known and reachable predecessors, known completion step), the performers, and that each
    /// due rule gives exactly one kind of time. The schema check reports what is missing or of the wrong type.
    /// </summary>
    private static void CheckProcess(JsonElement root, string name, HashSet<string> actorIds, List<ValidationProblem> problems)
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
            ids.Add(SlugOrNull(TryString(step, "id")));
            afters.Add(SlugOrNull(TryString(step, "after")));
            if (TryString(step, "performedBy") is { } actor && Text.Slug.IsValid(actor) && !actorIds.Contains(actor))
            {
                problems.Add(new(stepPath + ".performedBy", ValidationRules.UnknownActor, $"The profile has no actor '{actor}'. A step is performed by one of the profile's actors; use the id of one of them."));
            }

            if (step.ValueKind == JsonValueKind.Object && step.TryGetProperty("due", out var due) && due.ValueKind == JsonValueKind.Object)
            {
                CheckDue(due, stepPath + ".due", problems);
            }

            index++;
        }

        var completesWith = process.TryGetProperty("completesWith", out var completion) && completion.ValueKind == JsonValueKind.String
            ? SlugOrNull(completion.GetString())
            : null;
        ProcessDefinition.CheckStructure(ids, afters, completesWith, path, problems);
    }

    private static void CheckDue(JsonElement due, string path, List<ValidationProblem> problems)
    {
        string[] kinds = ["withinDays", "inMonths", "withinDaysAfterPeriodEnd"];
        var given = kinds.Count(k => due.TryGetProperty(k, out _));
        if (given != 1)
        {
            problems.Add(new(path, ValidationRules.InvalidValue, $"A due rule gives exactly one of {string.Join(", ", kinds)}; this one gives {given}."));
        }

        if (due.TryGetProperty("inMonths", out var months) && months.ValueKind == JsonValueKind.Array)
        {
            var seen = new HashSet<int>();
            var index = 0;
            foreach (var month in months.EnumerateArray())
            {
                if (month.ValueKind == JsonValueKind.Number && JsonNumber.TryGetInt32(month, out var m) && !seen.Add(m))
                {
                    problems.Add(new(JsonPath.Index(path + ".inMonths", index), ValidationRules.InvalidValue, "The month is already listed; list each month once."));
                }

                index++;
            }
        }
    }

    /// <summary>
    /// Checks the clock's rules beyond what the schema says: unique ids, known responsible actors and participants,
    /// exactly one kind of time in each <c>when</c>, and no month listed twice or every month excepted.
    /// </summary>
    private static void CheckClock(JsonElement root, HashSet<string> actorIds, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty("clock", out var clock) || clock.ValueKind != JsonValueKind.Object
            || !clock.TryGetProperty("rules", out var rules) || rules.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var rule in rules.EnumerateArray())
        {
            var rulePath = JsonPath.Index("$.clock.rules", index++);
            if (rule.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (SlugOrNull(TryString(rule, "id")) is { } id && !ids.Add(id))
            {
                problems.Add(new(rulePath + ".id", ValidationRules.DuplicateId, $"Another clock rule already has the id '{id}'; clock rule ids must be unique."));
            }

            if (SlugOrNull(TryString(rule, "responsible")) is { } actor && !actorIds.Contains(actor))
            {
                problems.Add(new(rulePath + ".responsible", ValidationRules.UnknownActor, $"The profile has no actor '{actor}'. The responsible of a clock rule is one of the profile's actors; use the id of one of them."));
            }

            if (rule.TryGetProperty("participants", out var participants))
            {
                CheckPartyList(participants, rulePath + ".participants", actorIds, problems);
            }

            if (rule.TryGetProperty("when", out var when) && when.ValueKind == JsonValueKind.Object)
            {
                CheckWhen(when, rulePath + ".when", problems);
            }
        }
    }

    /// <summary>
    /// Checks the metrics beyond what the schema says: unique ids, exactly one of derived and manual, exactly one kind of
    /// derivation, one label per goal number, known actors and clock rules, and the rules' own either-or properties.
    /// </summary>
    private static void CheckMetrics(JsonElement root, HashSet<string> actorIds, List<ValidationProblem> problems)
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
                if (SlugOrNull(TryString(rule, "id")) is { } id)
                {
                    ruleIds.Add(id);
                }
            }
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var goals = new Dictionary<int, string>();
        var index = 0;
        foreach (var metric in metrics.EnumerateArray())
        {
            var path = JsonPath.Index("$.metrics", index++);
            if (metric.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (SlugOrNull(TryString(metric, "id")) is { } id && !ids.Add(id))
            {
                problems.Add(new(path + ".id", ValidationRules.DuplicateId, $"Another metric already has the id '{id}'; metric ids must be unique."));
            }

            if (metric.TryGetProperty("goal", out var goal) && goal.ValueKind == JsonValueKind.Object
                && goal.TryGetProperty("number", out var number) && number.ValueKind == JsonValueKind.Number && JsonNumber.TryGetInt32(number, out var n)
                && goal.TryGetProperty("label", out var label) && label.ValueKind == JsonValueKind.Object)
            {
                var text = $"{TryString(label, "fi")}\u0000{TryString(label, "sv")}\u0000{TryString(label, "en")}";
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

    private static void CheckDerivation(JsonElement derivation, string path, HashSet<string> actorIds, HashSet<string> ruleIds, List<ValidationProblem> problems)
    {
        var given = Evaluation.MetricDerivation.Kinds.Where(k => derivation.TryGetProperty(k, out _)).ToList();
        if (given.Count != 1)
        {
            problems.Add(new(
                path,
                ValidationRules.InvalidValue,
                $"A derived metric gives exactly one of {string.Join(", ", Evaluation.MetricDerivation.Kinds)}; this one gives {(given.Count == 0 ? "none" : string.Join(" and ", given))}."));
        }

        foreach (var kind in given)
        {
            var rule = derivation.GetProperty(kind);
            var rulePath = path + "." + kind;
            if (rule.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            if (SlugOrNull(TryString(rule, "body")) is { } body && !actorIds.Contains(body))
            {
                problems.Add(new(rulePath + ".body", ValidationRules.UnknownActor, $"The profile has no actor '{body}'. A metric counts the records of one of the profile's actors; use the id of one of them."));
            }

            switch (kind)
            {
                case "meetingsHeld":
                    var target = rule.TryGetProperty("target", out _);
                    var plannedBy = rule.TryGetProperty("plannedBy", out var planned);
                    if (target == plannedBy)
                    {
                        problems.Add(new(rulePath, ValidationRules.InvalidValue, $"meetingsHeld gives exactly one of 'target' (a number of meetings) and 'plannedBy' (clock rule ids); this one gives {(target ? "both" : "neither")}."));
                    }

                    if (plannedBy && planned.ValueKind == JsonValueKind.Array)
                    {
                        var seen = new HashSet<string>(StringComparer.Ordinal);
                        var i = 0;
                        foreach (var item in planned.EnumerateArray())
                        {
                            var itemPath = JsonPath.Index(rulePath + ".plannedBy", i++);
                            if (item.ValueKind != JsonValueKind.String || SlugOrNull(item.GetString()) is not { } ruleId)
                            {
                                continue;
                            }

                            if (!ruleIds.Contains(ruleId))
                            {
                                problems.Add(new(itemPath, ValidationRules.UnknownClockRule, $"The profile's clock has no rule '{ruleId}'. plannedBy names rules of the profile's clock{(ruleIds.Count == 0 ? " (it has none; add a clock or give 'target' instead)" : ": " + string.Join(", ", ruleIds))}."));
                            }
                            else if (!seen.Add(ruleId))
                            {
                                problems.Add(new(itemPath, ValidationRules.InvalidValue, "The clock rule is already listed; list each rule once."));
                            }
                        }
                    }

                    break;
                case "productsHandled":
                    if (!rule.TryGetProperty("compilations", out _) && !rule.TryGetProperty("phenomenonReports", out _))
                    {
                        problems.Add(new(rulePath, ValidationRules.InvalidValue, "productsHandled gives 'compilations', 'phenomenonReports' or both: how many of each the body handles."));
                    }

                    CheckDistinct(rule, "inMonths", rulePath, "month", problems);
                    break;
                case "communication":
                    CheckDistinct(rule, "audiences", rulePath, "audience", problems);
                    break;
            }
        }
    }

    internal static void CheckDistinct(JsonElement owner, string name, string path, string what, List<ValidationProblem> problems)
    {
        if (!owner.TryGetProperty(name, out var items) || items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (item.ValueKind is JsonValueKind.String or JsonValueKind.Number && !seen.Add(item.GetRawText()))
            {
                problems.Add(new(JsonPath.Index(path + "." + name, index), ValidationRules.InvalidValue, $"The {what} is already listed; list each {what} once."));
            }

            index++;
        }
    }

    private static void CheckWhen(JsonElement when, string path, List<ValidationProblem> problems)
    {
        var given = Clock.ClockWhen.Kinds.Where(k => when.TryGetProperty(k, out _)).ToList();
        if (given.Count != 1)
        {
            problems.Add(new(
                path,
                ValidationRules.InvalidValue,
                $"A clock rule's 'when' gives exactly one of {string.Join(", ", Clock.ClockWhen.Kinds)}; this one gives {(given.Count == 0 ? "none" : string.Join(" and ", given))}."));
        }

        foreach (var name in (string[])["months", "monthlyExcept"])
        {
            if (!when.TryGetProperty(name, out var months) || months.ValueKind != JsonValueKind.Array)
            {
                continue;
            }

            var seen = new HashSet<int>();
            var index = 0;
            foreach (var month in months.EnumerateArray())
            {
                if (month.ValueKind == JsonValueKind.Number && JsonNumber.TryGetInt32(month, out var m) && m is >= 1 and <= 12 && !seen.Add(m))
                {
                    problems.Add(new(JsonPath.Index(path + "." + name, index), ValidationRules.InvalidValue, "The month is already listed; list each month once."));
                }

                index++;
            }

            if (name == "monthlyExcept" && seen.Count == 12)
            {
                problems.Add(new(path + ".monthlyExcept", ValidationRules.InvalidValue, "Every month is excepted, so the rule would never happen; remove a month or the rule."));
            }
        }
    }

    internal static string? TryString(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? SlugOrNull(string? value) => Text.Slug.IsValid(value) ? value : null;

    internal static void CheckPartyList(JsonElement list, string path, HashSet<string> ids, List<ValidationProblem> problems)
    {
        if (list.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var index = 0;
        foreach (var party in list.EnumerateArray())
        {
            CheckParty(party, JsonPath.Index(path, index++), ids, problems);
        }
    }

    internal static void CheckParty(JsonElement party, string path, HashSet<string> ids, List<ValidationProblem> problems)
    {
        if (party.ValueKind == JsonValueKind.String && Text.Slug.IsValid(party.GetString()) && !ids.Contains(party.GetString()!))
        {
            problems.Add(new(path, ValidationRules.UnknownActor, $"The profile has no actor '{party.GetString()}'. Use the id of one of its actors, or {{ \"external\": {{ \"fi\": \"…\" }} }} for a party that is not an actor."));
        }
    }

    private static void CheckPeriods(JsonElement root, List<ValidationProblem> problems)
    {
        if (!root.TryGetProperty("reportingPeriods", out var scheme) || scheme.ValueKind != JsonValueKind.Object
            || !scheme.TryGetProperty("periods", out var periods) || periods.ValueKind != JsonValueKind.Array || periods.GetArrayLength() == 0)
        {
            return;
        }

        var definitions = new List<PeriodDefinition>();
        foreach (var period in periods.EnumerateArray())
        {
            if (period.ValueKind != JsonValueKind.Object || !TryAnnualDate(period, "start", out var start) || !TryAnnualDate(period, "end", out var end))
            {
                // The schema check has reported what is wrong with this period; coverage cannot be judged without it.
                return;
            }

            definitions.Add(new PeriodDefinition(start, end));
        }

        problems.AddRange(ReportingPeriodScheme.Check(definitions, "$.reportingPeriods.periods"));
    }

    private static void CheckValidity(JsonElement root, List<ValidationProblem> problems)
    {
        if (root.TryGetProperty("plan", out var plan) && plan.ValueKind == JsonValueKind.Object
            && plan.TryGetProperty("validity", out var validity) && validity.ValueKind == JsonValueKind.Object
            && TryDate(validity, "start", out var start) && TryDate(validity, "end", out var end) && end < start)
        {
            problems.Add(new("$.plan.validity.end", ValidationRules.InvalidRange, "The plan's validity ends before it starts."));
        }
    }

    private static bool TryAnnualDate(JsonElement owner, string name, out AnnualDate value)
    {
        value = default;
        if (!owner.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        var result = AnnualDatePattern.Iso.Parse(element.GetString()!);
        value = result.Success ? result.Value : default;
        return result.Success;
    }

    private static bool TryDate(JsonElement owner, string name, out LocalDate value)
    {
        value = default;
        if (!owner.TryGetProperty(name, out var element) || element.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        return IsoDate.TryParse(element.GetString(), out value);
    }

    private static (string Text, JsonSchemaValidator Validator) LoadSchema()
    {
        using var stream = typeof(RegionProfileJson).Assembly.GetManifestResourceStream(SchemaResource)
            ?? throw new InvalidOperationException($"The embedded resource '{SchemaResource}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        var text = reader.ReadToEnd();

        // The document is kept for the life of the process: the validator walks it on every load.
        var document = JsonDocument.Parse(text);
        return (text, new JsonSchemaValidator(document.RootElement));
    }
}
