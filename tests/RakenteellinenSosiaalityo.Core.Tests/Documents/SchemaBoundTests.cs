using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Documents;

/// <summary>
/// The shipped schema and the library's checks agree on every bound of the rule kinds (issue 15): for each integer
/// minimum and maximum, array <c>minItems</c> and enum of the clock's <c>when</c>, a step's <c>due</c> and a metric's
/// <c>derived</c> — found by walking the schema, so that a new bound is tested without a new line here — a profile with
/// the value at the bound and one with the value just beyond go to JsonSchema.Net and to the loader, and both verdicts
/// must be the expected one. Id length bounds (the <c>slug</c> of a body or clock rule) belong to the ids, not to these
/// kinds, and are left out.
/// </summary>
public sealed partial class ProfileSchemaDifferentialTests
{
    [Fact]
    public void RuleKindBounds_SchemaAndLoader_AgreeAtTheBoundAndJustBeyond()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var original = RegionProfileJson.Serialize(ek);
        var body = ek.Actors[0].Id.Value;
        var ruleIds = ek.Clock!.Rules.Select(r => r.Id).ToList();
        var metricIndex = ek.Metrics.ToList().FindIndex(m => m.Derived is not null);
        var defs = JsonNode.Parse(RegionProfileJson.Schema)!["$defs"]!.AsObject();

        var cases = new List<(string Where, bool Valid, Action<JsonObject> Place)>();
        foreach (var (property, value, valid) in Values(defs["clockWhen"]!, defs, _ => Enumerable.Range(1, 12).Select(m => (JsonNode)m).ToList()))
        {
            cases.Add(($"clock when.{property} = {value}", valid, root => root["clock"]!["rules"]![0]!["when"] = new JsonObject { [property] = value.DeepClone() }));
        }

        foreach (var (property, value, valid) in Values(defs["step"]!["properties"]!["due"]!, defs, _ => Enumerable.Range(1, 12).Select(m => (JsonNode)m).ToList()))
        {
            cases.Add(($"due.{property} = {value}", valid, root => root["compilationProcess"]!["steps"]![0]!["due"] = new JsonObject { [property] = value.DeepClone() }));
        }

        foreach (var (kind, kindSchema) in defs["metricDerivation"]!["properties"]!.AsObject())
        {
            foreach (var (property, value, valid) in Values(kindSchema!, defs, p => p == "plannedBy" ? ruleIds.Select(id => (JsonNode)id.Value).ToList() : Enumerable.Range(1, 12).Select(m => (JsonNode)m).ToList()))
            {
                cases.Add(($"derived.{kind}.{property} = {value}", valid, root =>
                {
                    var rule = Template(kind, property, body);
                    rule[property] = value.DeepClone();
                    root["metrics"]![metricIndex]!["derived"] = new JsonObject { [kind] = rule };
                }));
            }
        }

        var disagreements = new List<string>();
        foreach (var (where, valid, place) in cases)
        {
            var root = JsonNode.Parse(original)!.AsObject();
            place(root);
            var json = root.ToJsonString();
            using var document = JsonDocument.Parse(json);
            var bySchema = Independent.Evaluate(document.RootElement, Options).IsValid;
            var loaded = RegionProfileJson.TryLoad(json, out _, out var problems);
            if (bySchema != valid || loaded != valid)
            {
                disagreements.Add($"{where}: expected {(valid ? "valid" : "invalid")}; JsonSchema.Net says {(bySchema ? "valid" : "invalid")}, the loader {(loaded ? "loads it" : "finds " + string.Join("; ", problems.Take(2)))}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));

        // The walk must find the bounds: every kind of the three hierarchies with a bounded value contributes.
        Assert.Contains(cases, c => c.Where.StartsWith("clock when.timesPerYear", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Where.StartsWith("due.inMonths", StringComparison.Ordinal));
        Assert.Contains(cases, c => c.Where.StartsWith("derived.communication.audiences", StringComparison.Ordinal));
        Assert.InRange(cases.Count(c => !c.Valid), 30, 200);
    }

    // A valid object of each metric kind without the property under test (and without its either-or partner).
    private static JsonObject Template(string kind, string property, string body) => kind switch
    {
        "meetingsHeld" => property == "plannedBy" ? new() { ["body"] = body } : new() { ["body"] = body, ["target"] = 11 },
        "productsHandled" => property == "phenomenonReports" ? new() { ["body"] = body, ["phenomenonReports"] = 1 } : new() { ["body"] = body, ["compilations"] = 2 },
        "phenomenonReport" => new() { ["body"] = body },
        "communication" => new() { ["audiences"] = new JsonArray("internal") },
        _ => new(),
    };

    /// <summary>The values at and just beyond each bound of the properties of <paramref name="schema"/> (an object's schema).</summary>
    private static IEnumerable<(string Property, JsonNode Value, bool Valid)> Values(JsonNode schema, JsonObject defs, Func<string, List<JsonNode>> validItems)
    {
        foreach (var (property, propertySchema) in Resolve(schema, defs)["properties"]!.AsObject())
        {
            var resolved = Resolve(propertySchema!, defs);
            foreach (var (value, valid) in Bounds(resolved))
            {
                yield return (property, value, valid);
            }

            if (resolved["type"]?.GetValue<string>() == "array")
            {
                var items = Resolve(resolved["items"]!, defs);
                var samples = items["enum"] is JsonArray members ? members.Select(m => m!.DeepClone()).ToList() : validItems(property);
                var minItems = resolved["minItems"]?.GetValue<int>() ?? 0;
                if (minItems > 0)
                {
                    yield return (property, new JsonArray([.. samples.Take(minItems).Select(s => s.DeepClone())]), true);
                    yield return (property, new JsonArray([.. samples.Take(minItems - 1).Select(s => s.DeepClone())]), false);
                }

                foreach (var (item, valid) in Bounds(items))
                {
                    yield return (property, new JsonArray(item), valid);
                }
            }
        }
    }

    private static IEnumerable<(JsonNode Value, bool Valid)> Bounds(JsonNode schema)
    {
        if (schema["type"]?.GetValue<string>() == "integer")
        {
            if (schema["minimum"] is { } min)
            {
                yield return (JsonValue.Create(min.GetValue<long>()), true);
                yield return (JsonValue.Create(min.GetValue<long>() - 1), false);
            }

            if (schema["maximum"] is { } max)
            {
                yield return (JsonValue.Create(max.GetValue<long>()), true);
                yield return (JsonValue.Create(max.GetValue<long>() + 1), false);
            }
        }

        if (schema["enum"] is JsonArray members)
        {
            foreach (var member in members)
            {
                yield return (member!.DeepClone(), true);
            }

            yield return (members[0]!.GetValueKind() == JsonValueKind.String ? JsonValue.Create("notAMember") : JsonValue.Create(members[0]!.GetValueKind() != JsonValueKind.True), false);
        }
    }

    private static JsonNode Resolve(JsonNode schema, JsonObject defs) =>
        schema["$ref"] is { } reference ? Resolve(defs[reference.GetValue<string>()["#/$defs/".Length..]]!, defs) : schema;
}
