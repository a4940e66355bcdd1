using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Reads and writes compilations as JSON (format version 1). The document is self-contained: the content as it was
/// compiled, with each included report embedded as its id and full history, and the compilation's own history; the
/// status, performed steps and actions are written for readers and checked when read.
/// </summary>
/// <remarks>
/// <para>
/// Why embedded reports: a compilation is a record of what was compiled at its cutoff. The region's reports go on
/// living (a report returned after the cutoff, a remark added), and the previous compilations that gave the carried-over
/// reports and the recurrence of themes may not be at hand; recompiling from the reports of the day would not give the
/// compilation back. So the document keeps the content as compiled, and reading rebuilds each included report from its
/// history (<see cref="SocialReport.Rebuild"/>) and the compilation from its history (<see cref="Compilation.Rebuild"/>).
/// To check a stored compilation against the region's reports of today, compile them again with
/// <see cref="Compiler.Compile"/> and compare.
/// </para>
/// <para>
/// Reading also checks that the stored groups and counts are consistent with the included reports (every id in a group
/// is included, the total is the number included, no report is both included and carried over or excluded). Every
/// problem comes as a <see cref="ValidationProblem"/> with its JSON path and rule; nothing else escapes (no
/// <see cref="JsonException"/>).
/// </para>
/// <example>
/// <code>
/// {
///   "schemaVersion": 1,
///   "id": "etela-karjala-2025-07-01",
///   "regionId": "etela-karjala",
///   "status": "completed",
///   "performedSteps": [ "compile", "send-to-director-and-coordinator", … ],
///   "content": { "period": { … }, "cutoff": "…", "included": [ { "id": "R-1", "history": [ … ] } ], "carriedOver": [], … },
///   "actions": [ { "compilation": "etela-karjala-2025-07-01", "number": 1, "description": "…", "status": "open", … } ],
///   "history": [ { "kind": "stepPerformed", "at": "…", "by": { "actor": "safety-expert" }, "stepId": "compile", … }, … ]
/// }
/// </code>
/// </example>
/// </remarks>
public static class CompilationJson
{
    /// <summary>The version of the compilation JSON format this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Writes a compilation as indented JSON.</summary>
    /// <param name="compilation">The compilation.</param>
    /// <returns>The JSON text.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="compilation"/> is null.</exception>
    public static string Serialize(Compilation compilation)
    {
        Guard.Against.Null(compilation);

        // The streaming writer's bytes are the serializer's (tested against SerializeWithSerializer), and faster.
        var utf8 = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(utf8, CoreJson.WriterOptions))
        {
            Serialize(compilation, writer);
        }

