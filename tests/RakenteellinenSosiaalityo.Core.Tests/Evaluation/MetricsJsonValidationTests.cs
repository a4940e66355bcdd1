using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Evaluation;

/// <summary>Bad metrics sections are reported with their JSON path and rule code, every problem at once.</summary>
public sealed class MetricsJsonValidationTests
{
    private const string GoodMetrics = """
        [
          { "id": "meetings", "goal": { "number": 1, "label": { "fi": "Tieto" } }, "label": { "fi": "Työryhmä kokoontuu" }, "source": "7", "derived": { "meetingsHeld": { "body": "team", "plannedBy": [ "meeting" ] } } },
          { "id": "handled", "goal": { "number": 1, "label": { "fi": "Tieto" } }, "label": { "fi": "Käsitelty" }, "derived": { "productsHandled": { "body": "board", "compilations": 2, "inMonths": [ 1, 8 ] } } },
          { "id": "used", "goal": { "number": 2, "label": { "fi": "Käyttö" } }, "label": { "fi": "Hyödynnetty" }, "manual": true }
        ]
        """;

    private static string WithMetrics(Action<JsonArray>? edit = null)
    {
        var root = JsonNode.Parse(ProfileDocuments.MinimalProfile)!.AsObject();
        root["clock"] = JsonNode.Parse("""{ "rules": [ { "id": "meeting", "activity": "meeting", "label": { "fi": "Kokous" }, "responsible": "team", "when": { "timesPerYear": 4 } } ] }""");
        var metrics = JsonNode.Parse(GoodMetrics)!.AsArray();
        edit?.Invoke(metrics);
        root["metrics"] = metrics;
        return root.ToJsonString();
    }

    private static JsonObject Derived(JsonArray metrics, int index, string kind) => metrics[index]!["derived"]![kind]!.AsObject();

    [Fact]
    public void GoodMetrics_Load_AndRoundTrip()
    {
        var profile = RegionProfileJson.Load(WithMetrics());

        Assert.Equal(3, profile.Metrics.Count);
        Assert.True(profile.FindMetric(new MetricId("used"))!.IsManual);
        Assert.Equal([new Core.Clock.ClockRuleId("meeting")], Assert.IsType<MeetingsHeldRule>(profile.Metrics[0].Derived).PlannedBy!);
        Assert.Equal(profile, RegionProfileJson.Load(RegionProfileJson.Serialize(profile)));
    }

    [Fact]
    public void UnknownClockRule_IsReportedAtThePlannedByItem()
    {
        var problem = Assert.Single(RegionProfileJson.Validate(WithMetrics(m => Derived(m, 0, "meetingsHeld")["plannedBy"] = new JsonArray("ghost"))));

        Assert.Equal(("$.metrics[0].derived.meetingsHeld.plannedBy[0]", ValidationRules.UnknownClockRule), (problem.Path, problem.Rule));
    }

