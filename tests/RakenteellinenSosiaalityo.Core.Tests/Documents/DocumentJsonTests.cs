using System.Text;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Documents;

/// <summary>
/// What a JSON text may contain and where its problems are reported, the same for every document the library reads
/// (issue 11: each test here failed before the fix of its class).
/// </summary>
public sealed class DocumentJsonTests
{
    private const string Record = """{ "kind": "onboardingGiven", "on": "2025-02-10", "newProfessionals": 3 }""";

    private static string Profile(Action<JsonObject> change)
    {
        var node = JsonNode.Parse(ProfileDocuments.MinimalProfile)!.AsObject();
        change(node);
        return node.ToJsonString();
    }

    private static string Records(string record) => $$"""{ "schemaVersion": 1, "records": [ {{record}} ] }""";

    private static IReadOnlyList<ValidationProblem> ProfileProblems(string json)
    {
        var ok = RegionProfileJson.TryLoad(json, out _, out var problems);
        Assert.Equal(ok, problems.Count == 0);
        return problems;
    }

    [Fact]
    public void LoneSurrogate_InProfileString_IsAProblemAtTheField()
    {
        var json = ProfileDocuments.MinimalProfile.Replace("\"Testiniemen hyvinvointialue\"", "\"Testi\\ud800\"", StringComparison.Ordinal);

        var problem = Assert.Single(ProfileProblems(json));

        Assert.Equal(("$.name.fi", ValidationRules.MalformedJson), (problem.Path, problem.Rule));
    }

    [Fact]
    public void LoneSurrogate_InPropertyName_IsAProblemAtTheObject()
    {
        var json = ProfileDocuments.MinimalProfile.Replace("\"fi\": \"Testiniemen hyvinvointialue\"", "\"\\udc00\": \"x\"", StringComparison.Ordinal);

        var problem = Assert.Single(ProfileProblems(json));

        Assert.Equal(("$.name", ValidationRules.MalformedJson), (problem.Path, problem.Rule));
    }

    [Fact]
    public void LoneSurrogate_InActivityRecord_IsAProblemNotAnException()
    {
        var json = Records("""{ "kind": "onboardingGiven", "on": "2025-02-10", "newProfessionals": 3, "note": "\udbff" }""");

        Assert.False(ActivityRecordJson.TryDeserialize(json, out _, out var problems));
        Assert.Equal(("$.records[0].note", ValidationRules.MalformedJson), (problems[0].Path, problems[0].Rule));
        Assert.Throws<ValidationException>(() => ActivityRecordJson.Deserialize(json));
    }

    [Theory]
    [InlineData("30.0")]
    [InlineData("3e1")]
    [InlineData("0.3E2")]
    public void WholeNumber_WrittenWithFractionOrExponent_IsAnInteger(string thirty)
    {
        var json = ProfileDocuments.MinimalProfile.Replace("\"withinDaysAfterPeriodEnd\": 30", "\"withinDaysAfterPeriodEnd\": " + thirty, StringComparison.Ordinal);

        Assert.Empty(ProfileProblems(json));
        Assert.True(ActivityRecordJson.TryDeserialize(Records(Record.Replace("3 }", "3.0 }", StringComparison.Ordinal)), out var records, out _));
        Assert.Equal(3, Assert.IsType<OnboardingGiven>(Assert.Single(records)).NewProfessionals);
    }

    [Fact]
    public void NumberWithFraction_IsNotAnInteger()
    {
        var json = ProfileDocuments.MinimalProfile.Replace("\"withinDaysAfterPeriodEnd\": 30", "\"withinDaysAfterPeriodEnd\": 30.5", StringComparison.Ordinal);

        var problem = Assert.Single(ProfileProblems(json));

        Assert.Equal(("$.compilationProcess.steps[0].due.withinDaysAfterPeriodEnd", ValidationRules.WrongType), (problem.Path, problem.Rule));
    }

