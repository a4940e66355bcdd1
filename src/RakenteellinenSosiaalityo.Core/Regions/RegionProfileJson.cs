using System.Diagnostics.CodeAnalysis;
using System.Text;
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

    /// <summary>
    /// The largest region profile read, in bytes of UTF-8 (4 MiB, a leading byte order mark included): a larger text,
    /// stream or file is refused with <see cref="RuleCodes.ProfileTooLarge"/> at <c>$</c> before it is parsed. The built-in
    /// profiles are under 100 KiB; the limit keeps a wrong file or an endless stream from costing a region system
    /// seconds and memory at start-up.
    /// </summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <summary>The JSON schema (draft 2020-12) of the region profile format, as text.</summary>
    public static string Schema => LoadedSchema.Value.Text;

    /// <summary>Reads a region profile from JSON text and validates it.</summary>
    /// <param name="json">The profile as JSON text.</param>
    /// <returns>The profile; always valid.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="ValidationException">The document breaks one or more rules (code <c>profile-invalid</c>);
    /// <see cref="ValidationException.Problems"/> lists every one. A text over <see cref="MaxBytes"/> is not parsed: its one
    /// problem is <see cref="RuleCodes.ProfileTooLarge"/> at <c>$</c>.</exception>
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
    /// <exception cref="ValidationException">The document breaks one or more rules (code <c>profile-invalid</c>); a stream
    /// over <see cref="MaxBytes"/> is read no further and its one problem is <see cref="RuleCodes.ProfileTooLarge"/> at <c>$</c>.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static RegionProfile Load(Stream utf8Json) =>
        TryLoad(utf8Json, out var profile, out var problems)
            ? profile
            : throw new ValidationException(RuleCodes.ProfileInvalid, "Region profile", problems);

    /// <summary>Tries to read a region profile from a UTF-8 JSON stream.</summary>
    /// <param name="utf8Json">The profile as UTF-8 JSON (a leading byte order mark is skipped); read to its end, not closed.</param>
    /// <param name="profile">The profile when the document is valid; null otherwise.</param>
    /// <param name="problems">Every problem found; empty when the document is valid. A stream over <see cref="MaxBytes"/>
    /// is read no further than the limit and gives one problem, <see cref="RuleCodes.ProfileTooLarge"/> at <c>$</c>.</param>
    /// <returns>True when the document is a valid profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static bool TryLoad(Stream utf8Json, [NotNullWhen(true)] out RegionProfile? profile, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(utf8Json);
        var found = new List<ValidationProblem>();
        problems = found;
        profile = ReadBounded(utf8Json, found) is { } bytes
            ? Read(DocumentJson.Parse(new MemoryStream(bytes.Array!, bytes.Offset, bytes.Count, writable: false), found), found)
            : null;
        return profile is not null;
    }

    /// <summary>Tries to read a region profile from JSON text.</summary>
    /// <param name="json">The profile as JSON text.</param>
    /// <param name="profile">The profile when the document is valid; null otherwise.</param>
    /// <param name="problems">Every problem found; empty when the document is valid. A text over <see cref="MaxBytes"/>
    /// bytes of UTF-8 is not parsed and gives one problem, <see cref="RuleCodes.ProfileTooLarge"/> at <c>$</c>.</param>
    /// <returns>True when the document is a valid profile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static bool TryLoad(string json, [NotNullWhen(true)] out RegionProfile? profile, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(json);
        var found = new List<ValidationProblem>();
        problems = found;
        if (Utf8Size(json) is var size and > MaxBytes)
        {
            found.Add(TooLarge(json.Length > MaxBytes ? $"is at least {size} bytes of UTF-8" : $"is {size} bytes of UTF-8"));
            profile = null;
            return false;
        }

        profile = Read(DocumentJson.Parse(json, found), found);
        return profile is not null;
    }

    // Every UTF-16 char is at least one byte of UTF-8: longer text is over the limit without counting.
    private static long Utf8Size(string json) =>
        json.Length > MaxBytes ? json.Length : Encoding.UTF8.GetByteCount(json);

    /// <summary>
    /// Reads the stream to its end into one buffer, counting bytes as they come: null (and a
    /// <see cref="RuleCodes.ProfileTooLarge"/> problem) as soon as it holds more than <see cref="MaxBytes"/>, so an
    /// endless or huge stream is never read whole.
    /// </summary>
    private static ArraySegment<byte>? ReadBounded(Stream utf8Json, List<ValidationProblem> found)
    {
        if (utf8Json.CanSeek && utf8Json.Length - utf8Json.Position is var remaining and > MaxBytes)
        {
            found.Add(TooLarge($"is {remaining} bytes"));
            return null;
        }

        var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxBytes)
            {
                found.Add(TooLarge("goes on past the limit"));
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return new ArraySegment<byte>(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static ValidationProblem TooLarge(string size) =>
        new(JsonPath.Root, RuleCodes.ProfileTooLarge,
            $"The region profile {size}; the limit is {MaxBytes} bytes (4 MiB), so it is not read. A region's profile is far smaller "
            + "(the built-in ones are under 100 KiB): check that the file is the profile, and keep reports and other documents out of it.");

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

    /// <summary>
    /// Checks a profile held in memory under every rule of its document, with no text written and nothing read back:
    /// the profile is viewed as the JSON it writes (a <see cref="JsonElement"/>), and the very checks the loader runs
    /// (the text rule, the schema, the cross-section rules of each concept) run on that view, so each rule keeps its one
    /// home and the problems carry the paths the profile has in its JSON form.
    /// </summary>
    internal static IReadOnlyList<ValidationProblem> Validate(RegionProfile profile)
    {
        var problems = new List<ValidationProblem>();
        var view = JsonSerializer.SerializeToElement(profile, (JsonTypeInfo<RegionProfile>)CoreJson.Options.GetTypeInfo(typeof(RegionProfile)));
        DocumentJson.CheckText(view, problems);
        if (problems.Count == 0)
        {
            Check(view, problems);
        }

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
            ProcessRules.Check(root, "reportProcess", actorIds, problems);
            ProcessRules.Check(root, "compilationProcess", actorIds, problems);
            ProcessRules.Check(root, "phenomenonProcess", actorIds, problems);
            CheckPeriods(root, problems);
            CheckValidity(root, problems);
            Clock.ClockRules.Check(root, actorIds, problems);
            Evaluation.MetricRules.Check(root, actorIds, problems);
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
        if (root.TryGetProperty(property, out var items))
        {
            CheckUniqueIdsIn(items, "$." + property, what, problems);
        }
    }

    /// <summary>Reports each item of the array <paramref name="items"/> at <paramref name="path"/> whose valid <c>id</c> an earlier item has.</summary>
    internal static void CheckUniqueIdsIn(JsonElement items, string path, string what, List<ValidationProblem> problems)
    {
        if (items.ValueKind != JsonValueKind.Array)
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var item in items.EnumerateArray())
        {
            if (TryString(item, "id") is { } id && Text.Slug.IsValid(id) && !ids.Add(id))
            {
                problems.Add(new($"{path}[{index}].id", ValidationRules.DuplicateId, $"Another {what} already has the id '{id}'; {what} ids must be unique."));
            }

            index++;
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

    internal static string? TryString(JsonElement owner, string name) =>
        owner.ValueKind == JsonValueKind.Object && owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    internal static string? SlugOrNull(string? value) => Text.Slug.IsValid(value) ? value : null;

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