        return Encoding.UTF8.GetString(utf8.WrittenSpan);
    }

    /// <summary>The document as the serializer writes it with <see cref="CoreJson.Options"/>: what every writer must give, byte for byte (tests).</summary>
    internal static string SerializeWithSerializer(Compilation compilation) => ProcessDocumentJson.Write(Document(compilation));

    /// <summary>
    /// Writes a compilation as indented UTF-8 JSON to <paramref name="utf8Json"/>, report by report: the same bytes as
    /// <see cref="Serialize(Compilation)"/>, without ever holding the whole document (a million reports are fine).
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="utf8Json">Where to write; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Writing fails.</exception>
    public static void Serialize(Compilation compilation, Stream utf8Json)
    {
        Guard.Against.Null(compilation);
        Guard.Against.Null(utf8Json);
        using var writer = new Utf8JsonWriter(utf8Json, CoreJson.WriterOptions);
        Serialize(compilation, writer);
    }

    /// <summary>
    /// Writes a compilation as JSON to <paramref name="writer"/>, flushing it after each chunk of reports so that a writer
    /// over a stream or a pipe passes the document on as it is written; flushed at the end.
    /// </summary>
    /// <param name="compilation">The compilation.</param>
    /// <param name="writer">Where to write; its options decide indentation and escaping (<see cref="Serialize(Compilation, Stream)"/> uses the library's).</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The writer's stream fails.</exception>
    public static void Serialize(Compilation compilation, Utf8JsonWriter writer)
    {
        Guard.Against.Null(compilation);
        Guard.Against.Null(writer);
        JsonSerializer.Serialize(writer, Document(compilation), CoreJson.StreamingTypeInfo<CompilationDocument>());
        writer.Flush();
    }

    // The one description of the document's shape: the DTOs below, filled here for every writer.
    private static CompilationDocument Document(Compilation compilation)
    {
        var content = compilation.Content;
        return new CompilationDocument
        {
            SchemaVersion = CurrentSchemaVersion,
            Id = compilation.Id,
            RegionId = compilation.RegionId,
            Status = compilation.Status,
            PerformedSteps = compilation.PerformedSteps,
            Content = new CompilationContentDocument
            {
                Period = content.Period,
                Cutoff = content.Cutoff,
                Included = new ProjectedList<SocialReport, IncludedReportDocument>(content.Included, r => new IncludedReportDocument { Id = r.Id, History = r.History }),
                CarriedOver = content.CarriedOver,
                Excluded = content.Excluded,
                ByTheme = content.ByTheme,
                ByService = content.ByService,
                BySubject = content.BySubject,
                Counts = content.Counts,
                Themes = content.Themes,
                GroupBy = DimensionGroupDocument.GroupByOf(content.Dimensions),
                Groups = DimensionGroupDocument.Of(content.Groups),
            },
            Actions = compilation.Actions,
            History = compilation.History,
        };
    }

    /// <summary>Reads a compilation, rebuilding its included reports and itself from their histories under <paramref name="profile"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="profile">The region profile whose processes the compilation and its reports follow.</param>
    /// <returns>The compilation, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The document is not a valid compilation (code <c>compilation-invalid</c>), with every problem found.</exception>
    public static Compilation Deserialize(string json, RegionProfile profile) =>
        TryDeserialize(json, profile, out var compilation, out var problems)
            ? compilation
            : throw new ValidationException(RuleCodes.CompilationInvalid, "Compilation document", problems);

    /// <summary>Tries to read a compilation, rebuilding its included reports and itself from their histories under <paramref name="profile"/>.</summary>
    /// <param name="json">The JSON text.</param>
    /// <param name="profile">The region profile.</param>
    /// <param name="compilation">The compilation, when valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the document is a valid compilation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static bool TryDeserialize(string json, RegionProfile profile, [NotNullWhen(true)] out Compilation? compilation, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(json);
        Guard.Against.Null(profile);
        byte[] utf8;
        try
        {
            utf8 = StrictUtf8.GetBytes(json);
        }
        catch (EncoderFallbackException)
        {
            compilation = null;
            problems = [new(JsonPath.Root, ValidationRules.MalformedJson, "The text is not Unicode text: it holds a lone UTF-16 surrogate; write the character itself or remove it.")];
            return false;
        }

        using var stream = new MemoryStream(utf8, writable: false);
        return TryDeserialize(stream, profile, out compilation, out problems);
    }

    /// <summary>Reads a compilation from UTF-8 JSON, report by report, without holding the document text; see <see cref="Deserialize(string, RegionProfile)"/>.</summary>
    /// <param name="utf8Json">The document (one leading byte order mark is skipped); read to its end, not closed.</param>
    /// <param name="profile">The region profile whose processes the compilation and its reports follow.</param>
    /// <returns>The compilation, equal to the one written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ValidationException">The document is not a valid compilation (code <c>compilation-invalid</c>), with every problem found.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static Compilation Deserialize(Stream utf8Json, RegionProfile profile) =>
        TryDeserialize(utf8Json, profile, out var compilation, out var problems)
            ? compilation
            : throw new ValidationException("compilation-invalid", "Compilation document", problems);

    /// <summary>
    /// Tries to read a compilation from UTF-8 JSON, report by report: memory holds the compilation being read and one
    /// report's text at a time, never the whole document. Each included report is checked at its own path
    /// (<c>$.content.included[12]</c>); the rules and problems are those of <see cref="TryDeserialize(string, RegionProfile, out Compilation?, out IReadOnlyList{ValidationProblem})"/>.
    /// </summary>
    /// <param name="utf8Json">The document (one leading byte order mark is skipped); read to its end, not closed.</param>
    /// <param name="profile">The region profile.</param>
    /// <param name="compilation">The compilation, when valid.</param>
    /// <param name="problems">Every problem found; empty when valid.</param>
    /// <returns>True when the document is a valid compilation.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">Reading the stream fails.</exception>
    public static bool TryDeserialize(Stream utf8Json, RegionProfile profile, [NotNullWhen(true)] out Compilation? compilation, out IReadOnlyList<ValidationProblem> problems)
    {
        Guard.Against.Null(utf8Json);
        return ProcessDocumentJson.TryRead<CompilationDocument, Compilation>(
            found => Read(utf8Json, found),
            profile,
            CurrentSchemaVersion,
            "compilation",
            (document, found) => ReadContent(document.Content, profile, found) is { } content ? Compilation.Rebuild(profile, content, document.History) : null,
            Compare,
            out compilation,
            out problems);
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    // The included reports are read one at a time from the stream; the rest of the document through its DTO as a whole.
    private static CompilationDocument? Read(Stream utf8Json, List<ValidationProblem> found)
    {
        var included = new List<IncludedReportDocument>();
        var document = DocumentJson.ReadWithoutNulls(
            utf8Json,
            ProcessDocumentJson.TypeInfo<CompilationDocument>(),
            ProcessDocumentJson.TypeInfo<IncludedReportDocument>(),
            "a compilation",
            ("content", "included"),
            included,
            found,
            IncludedReportFastReader.TryRead,
            CompilationListsFastReader.TryRead);
        return document is null ? null : document with { Content = document.Content with { Included = included } };
    }

    private static void Compare(Compilation rebuilt, CompilationDocument document, List<ValidationProblem> found)
    {
        if (rebuilt.Id != document.Id)
        {
            found.Add(new("$.id", ValidationRules.InvalidValue, $"The compilation of region '{rebuilt.RegionId}' for {rebuilt.Content.Period} has id '{rebuilt.Id}'."));
        }

        if (!rebuilt.Actions.SequenceEqual(document.Actions ?? []))
        {
            found.Add(new("$.actions", ValidationRules.InvalidValue, $"The history leads to {rebuilt.Actions.Count} action(s) with other values; the history is the record, so correct the actions to match it."));
        }
    }

    private static CompilationContent? ReadContent(CompilationContentDocument document, RegionProfile profile, List<ValidationProblem> found)
    {
        const string path = "$.content";
        if (!profile.ReportingPeriods.IsPeriodOf(document.Period))
        {
            found.Add(new($"{path}.period", ValidationRules.InvalidValue, $"{document.Period} is not a reporting period of region '{profile.Id}'."));
        }

        var included = new List<SocialReport>();
        var ids = new HashSet<ReportId>();
        for (var i = 0; i < document.Included.Count; i++)
        {
            var item = document.Included[i];
            var itemPath = JsonPath.Index($"{path}.included", i);
            if (item is null)
            {
                found.Add(new(itemPath, ValidationRules.WrongType, "Expected an included report, found null."));
                continue;
            }

            if (!ids.Add(item.Id))
            {
                found.Add(new($"{itemPath}.id", ValidationRules.DuplicateId, $"Report {item.Id} is included twice."));
            }

            try
            {
                included.Add(SocialReport.Rebuild(profile, item.Id, item.History));
            }
            catch (LifecycleException e)
            {
                found.Add(new($"{itemPath}.history", e.Code, e.Message));
            }
        }

        if (document.Counts.Total != document.Included.Count)
        {
            found.Add(new($"{path}.counts.total", ValidationRules.InvalidValue, $"The total is {document.Counts.Total}, but {document.Included.Count} report(s) are included."));
        }

        CheckGroups(document.ByTheme, $"{path}.byTheme", ids, found);
        CheckGroups(document.ByService, $"{path}.byService", ids, found);
        CheckGroups(document.BySubject, $"{path}.bySubject", ids, found);
        var groups = DimensionGroupDocument.Read(document.GroupBy, document.Groups, $"{path}.groups", ids, found);
        CheckNotIncluded(document.CarriedOver.Select(c => c?.Id), $"{path}.carriedOver", ids, found);
        CheckNotIncluded(document.Excluded.Select(c => c?.Id), $"{path}.excluded", ids, found);
        if (found.Count > 0)
        {
            return null;
        }

        var content = new CompilationContent(
            profile.Id,
            document.Period,
            document.Cutoff,
            ValueList<SocialReport>.From(included),
            ValueList.From(document.CarriedOver, nameof(document.CarriedOver)),
            ValueList.From(document.Excluded, nameof(document.Excluded)),
            ValueList.From(document.ByTheme, nameof(document.ByTheme)),
            ValueList.From(document.ByService.Select(g => new ReportGroup(GroupingDimension.Service, g.Key, g.Reports)), nameof(document.ByService)),
            ValueList.From(document.BySubject.Select(g => new ReportGroup(GroupingDimension.Subject, g.Key, g.Reports)), nameof(document.BySubject)),
            document.Counts,
            ValueList.From(document.Themes, nameof(document.Themes)),
            document.GroupBy ?? CompilationRules.DefaultDimensions,
            groups);
        CompilationContentCheck.Check(content, profile, found);
        return found.Count > 0 ? null : content;
    }

    private static void CheckGroups(IReadOnlyList<ReportGroup> groups, string path, HashSet<ReportId> included, List<ValidationProblem> found)
    {
        for (var i = 0; i < groups.Count; i++)
        {
            var group = groups[i];
            if (group is null)
            {
                found.Add(new(JsonPath.Index(path, i), ValidationRules.WrongType, "Expected a group, found null."));
                continue;
            }

            foreach (var id in group.Reports.Where(id => !included.Contains(id)))
            {
                found.Add(new($"{JsonPath.Index(path, i)}.reports", ValidationRules.InvalidValue, $"Group '{PersonalDataScanner.Redact(group.Key)}' lists report {id}, which is not included."));
            }
        }
    }

    private static void CheckNotIncluded(IEnumerable<ReportId?> ids, string path, HashSet<ReportId> included, List<ValidationProblem> found)
    {
        var i = 0;
        foreach (var id in ids)
        {
            if (id is null)
            {
                found.Add(new(JsonPath.Index(path, i), ValidationRules.WrongType, "Expected a report entry, found null."));
            }
            else if (included.Contains(id.Value))
            {
                found.Add(new($"{JsonPath.Index(path, i)}.id", ValidationRules.InvalidValue, $"Report {id} is also included; a compilation accounts for each report once."));
            }

            i++;
        }
    }

}