    [Fact]
    public void EveryIntegerOfTheSchema_HasBoundsAnInt32Holds()
    {
        // The schema once left a maximum out, so 2^31 passed validation and the reader then refused it as "a bug".
        var schema = JsonNode.Parse(RegionProfileJson.Schema)!;
        var integers = Descendants(schema).OfType<JsonObject>().Where(o => o["type"]?.GetValue<string>() == "integer").ToList();

        Assert.NotEmpty(integers);
        Assert.All(integers, o =>
        {
            Assert.True(o["const"] is not null || o["minimum"] is not null && o["minimum"]!.GetValue<long>() >= int.MinValue, o.ToJsonString());
            Assert.True(o["const"] is not null || o["maximum"] is not null && o["maximum"]!.GetValue<long>() <= int.MaxValue, o.ToJsonString());
        });
    }

    [Fact]
    public void IntegerOverInt32_IsAProblemAtTheField_NotABug()
    {
        var json = Profile(p => p["metrics"] = JsonNode.Parse("""
            [ { "id": "reports", "goal": { "number": 1, "label": { "fi": "Tieto" } }, "label": { "fi": "Raportit" }, "derived": { "reportsPerPeriod": { "minimum": 3000000000 } } } ]
            """));

        var problem = Assert.Single(ProfileProblems(json));

        Assert.Equal(("$.metrics[0].derived.reportsPerPeriod.minimum", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.DoesNotContain("bug", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("\\u0085", true)]
    [InlineData("\\u00a0", false)]
    [InlineData("\\ufeff", false)]
    [InlineData("\\u2028", false)]
    [InlineData(" \\t", false)]
    public void WhiteSpace_IsWhatJsonSchemaSays(string text, bool isText)
    {
        // JSON Schema's regular expressions are ECMA-262: \s holds U+FEFF and not U+0085 (.NET's \s the other way round).
        var json = ProfileDocuments.MinimalProfile.Replace("\"Testiniemen hyvinvointialue\"", "\"" + text + "\"", StringComparison.Ordinal);

        var problems = ProfileProblems(json);

        if (isText)
        {
            Assert.Empty(problems);
        }
        else
        {
            Assert.Equal(("$.name.fi", ValidationRules.MissingFinnish), (Assert.Single(problems).Path, problems[0].Rule));
        }
    }

    [Theory]
    [InlineData("\"id\": \"testiniemi\"", "\"id\": \"testiniemi\\n\"", "$.id")]
    [InlineData("\"id\": \"board\"", "\"id\": \"board\\n\"", "$.actors[0].id")]
    public void IdEndingWithNewline_IsRefusedByThePattern(string from, string to, string path)
    {
        var json = ProfileDocuments.MinimalProfile.Replace(from, to, StringComparison.Ordinal);

        var problems = ProfileProblems(json);

        Assert.Contains(problems, p => p.Path == path && p.Rule == ValidationRules.InvalidValue);
        Assert.DoesNotContain(problems, p => p.Message.Contains("bug", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void NegativeYearDate_IsNotADate()
    {
        var json = ProfileDocuments.MinimalProfile.Replace("\"2025-02-01\"", "\"-2025-02-01\"", StringComparison.Ordinal);

        var problem = Assert.Single(ProfileProblems(json));

        Assert.Equal(("$.plan.approvals[0].on", ValidationRules.InvalidDate), (problem.Path, problem.Rule));
        Assert.False(ActivityRecordJson.TryDeserialize(Records(Record.Replace("2025-02-10", "-2025-02-10", StringComparison.Ordinal)), out _, out var recordProblems));
        Assert.Equal(("$.records[0].on", ValidationRules.InvalidDate), (Assert.Single(recordProblems).Path, recordProblems[0].Rule));
    }

    [Fact]
    public void ByteOrderMark_IsHandledTheSameFromTextStreamAndFile()
    {
        var text = "\uFEFF" + ProfileDocuments.MinimalProfile;
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, ProfileDocuments.MinimalProfile, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));
            using var stream = new MemoryStream(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(ProfileDocuments.MinimalProfile)).ToArray());
            using var file = File.OpenRead(path);

            Assert.Equal("testiniemi", RegionProfileJson.Load(text).Id.Value);
            Assert.Equal("testiniemi", RegionProfileJson.Load(stream).Id.Value);
            Assert.Equal("testiniemi", RegionProfileJson.Load(file).Id.Value);
            Assert.True(ActivityRecordJson.TryDeserialize("\uFEFF" + Records(Record), out _, out _));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("{}", 3, 2)]
    [InlineData("""{ "recurringMinReports": 5 }""", 5, 2)]
    [InlineData("""{ "recurringConsecutiveCompilations": 4 }""", 3, 4)]
    public void CompilationRules_PartlyGiven_TakeTheDocumentedDefaults(string rules, int minReports, int consecutive)
    {
        var json = Profile(p => p["compilationRules"] = JsonNode.Parse(rules));

        Assert.Empty(ProfileProblems(json));
        var profile = RegionProfileJson.Load(json);
        Assert.Equal((minReports, consecutive), (profile.CompilationRules.RecurringMinReports, profile.CompilationRules.RecurringConsecutiveCompilations));
    }

    [Theory]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("", "$['']")]
    [InlineData("a\"b", "$['a\"b']")]
    [InlineData("back\\slash", "$['back\\\\slash']")]
    [InlineData("line\nbreak", "$['line\\nbreak']")]
    [InlineData("bell\u0007", "$['bell\\u0007']")]
    public void OddPropertyName_GivesANormalizedPath(string name, string path)
    {
        var json = Profile(p => p[name] = 1);

        var problem = Assert.Single(ProfileProblems(json));

        Assert.Equal((path, ValidationRules.UnknownProperty), (problem.Path, problem.Rule));
    }

    // Issue 15: the rule of a serializer error comes from where its path leads in the document and the type, not from
    // the serializer's English message, which a runtime update may reword.
    [Theory]
    [InlineData("$.x", "Reworded by a future runtime.", ValidationRules.UnknownProperty)]
    [InlineData("$.schemaVersion", "The JSON property 'schemaVersion' could not be mapped.", ValidationRules.WrongType)]
    [InlineData("$.actors", "Object is missing required properties.", ValidationRules.WrongType)]
    public void SerializerError_IsClassifiedByPathAndType_NotByMessageText(string path, string message, string rule)
    {
        using var document = System.Text.Json.JsonDocument.Parse(Profile(p => p["x"] = 1));
        var typeInfo = RakenteellinenSosiaalityo.Core.Serialization.CoreJson.Options.GetTypeInfo(typeof(RegionProfile));

        var problem = RakenteellinenSosiaalityo.Core.Serialization.DocumentJson.Problem(new System.Text.Json.JsonException(message, path, null, null), "$", document.RootElement, typeInfo);

        Assert.Equal((path, rule), (problem.Path, problem.Rule));
    }

    [Fact]
    public void OddPropertyName_InActivityRecord_GivesANormalizedPathAtTheField()
    {
        var json = Records(Record.Replace("\"on\"", "\"it's\": 1, \"on\"", StringComparison.Ordinal));

        Assert.False(ActivityRecordJson.TryDeserialize(json, out _, out var problems));

        Assert.Equal(("$.records[0]['it\\'s']", ValidationRules.UnknownProperty), (Assert.Single(problems).Path, problems[0].Rule));
    }

    [Fact]
    public void NestedLocalizedText_InActivityRecord_KeepsItsPrefix()
    {
        var json = Records("""{ "kind": "meetingHeld", "on": "2025-01-14", "body": "network", "participants": [ { "external": { "sv": "THL" } } ] }""");

        Assert.False(ActivityRecordJson.TryDeserialize(json, out _, out var problems));

        // The party is read by its own converter, so the problem is at the party and names the nested field.
        Assert.Equal("$.records[0].participants[0]", Assert.Single(problems).Path);
        Assert.Contains("'external' name", problems[0].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActivityRecordsAndEvaluation_RoundTripThroughStreams_AsThroughText()
    {
        var records = Tests.Evaluation.EvaluatorTests.EtelaKarjalaRecords();
        using var stream = new MemoryStream();

        ActivityRecordJson.Serialize(records, stream);

        Assert.Equal(ActivityRecordJson.Serialize(records), Encoding.UTF8.GetString(stream.ToArray()));
        stream.Position = 0;
        Assert.Equal(records, ActivityRecordJson.Deserialize(stream));
        using var broken = new MemoryStream(Encoding.UTF8.GetBytes(Records("""{ "kind": "onboardingGiven" }""")));
        Assert.False(ActivityRecordJson.TryDeserialize(broken, out _, out var problems));
        Assert.All(problems, p => Assert.StartsWith("$.records[0]", p.Path, StringComparison.Ordinal));
    }

    public static TheoryData<string, string> BrokenCompilations => new()
    {
        { "$.content.themes", "[ {} ]" },
        { "$.content.themes", "[ null ]" },
        { "$.content.byService[0]", "{ \"count\": 1 }" },
        { "$.content.carriedOver", "[ { \"originalPeriod\": { \"start\": \"2025-01-01\", \"end\": \"2025-06-30\" }, \"statusAtCutoff\": \"submitted\" } ]" },
        { "$.content.included", "null" },
        { "$.content.counts", "null" },
        { "$.history", "null" },
        { "$.regionId", "null" },
    };

    [Theory]
    [MemberData(nameof(BrokenCompilations))]
    public void Compilation_WithNullOrIncompleteEntry_IsAProblem_NotAnExceptionOrABrokenExport(string path, string value)
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var node = JsonNode.Parse(Core.Compilations.CompilationJson.Serialize(Tests.Compilations.CompilationFixtures.Walked(profile, 2)))!;
        var segments = path[2..].Replace("[0]", ".0", StringComparison.Ordinal).Split('.');
        var parent = segments[..^1].Aggregate(node, (n, s) => int.TryParse(s, out var i) ? n[i]! : n[s]!);
        var last = segments[^1];
        if (int.TryParse(last, out var index))
        {
            parent[index] = JsonNode.Parse(value);
        }
        else
        {
            parent[last] = JsonNode.Parse(value);
        }

        Assert.False(Core.Compilations.CompilationJson.TryDeserialize(node.ToJsonString(), profile, out _, out var problems));
        Assert.NotEmpty(problems);
        Assert.Throws<ValidationException>(() => Core.Compilations.CompilationJson.Deserialize(node.ToJsonString(), profile));
    }

    [Theory]
    [InlineData("history")]
    [InlineData("regionId")]
    public void Report_WithNull_IsAProblemAtTheField(string property)
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var report = Core.Reports.SocialReport.Create(profile, new Core.Reports.ReportId("R-1"), Tests.Reports.ReportFixtures.Content(), Tests.Reports.ReportFixtures.By("professionals"), NodaTime.Instant.FromUtc(2025, 2, 1, 8, 0));
        var node = JsonNode.Parse(Core.Reports.SocialReportJson.Serialize(report))!;
        node[property] = null;

        Assert.False(Core.Reports.SocialReportJson.TryDeserialize(node.ToJsonString(), profile, out _, out var problems));

        Assert.Equal(("$." + property, ValidationRules.WrongType), (Assert.Single(problems).Path, problems[0].Rule));
    }

    private static IEnumerable<JsonNode> Descendants(JsonNode node)
    {
        yield return node;
        var children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a.AsEnumerable(),
            _ => [],
        };
        foreach (var child in children.OfType<JsonNode>())
        {
            foreach (var d in Descendants(child))
            {
                yield return d;
            }
        }
    }
}
