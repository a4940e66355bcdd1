using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Evaluation;
using RakenteellinenSosiaalityo.Core.Tests.Regions;
using RakenteellinenSosiaalityo.Core.Validation;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Tests.Documents;

/// <summary>
/// Structure-aware mutation of every document type the library reads (issue 11): delete, duplicate, retype, null,
/// empty, huge and negative numbers, lone surrogates and control characters, long strings, deep nesting, swapped and
/// dangling references, truncation and byte flips, from fixed seeds. For every mutant: only our exceptions escape,
/// the throwing and the trying reader agree, every problem's path points into the document, and whatever loads
/// round-trips and can be exported.
/// </summary>
public sealed class DocumentMutationTests
{
    private const int MutantsPerType = 2500;

    private const string Loaded = "(loaded)";

    /// <summary>A reader under test: the trying form, the throwing form, and what a loaded document must survive.</summary>
    private sealed record Reader(
        Func<string, (bool Ok, object? Value, IReadOnlyList<ValidationProblem> Problems)> Try,
        Func<string, object> Load,
        Func<object, string> Serialize,
        Action<object> Export);

    private static readonly Reader Profiles = new(
        json => (RegionProfileJson.TryLoad(json, out var p, out var problems), p, problems),
        json => RegionProfileJson.Load(json),
        value => RegionProfileJson.Serialize((RegionProfile)value),
        value => _ = ((RegionProfile)value).Validate());

    private static readonly Reader Records = new(
        json => (ActivityRecordJson.TryDeserialize(json, out var r, out var problems), r, problems),
        json => ActivityRecordJson.Deserialize(json),
        value => ActivityRecordJson.Serialize((IReadOnlyList<ActivityRecord>)value),
        value => _ = ActivityRecordJson.Serialize((IReadOnlyList<ActivityRecord>)value));

    private static readonly Reader Evaluations = new(
        json => (EvaluationReportJson.TryDeserialize(json, out var r, out var problems), r, problems),
        json => EvaluationReportJson.Deserialize(json),
        value => EvaluationReportJson.Serialize((EvaluationReport)value),
        value => _ = ((EvaluationReport)value).ToMarkdown(Core.Text.Language.English));

    private static readonly Reader Reports = new(
        json => (SocialReportJson.TryDeserialize(json, BuiltInRegions.EtelaKarjala, out var r, out var problems), r, problems),
        json => SocialReportJson.Deserialize(json, BuiltInRegions.EtelaKarjala),
        value => SocialReportJson.Serialize((SocialReport)value),
        value => _ = ((SocialReport)value).Content.Title);

    private static readonly Reader Compilations = new(
        json => (CompilationJson.TryDeserialize(json, BuiltInRegions.EtelaKarjala, out var c, out var problems), c, problems),
        json => CompilationJson.Deserialize(json, BuiltInRegions.EtelaKarjala),
        value => CompilationJson.Serialize((Compilation)value),
        value =>
        {
            var content = ((Compilation)value).Content;
            _ = CompilationExport.ToMarkdown(content, BuiltInRegions.EtelaKarjala);
            _ = CompilationExport.ToJson(content, BuiltInRegions.EtelaKarjala);
            _ = Csv.CompilationCsv.ToCsv(content, BuiltInRegions.EtelaKarjala);
        });

    [Fact]
    public void ReportMutants_OnlyOurProblems_AtPathsInTheDocument()
    {
        var p = BuiltInRegions.EtelaKarjala;
        var report = SocialReport.Create(p, new ReportId("R-1"), Tests.Reports.ReportFixtures.Content() with { Themes = [new ThemeId("housing")] }, Tests.Reports.ReportFixtures.By("professionals"), NodaTime.Instant.FromUtc(2025, 2, 1, 8, 0))
            .Submit(p, Tests.Reports.ReportFixtures.By("professionals"), NodaTime.Instant.FromUtc(2025, 2, 1, 8, 0))
            .Record(p, new StepId("supervisor-review"), Tests.Reports.ReportFixtures.By("unit-supervisor"), NodaTime.Instant.FromUtc(2025, 2, 2, 8, 0), new Core.Processes.RecordEntry(Core.Processes.RecordKind.Remark, "Tuttu ilmiö."))
            .Perform(p, new StepId("supervisor-review"), Tests.Reports.ReportFixtures.By("unit-supervisor"), NodaTime.Instant.FromUtc(2025, 2, 3, 8, 0));
        Run(Reports, [SocialReportJson.Serialize(report)], seed: 11_004);
    }