/// <summary>The JSON form of a compilation.</summary>
internal sealed record CompilationDocument : ProcessDocument
{
    [JsonPropertyName("id")]
    [JsonPropertyOrder(-9)]
    public required CompilationId Id { get; init; }

    [JsonPropertyName("content")]
    public required CompilationContentDocument Content { get; init; }

    [JsonPropertyName("actions")]
    public IReadOnlyList<DecidedAction>? Actions { get; init; }

    [JsonPropertyName("history")]
    public required IReadOnlyList<CompilationEvent> History { get; init; }
}

/// <summary>The JSON form of a compilation's content: as compiled, each included report as its id and history.</summary>
internal sealed record CompilationContentDocument
{
    [JsonPropertyName("period")]
    public required ReportingPeriod Period { get; init; }

    [JsonPropertyName("cutoff")]
    public required Instant Cutoff { get; init; }

    [JsonPropertyName("included")]
    public required IReadOnlyList<IncludedReportDocument> Included { get; init; }

    [JsonPropertyName("carriedOver")]
    public required IReadOnlyList<CarriedOverReport> CarriedOver { get; init; }

    [JsonPropertyName("excluded")]
    public required IReadOnlyList<ExcludedReport> Excluded { get; init; }

    [JsonPropertyName("byTheme")]
    public required IReadOnlyList<ReportGroup> ByTheme { get; init; }

    [JsonPropertyName("byService")]
    public required IReadOnlyList<ReportGroup> ByService { get; init; }

    [JsonPropertyName("bySubject")]
    public required IReadOnlyList<ReportGroup> BySubject { get; init; }

    [JsonPropertyName("counts")]
    public required CompilationCounts Counts { get; init; }

    [JsonPropertyName("themes")]
    public required IReadOnlyList<ThemeSummary> Themes { get; init; }

    // Both left out when the compilation has only the default dimensions, so that such a document reads and writes
    // as before issue 13; a document without them has the default dimensions.
    [JsonPropertyName("groupBy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GroupingDimension>? GroupBy { get; init; }

    [JsonPropertyName("groups")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<DimensionGroupDocument?>? Groups { get; init; }
}

/// <summary>An included report in a compilation document: its id and full history, from which it is rebuilt.</summary>
internal sealed record IncludedReportDocument
{
    [JsonPropertyName("id")]
    public required ReportId Id { get; init; }

    [JsonPropertyName("history")]
    public required IReadOnlyList<ReportEvent> History { get; init; }
}