    [Fact]
    public void UnknownClockRules_EachAtItsOwnItem_TheMessageListsTheClocksRules_OrSaysThereAreNone()
    {
        var json = WithMetrics(m => Derived(m, 0, "meetingsHeld")["plannedBy"] = new JsonArray("ghost", "meeting", "spectre"));

        var problems = RegionProfileJson.Validate(json);

        Assert.Equal(["$.metrics[0].derived.meetingsHeld.plannedBy[0]", "$.metrics[0].derived.meetingsHeld.plannedBy[2]"], problems.Select(p => p.Path));
        Assert.Equal("The profile's clock has no rule 'spectre'. plannedBy names rules of the profile's clock: meeting.", problems[1].Message);

        var withoutClock = JsonNode.Parse(json)!.AsObject();
        withoutClock.Remove("clock");
        var none = RegionProfileJson.Validate(withoutClock.ToJsonString()).Where(p => p.Rule == ValidationRules.UnknownClockRule).ToList();
        Assert.Equal(3, none.Count);
        Assert.All(none, p => Assert.EndsWith("plannedBy names rules of the profile's clock (it has none; add a clock or give 'target' instead).", p.Message, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(true, "both")]
    [InlineData(false, "neither")]
    public void Metric_GivingBothOrNeitherOfDerivedAndManual_SaysWhich(bool both, string which)
    {
        var json = WithMetrics(m =>
        {
            if (both)
            {
                m[2]!["derived"] = JsonNode.Parse("""{ "onboarding": {} }""");
            }
            else
            {
                m[2]!.AsObject().Remove("manual");
            }
        });

        var problem = Assert.Single(RegionProfileJson.Validate(json));

        Assert.Equal(("$.metrics[2]", ValidationRules.InvalidValue), (problem.Path, problem.Rule));
        Assert.EndsWith($"this one gives {which}.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownActor_IsReportedAtTheBody()
    {
        var problem = Assert.Single(RegionProfileJson.Validate(WithMetrics(m => Derived(m, 1, "productsHandled")["body"] = "ghost")));

        Assert.Equal(("$.metrics[1].derived.productsHandled.body", ValidationRules.UnknownActor), (problem.Path, problem.Rule));
    }

    [Fact]
    public void EveryProblem_IsReportedAtOnce()
    {
        var json = WithMetrics(m =>
        {
            m[1]!["id"] = "meetings";
            m[2]!["derived"] = JsonNode.Parse("""{ "onboarding": {} }""");
            m[1]!["goal"]!["label"] = JsonNode.Parse("""{ "fi": "Toinen" }""");
            Derived(m, 0, "meetingsHeld")["target"] = 4;
            Derived(m, 1, "productsHandled").Remove("compilations");
            Derived(m, 1, "productsHandled")["inMonths"] = new JsonArray(1, 1);
        });

        var problems = RegionProfileJson.Validate(json).Select(p => (p.Path, p.Rule)).ToHashSet();

        Assert.Contains(("$.metrics[1].id", ValidationRules.DuplicateId), problems);
        Assert.Contains(("$.metrics[2]", ValidationRules.InvalidValue), problems);
        Assert.Contains(("$.metrics[1].goal.label", ValidationRules.InvalidValue), problems);
        Assert.Contains(("$.metrics[0].derived.meetingsHeld", ValidationRules.InvalidValue), problems);
        Assert.Contains(("$.metrics[1].derived.productsHandled", ValidationRules.InvalidValue), problems);
        Assert.Contains(("$.metrics[1].derived.productsHandled.inMonths[1]", ValidationRules.InvalidValue), problems);
        Assert.Equal(6, problems.Count);
    }

    [Fact]
    public void TwoKindsOfDerivation_AndUnknownKind_AreReported()
    {
        var json = WithMetrics(m =>
        {
            m[0]!["derived"]!["onboarding"] = new JsonObject();
            m[1]!["derived"] = JsonNode.Parse("""{ "coffeeDrunk": {} }""");
        });

        var problems = RegionProfileJson.Validate(json).Select(p => (p.Path, p.Rule)).ToList();

        Assert.Contains(("$.metrics[0].derived", ValidationRules.InvalidValue), problems);
        Assert.Contains(("$.metrics[1].derived.coffeeDrunk", ValidationRules.UnknownProperty), problems);
    }

    [Theory]
    [InlineData("kymenlaakso", 6, 0)]
    [InlineData("etela-karjala", 10, 5)]
    public void BuiltInProfiles_CarryThePlansTables(string id, int metrics, int manual)
    {
        var profile = BuiltInRegions.Get(new RegionId(id));

        Assert.Equal(metrics, profile.Metrics.Count);
        Assert.Equal(manual, profile.Metrics.Count(m => m.IsManual));
        Assert.Equal([1, 2, 3], profile.Metrics.Select(m => m.Goal.Number).Distinct());
        Assert.All(profile.Metrics, m => Assert.True(m.Label.Has(Core.Text.Language.Swedish) && m.Label.Has(Core.Text.Language.English)));
    }

    [Fact]
    public void Schema_NamesEveryKindOfDerivation()
    {
        var defs = JsonNode.Parse(RegionProfileJson.Schema)!["$defs"]!;

        Assert.Equal(MetricDerivation.Kinds, defs["metricDerivation"]!["properties"]!.AsObject().Select(p => p.Key));
    }

    // The two factories: a derived metric equals the built-in one it copies and is not manual; an assessed one is
    // manual, has no derivation, and writes "manual": true.
    [Fact]
    public void DerivedByAndAssessed_BuildDerivedAndManualMetrics()
    {
        var builtIn = BuiltInRegions.EtelaKarjala.Metrics.First(m => !m.IsManual);

        var derived = EvaluationMetric.DerivedBy(builtIn.Id, builtIn.Goal, builtIn.Label, builtIn.Derived!, builtIn.Source);
        var assessed = EvaluationMetric.Assessed(new MetricId("own-assessment"), builtIn.Goal, builtIn.Label, "3");

        Assert.Equal(builtIn, derived);
        Assert.False(derived.IsManual);
        Assert.Null(derived.Manual);
        Assert.True(assessed.IsManual);
        Assert.True(assessed.Manual);
        Assert.Null(assessed.Derived);
        Assert.Equal(("own-assessment", "3"), (assessed.Id.Value, assessed.Source));
        Assert.Throws<ArgumentNullException>(() => EvaluationMetric.DerivedBy(new MetricId("x"), builtIn.Goal, builtIn.Label, null!));
    }
}
