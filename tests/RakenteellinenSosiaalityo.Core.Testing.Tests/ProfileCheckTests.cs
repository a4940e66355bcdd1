using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Testing;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Testing.Tests;

/// <summary>The configuration test kit (issue 13): each finding from a minimal edit of a built-in profile's JSON.</summary>
public sealed class ProfileCheckTests
{
    private static RegionProfile Edited(string id, Action<JsonNode> edit)
    {
        var json = JsonNode.Parse(BuiltInRegions.Json(new RegionId(id)))!;
        edit(json);
        return RegionProfileJson.Load(json.ToJsonString());
    }

    private static ProfileFinding Single(IReadOnlyList<ProfileFinding> findings, string code) =>
        Assert.Single(findings, f => f.Code == code);

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void BuiltInProfiles_AreUsable_WarningsOnlyForPlanRolesOutsideTheProcesses(string id)
    {
        var profile = BuiltInRegions.Get(new RegionId(id));

        var findings = ProfileCheck.Check(profile);

        ProfileCheck.AssertUsable(profile);
        Assert.All(findings, f => Assert.Equal(("idle-actor", ProfileFindingSeverity.Warning), (f.Code, f.Severity)));
        var stepPerformers = profile.ReportProcess.Steps.Concat(profile.CompilationProcess.Steps).Select(s => s.PerformedBy.Value).ToHashSet();
        Assert.All(findings, f => Assert.DoesNotContain(profile.Actors[int.Parse(f.Path[9..^1], System.Globalization.CultureInfo.InvariantCulture)].Id.Value, stepPerformers));
    }

    [Fact]
    public void CompilationStepWithoutDue_IsNeverDue_AnErrorForEveryPeriod()
    {
        var profile = Edited("etela-karjala", j => j["compilationProcess"]!["steps"]![0]!.AsObject().Remove("due"));

        var findings = ProfileCheck.Check(profile);

        var never = findings.Where(f => f.Code == "compilation-never-due").ToList();
        Assert.Equal(profile.ReportingPeriods.PeriodsInYear(ProfileCheck.DefaultYear).Count, never.Count);
        Assert.All(never, f => Assert.Equal(("$.compilationProcess.steps[0].due", ProfileFindingSeverity.Error), (f.Path, f.Severity)));
        var thrown = Assert.Throws<ProfileCheckException>(() => ProfileCheck.AssertUsable(profile));
        Assert.Equal(ProfileCheckException.FailedCode, thrown.Code);
        Assert.Equal(findings, thrown.Findings);
        Assert.Contains("$.compilationProcess.steps[0].due", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ActorWhoDoesNothing_IsAnIdleActorWarning()
    {
        var profile = Edited("kymenlaakso", j => j["actors"]!.AsArray().Add(JsonNode.Parse("""{ "id": "idle-board", "kind": "group", "name": { "fi": "Lautakunta", "sv": "Nämnd", "en": "Board" }, "responsibilities": [], "collaborators": [] }""")));
        var index = profile.Actors.Count - 1;

        var findings = ProfileCheck.Check(profile);

        var idle = Assert.Single(findings, f => f.Code == "idle-actor" && f.Path == $"$.actors[{index}]");
        Assert.Equal(($"$.actors[{index}]", ProfileFindingSeverity.Warning), (idle.Path, idle.Severity));
        Assert.Contains("idle-board", idle.Message.Get(Language.Swedish), StringComparison.Ordinal);
        ProfileCheck.AssertUsable(profile);
        Assert.Throws<ProfileCheckException>(() => ProfileCheck.AssertUsable(profile, warningsAsErrors: true));
    }

    [Fact]
    public void OneShortAndOneLongPeriod_AreUnevenPeriods()
    {
        var profile = Edited("etela-karjala", j => j["reportingPeriods"] = JsonNode.Parse("""{ "periods": [ { "start": "01-01", "end": "03-31" }, { "start": "04-01", "end": "12-31" } ] }"""));

        var uneven = Single(ProfileCheck.Check(profile), "uneven-periods");

        Assert.Equal(("$.reportingPeriods.periods", ProfileFindingSeverity.Warning), (uneven.Path, uneven.Severity));
    }

    [Fact]
    public void DefaultCompilationRulesWithoutAnAssumption_AreAWarning()
    {
        var profile = Edited("kymenlaakso", j =>
        {
            j.AsObject().Remove("compilationRules");
            var assumptions = j["assumptions"]!.AsArray();
            assumptions.Remove(assumptions.First(a => (string?)a!["subject"] == "compilationRules"));
        });

        var relied = Single(ProfileCheck.Check(profile), "default-without-assumption");

        Assert.Equal(("$.compilationRules", ProfileFindingSeverity.Warning), (relied.Path, relied.Severity));
    }

    [Fact]
    public void DefaultCompilationRulesWithAnAssumption_AreNoFinding()
    {
        var profile = Edited("kymenlaakso", j => j.AsObject().Remove("compilationRules"));

        Assert.DoesNotContain(ProfileCheck.Check(profile), f => f.Code == "default-without-assumption");
    }

    // The schema refuses an unknown body in JSON; a profile built in code can still hold one, and the kit finds it.
    [Fact]
    public void MetricCountingAnUnknownActor_CannotBeComputed()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var index = ek.Metrics.ToList().FindIndex(m => m.Derived is MeetingsHeldRule);
        var metric = ek.Metrics[index];
        var broken = EvaluationMetric.DerivedBy(metric.Id, metric.Goal, metric.Label, new MeetingsHeldRule(new ActorId("no-such-body"), target: 11));
        var profile = ek with { Metrics = [.. ek.Metrics.Take(index), broken, .. ek.Metrics.Skip(index + 1)] };

        var finding = Single(ProfileCheck.Check(profile), "metric-not-computable");

        Assert.Equal(($"$.metrics[{index}].derived", ProfileFindingSeverity.Error), (finding.Path, finding.Severity));
        Assert.Contains("no-such-body", finding.Message.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Findings_ListErrorsFirst_AndSayTheSeverityInEveryLanguage()
    {
        var profile = Edited("etela-karjala", j =>
        {
            j["compilationProcess"]!["steps"]![0]!.AsObject().Remove("due");
            j["reportingPeriods"] = JsonNode.Parse("""{ "periods": [ { "start": "01-01", "end": "03-31" }, { "start": "04-01", "end": "12-31" } ] }""");
        });

        var findings = ProfileCheck.Check(profile);

        Assert.Equal(ProfileFindingSeverity.Error, findings[0].Severity);
        Assert.Equal(ProfileFindingSeverity.Warning, findings[^1].Severity);
        Assert.StartsWith("virhe ", findings[0].ToString(Language.Finnish), StringComparison.Ordinal);
        Assert.StartsWith("fel ", findings[0].ToString(Language.Swedish), StringComparison.Ordinal);
        Assert.StartsWith("warning ", findings[^1].ToString(), StringComparison.Ordinal);
    }
}