    [Fact]
    public void CompilationMutants_OnlyOurProblems_AtPathsInTheDocument()
    {
        var p = BuiltInRegions.EtelaKarjala;
        Run(Compilations, [CompilationJson.Serialize(Tests.Compilations.CompilationFixtures.Walked(p, p.CompilationProcess.Steps.Count))], seed: 11_005);
    }

    [Fact]
    public void ProfileMutants_OnlyOurProblems_AtPathsInTheDocument() =>
        Run(Profiles, [ProfileDocuments.MinimalProfile, RegionProfileJson.Serialize(BuiltInRegions.EtelaKarjala)], seed: 11_001);

    [Fact]
    public void ActivityRecordMutants_OnlyOurProblems_AtPathsInTheDocument() =>
        Run(Records, [ActivityRecordJson.Serialize(SomeRecords())], seed: 11_002);

    [Fact]
    public void EvaluationMutants_OnlyOurProblems_AtPathsInTheDocument() =>
        Run(Evaluations, [EvaluationReportJson.Serialize(Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], EvaluatorTests.EtelaKarjalaRecords(), EvaluatorTests.EtelaKarjalaAssessments()))], seed: 11_003);

    private static List<ActivityRecord> SomeRecords()
    {
        // One of each kind and a few more: small enough that thousands of mutants run in seconds.
        var all = EvaluatorTests.EtelaKarjalaRecords();
        var records = all.GroupBy(r => r.GetType()).Select(g => g.First()).Concat(all.Take(4)).ToList();
        records.Add(new OnboardingGiven(new NodaTime.LocalDate(2025, 3, 3), 3, "Aikuissosiaalityö") { Note = "Uudet työntekijät" });
        records.Add(new TrainingEventHeld(new NodaTime.LocalDate(2025, 3, 3), "Socom", 120));
        records.Add(new MeetingHeld(new NodaTime.LocalDate(2025, 3, 3), new Core.Actors.ActorId("network"), participants: [Core.Actors.PartyReference.ToActor("lab"), Core.Actors.PartyReference.ToExternal(new Core.Text.LocalizedText("THL"))]));
        return records;
    }

    private static void Run(Reader reader, string[] seeds, int seed)
    {
        var random = new Random(seed);
        var failures = new List<string>();
        var loaded = 0;
        for (var i = 0; i < MutantsPerType && failures.Count < 5; i++)
        {
            var original = seeds[i % seeds.Length];
            var mutant = Mutate(original, random, out var mutation);
            var failure = Check(reader, mutant);
            if (failure is not (null or Loaded))
            {
                failures.Add($"mutant {i} ({mutation}): {failure}\n{Excerpt(mutant)}");
            }
            else if (failure is Loaded)
            {
                loaded++;
            }
        }

        Assert.True(failures.Count == 0, string.Join("\n\n", failures));

        // The mutants must reach past the parser: some load, most do not.
        Assert.InRange(loaded, 1, MutantsPerType - 1);
    }

    private static string? Check(Reader reader, string json)
    {
        (bool Ok, object? Value, IReadOnlyList<ValidationProblem> Problems) tried;
        try
        {
            tried = reader.Try(json);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return "TryX threw " + e.GetType().Name + ": " + e.Message;
        }

        object? value;
        try
        {
            value = reader.Load(json);
        }
        catch (ValidationException e)
        {
            if (tried.Ok)
            {
                return "X threw, TryX loaded";
            }

            if (!e.Problems.SequenceEqual(tried.Problems))
            {
                return "X and TryX give different problems";
            }

            value = null;
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return "X threw " + e.GetType().Name + ": " + e.Message;
        }

        if (!tried.Ok)
        {
            if (value is not null)
            {
                return "TryX refused, X loaded";
            }

            if (tried.Problems.Count == 0)
            {
                return "refused without a problem";
            }

            return tried.Problems.Select(p => Resolves(json, p) ? null : $"path {p.Path} ({p.Rule}) is not in the document").FirstOrDefault(p => p is not null);
        }

        try
        {
            var again = reader.Serialize(value!);
            var (ok, reread, problems) = reader.Try(again);
            if (!ok)
            {
                return "its own serialization is refused: " + string.Join("; ", problems);
            }

            if (reader.Serialize(reread!) != again)
            {
                return "does not round-trip";
            }

            reader.Export(value!);
        }
        catch (Exception e) when (e is not Xunit.Sdk.XunitException)
        {
            return "loaded, then " + e.GetType().Name + ": " + e.Message;
        }

        return Loaded;
    }

    /// <summary>Whether a problem's path points into the document (a missing property: its parent does).</summary>
    private static bool Resolves(string json, ValidationProblem problem)
    {
        if (problem.Path == "$")
        {
            return true;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.TrimStart('\uFEFF'));
        }
        catch (JsonException)
        {
            return false;
        }

        using (document)
        {
            var segments = PathSegments(problem.Path);
            if (segments is null)
            {
                return false;
            }

            var missing = problem.Rule is ValidationRules.MissingProperty or ValidationRules.MissingFinnish;
            var element = document.RootElement;
            for (var i = 0; i < segments.Count; i++)
            {
                var segment = segments[i];
                var last = i == segments.Count - 1;
                if (segment is int index)
                {
                    if (element.ValueKind != JsonValueKind.Array || index >= element.GetArrayLength())
                    {
                        return false;
                    }

                    element = element[index];
                }
                else
                {
                    if (element.ValueKind != JsonValueKind.Object)
                    {
                        return false;
                    }

                    if (!element.TryGetProperty((string)segment, out var child))
                    {
                        return last && missing;
                    }

                    element = child;
                }
            }

            return true;
        }
    }

    /// <summary>Parses <c>$.a[0]['b\'c']</c> into its segments, as RFC 9535 says; null when it does not parse.</summary>
    private static List<object>? PathSegments(string path)
    {
        var segments = new List<object>();
        var i = 1;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                var end = i + 1;
                while (end < path.Length && (char.IsAsciiLetterOrDigit(path[end]) || path[end] is '_' or '$'))
                {
                    end++;
                }

                if (end == i + 1)
                {
                    return null;
                }

                segments.Add(path[(i + 1)..end]);
                i = end;
            }
            else if (path.AsSpan(i).StartsWith("['"))
            {
                var name = new StringBuilder();
                i += 2;
                while (i < path.Length && path[i] != '\'')
                {
                    if (path[i] == '\\')
                    {
                        var e = path[i + 1];
                        name.Append(e switch
                        {
                            'b' => "\b", 'f' => "\f", 'n' => "\n", 'r' => "\r", 't' => "\t", '\'' => "'", '\\' => "\\", '/' => "/",
                            'u' => ((char)int.Parse(path.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToString(),
                            _ => throw new FormatException("bad escape"),
                        });
                        i += e == 'u' ? 6 : 2;
                    }
                    else
                    {
                        name.Append(path[i++]);
                    }
                }

                if (!path.AsSpan(i).StartsWith("']"))
                {
                    return null;
                }

                segments.Add(name.ToString());
                i += 2;
            }
            else if (path[i] == '[')
            {
                var end = path.IndexOf(']', i);
                if (end < 0 || !int.TryParse(path.AsSpan(i + 1, end - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    return null;
                }

                segments.Add(index);
                i = end + 1;
            }
            else
            {
                return null;
            }
        }

        return segments;
    }

    private const string LoneSurrogate = "\u0001LONE\u0001";

    internal static string Mutate(string json, Random random, out string mutation)
    {
        var kind = random.Next(16);
        if (kind == 14)
        {
            var cut = random.Next(json.Length);
            mutation = $"truncate at {cut}";
            return json[..cut];
        }

        if (kind == 15)
        {
            var bytes = Encoding.UTF8.GetBytes(json);
            var at = random.Next(bytes.Length);
            bytes[at] ^= (byte)(1 << random.Next(8));
            mutation = $"flip a bit of byte {at}";
            return Encoding.UTF8.GetString(bytes);
        }

        var root = JsonNode.Parse(json)!;
        var nodes = new List<(JsonNode? Parent, string? Name, int Index, JsonNode? Node)>();
        Collect(root, null, null, -1, nodes);
        var (parent, name, index, node) = nodes[random.Next(nodes.Count)];
        JsonNode? replacement = kind switch
        {
            0 => null,
            1 => JsonValue.Create(random.Next(3) switch { 0 => "x", 1 => "", _ => "board" }),
            2 => JsonValue.Create(random.Next(4) switch { 0 => -1L, 1 => 2_147_483_648L, 2 => long.MinValue, _ => 0L }),
            3 => JsonNode.Parse(random.Next(3) switch { 0 => "1e400", 1 => "0.5", _ => "-0" }),
            4 => new JsonObject(),
            5 => new JsonArray(),
            6 => JsonValue.Create(random.Next(2) == 0),
            7 => JsonValue.Create(LoneSurrogate),
            8 => JsonValue.Create("a\u0000b\u001f\u0085\u2028c"),
            9 => JsonValue.Create(new string('x', 70_000)),
            10 => Deep(node?.DeepClone(), 70 + random.Next(10)),
            11 => JsonValue.Create("no-such-" + random.Next(5)),
            12 => Swap(nodes, random, node),
            _ => node?.DeepClone(),
        };
        mutation = kind switch
        {
            0 => "null", 1 => "string", 2 => "integer", 3 => "odd number", 4 => "empty object", 5 => "empty array", 6 => "boolean",
            7 => "lone surrogate", 8 => "control characters", 9 => "long string", 10 => "deep nesting", 11 => "dangling reference", 12 => "swap", _ => "delete or duplicate",
        };
        switch (parent)
        {
            case null:
                mutation += " of the root";
                root = replacement ?? JsonValue.Create(0);
                break;
            case JsonObject o when kind == 13 && random.Next(2) == 0:
                mutation = $"delete {name}";
                o.Remove(name!);
                break;
            case JsonObject o when kind == 13:
                // A duplicate property cannot be built as a node: write it into the text.
                var text = root.ToJsonString();
                var marker = "\"" + name + "\":";
                var at = text.IndexOf(marker, StringComparison.Ordinal);
                mutation = $"duplicate {name}";
                return at < 0 ? text : text.Insert(at, marker + (node?.ToJsonString() ?? "null") + ",").Replace(JsonValue.Create(LoneSurrogate)!.ToJsonString(), "\"\\ud800\"", StringComparison.Ordinal);
            case JsonObject o:
                mutation += $" at {name}";
                o[name!] = replacement;
                break;
            case JsonArray a when kind == 13 && random.Next(2) == 0:
                mutation = $"delete item {index}";
                a.RemoveAt(index);
                break;
            case JsonArray a when kind == 13:
                mutation = $"duplicate item {index}";
                a.Insert(index, node?.DeepClone());
                break;
            case JsonArray a:
                mutation += $" at item {index}";
                a[index] = replacement;
                break;
        }

        return root.ToJsonString().Replace(JsonValue.Create(LoneSurrogate)!.ToJsonString(), "\"\\ud800\"", StringComparison.Ordinal);
    }

    private static JsonNode? Swap(List<(JsonNode? Parent, string? Name, int Index, JsonNode? Node)> nodes, Random random, JsonNode? node)
    {
        // A reference moved elsewhere: another value of the same JSON kind from the same document.
        var kind = node?.GetValueKind();
        var same = nodes.Where(n => n.Node is not null && n.Node.GetValueKind() == kind && n.Node != node).ToList();
        return same.Count == 0 ? node?.DeepClone() : same[random.Next(same.Count)].Node!.DeepClone();
    }

    private static JsonNode? Deep(JsonNode? inner, int depth)
    {
        var node = inner;
        for (var i = 0; i < depth; i++)
        {
            node = new JsonArray(node);
        }

        return node;
    }

    private static void Collect(JsonNode? node, JsonNode? parent, string? name, int index, List<(JsonNode?, string?, int, JsonNode?)> nodes)
    {
        nodes.Add((parent, name, index, node));
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, child) in o.ToList())
                {
                    Collect(child, o, key, -1, nodes);
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Collect(a[i], a, null, i, nodes);
                }

                break;
        }
    }

    private static string Excerpt(string json) => json.Length <= 400 ? json : json[..400] + "…";
}
