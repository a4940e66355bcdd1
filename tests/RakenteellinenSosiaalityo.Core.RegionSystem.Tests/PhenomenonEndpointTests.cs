using System.Net;
using System.Text.Json;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>The phenomenon report endpoints in process against a temporary SQLite file: the flow, 403 and 409.</summary>
public sealed class PhenomenonEndpointTests : TemporaryRegionSystem
{
    [Fact]
    public async Task WholeFlow_EtelaKarjala_CandidatesChosenWorkshopWrittenApprovedDecidedAndExported()
    {
        // EK 5.1, 5.3, annex 3: the theme from the compilation, small-group interviews, the coordinator writes, the
        // network approves and hands over, ArTu decides, the network reviews the feedback; each step by its actor.
        var (factory, api) = await CompiledRegionAsync(BuiltInRegions.EtelaKarjalaId.Value);
        var settings = api.Profile.PhenomenonReports!;

        var candidates = await Read<List<PhenomenonCandidate>>(await api.As(api.Compiler).GetAsync("/phenomenon-reports/candidates?year=2025"));
        var top = candidates[0];
        Assert.Equal(RegionApi.Content(api.Profile).Themes[0], top.ThemeId);

        var report = await ChooseAsync(api, top);
        Assert.Equal(PhenomenonReportId.For(api.Profile.Id, 2025), report.Id);

        report = await WalkEveryStepAsync(api, factory, report);

        Assert.True(report.IsCompleted);
        Assert.Equal(api.Profile.PhenomenonProcess!.Steps.Select(s => s.Id), report.PerformedSteps);
        Assert.Single(report.Actions);
        Assert.Equal(settings.Workshops.Count, report.Sessions.Count);
        Assert.NotNull(report.Prevalence);
        Assert.Equal(settings.Recipients, report.Recipients);

        var markdown = await RegionSystemTests.Text(await api.As(api.Compiler).GetAsync($"/phenomenon-reports/{report.Id}/markdown?language=sv"));
        Assert.Contains("Asumisen kustannukset ilmiönä", markdown, StringComparison.Ordinal);
        Assert.Equal(report, await ReportAsync(api, await api.As(api.Compiler).GetAsync($"/phenomenon-reports/{report.Id}")));
        var listed = await RegionSystemTests.Json(await api.As(api.Compiler).GetAsync("/phenomenon-reports"));
        Assert.Equal([report.Id.Value], listed.EnumerateArray().Select(e => e.GetProperty("id").GetString()!));
    }

    // EK 5.3 and the goals table: the stored phenomenon report completes the clock's phenomenon activities and realizes
    // the "phenomenon report produced and approved by the network" metric without a hand-made activity record.
    [Fact]
    public async Task ClockProgressAndEvaluation_ReadTheStoredPhenomenonReport_WithoutActivityRecords()
    {
        var (factory, api) = await CompiledRegionAsync(BuiltInRegions.EtelaKarjalaId.Value);
        var phenomenonRules = api.Profile.Clock!.Rules.Where(r => r.Activity is ActivityKind.PhenomenonSelection or ActivityKind.Approval).Select(r => r.Id.Value).ToHashSet();
        Assert.NotEmpty(phenomenonRules);

        Assert.Empty(await CompletedRulesAsync(api, phenomenonRules));
        Assert.Equal(MetricStatus.NotRealized, await PhenomenonMetricAsync(api));

        await WalkEveryStepAsync(api, factory, await ChooseAsync(api, await TopCandidateAsync(api)));

        Assert.Equal(phenomenonRules.Order(StringComparer.Ordinal), (await CompletedRulesAsync(api, phenomenonRules)).Order(StringComparer.Ordinal));
        Assert.Equal(MetricStatus.Realized, await PhenomenonMetricAsync(api));
    }

    // The rule ids among the progress's done activities and unmatched completions (a completion outside its rule's
    // window is answered as unmatched: it was fed in all the same).
    private static async Task<List<string>> CompletedRulesAsync(RegionApi api, HashSet<string> rules)
    {
        var progress = await RegionSystemTests.Json(await api.As(api.Compiler).GetAsync("/clock/2025/progress?asOf=2025-12-31"));
        return progress.GetProperty("done").EnumerateArray().Concat(progress.GetProperty("unmatched").EnumerateArray())
            .Select(a => a.GetProperty("ruleId").GetString()!)
            .Where(rules.Contains)
            .Distinct()
            .ToList();
    }

    private static async Task<MetricStatus> PhenomenonMetricAsync(RegionApi api)
    {
        var evaluation = EvaluationReportJson.Deserialize(await RegionSystemTests.Text(await api.As(api.Compiler).GetAsync("/evaluation/2025")));
        return evaluation.Results.Single(r => r.Metric.Id.Value == "phenomenon-report").Status;
    }

    // Every workshop with one session, the draft written as composed, then every pending step by its actor with the
    // entries, decisions and recipients it needs.
    private static async Task<PhenomenonReport> WalkEveryStepAsync(RegionApi api, RegionSystemFactory factory, PhenomenonReport report)
    {
        var settings = api.Profile.PhenomenonReports!;
        foreach (var workshop in settings.Workshops)
        {
            var actor = Step(api, workshop.Step).PerformedBy.Value;
            report = await ReportAsync(api, await api.As(actor).PostAsync($"/phenomenon-reports/{report.Id}/workshops", RegionApi.Json(Session(api, factory, workshop))));
            report = await ReportAsync(api, await api.As(actor).PostAsync($"/phenomenon-reports/{report.Id}/steps/{workshop.Step}", null));
        }

        var writer = Step(api, settings.WriteStep).PerformedBy.Value;
        var draft = await Read<PhenomenonReportText>(await api.As(writer).GetAsync($"/phenomenon-reports/{report.Id}/draft"));
        report = await ReportAsync(api, await api.As(writer).PutAsync($"/phenomenon-reports/{report.Id}/text", RegionApi.Json(draft)));
        Assert.Equal(draft, report.Text);
        report = await ReportAsync(api, await api.As(writer).PostAsync($"/phenomenon-reports/{report.Id}/steps/{settings.WriteStep}", null));

        while (report.PendingSteps(api.Profile) is { Count: > 0 } pending)
        {
            var step = pending[0];
            var deciding = step.Records.Contains(RecordKind.Decision) || step.MayRecord.Contains(RecordKind.Decision);
            var body = new
            {
                entries = RegionApi.EntriesFor(step).Where(e => !deciding || e.Kind != RecordKind.Decision).ToList(),
                decisions = deciding ? new[] { RegionApi.Decision(step) } : null,
                recipients = step.Records.Contains(RecordKind.Publication) ? settings.Recipients : null,
            };
            report = await ReportAsync(api, await api.As(step.PerformedBy.Value).PostAsync($"/phenomenon-reports/{report.Id}/steps/{step.Id}", RegionApi.Json(body)));
        }

        return report;
    }

    [Fact]
    public async Task RecordAnEntry_ThenCloseTheDecidedAction_Is200Each_VersionOneUpEach()
    {
        // EK 5.3 and annex 3: a further entry under the workshop step, then ArTu's decided action closed by its decider.
        var (factory, api) = await CompiledRegionAsync(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await WalkEveryStepAsync(api, factory, await ChooseAsync(api, await TopCandidateAsync(api)));
        var before = await api.As(api.Compiler).GetAsync($"/phenomenon-reports/{report.Id}");
        var version = int.Parse(before.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture);
        var step = api.Profile.PhenomenonProcess!.Steps.First(s => s.MayRecord.Concat(s.Records).Any());
        var entry = new RecordEntry(step.MayRecord.Concat(step.Records).First(), "Ilmiöraportin lisähuomio.");

        var recordResponse = await api.As(step.PerformedBy.Value).PostAsync($"/phenomenon-reports/{report.Id}/steps/{step.Id}/records", RegionApi.Json(new { entry }));

        var recorded = await ReportAsync(api, recordResponse);
        Assert.Equal($"\"{version + 1}\"", recordResponse.Headers.ETag?.Tag);
        Assert.Contains(entry, recorded.Recorded(entry.Kind));

        var action = Assert.Single(recorded.Actions);
        var statusResponse = await api.As(action.DecidedBy.Actor.Value).PostAsync(
            $"/phenomenon-reports/{report.Id}/actions/{action.Number}/status", RegionApi.Raw("""{ "status": "done", "note": "Toimenpide toteutettu." }"""));

        var closed = await ReportAsync(api, statusResponse);
        Assert.Equal($"\"{version + 2}\"", statusResponse.Headers.ETag?.Tag);
        Assert.Equal(ActionStatus.Done, closed.Actions[0].Status);
        Assert.Equal(closed, await ReportAsync(api, await api.As(api.Compiler).GetAsync($"/phenomenon-reports/{report.Id}")));
    }

    [Fact]
    public async Task UnknownPhenomenonReport_Is404OnEverySharedRoute()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var step = api.Profile.PhenomenonProcess!.Steps[1];
        var by = api.As(step.PerformedBy.Value);
        var id = PhenomenonReportId.For(api.Profile.Id, 1999);

        foreach (var response in new[]
        {
            await by.GetAsync($"/phenomenon-reports/{id}"),
            await by.PostAsync($"/phenomenon-reports/{id}/steps/{step.Id}", null),
            await by.PostAsync($"/phenomenon-reports/{id}/steps/{step.Id}/records", RegionApi.Json(new { entry = new RecordEntry(RecordKind.Remark, "Huomio.") })),
            await by.PostAsync($"/phenomenon-reports/{id}/actions/1/status", RegionApi.Raw("""{ "status": "done" }""")),
        })
        {
            var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.NotFound, "not-found");
            Assert.Contains($"phenomenon report {id}", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task WorkshopSessionByAnotherActorThanTheStepsActor_Is403WrongActor_AndNothingChanges()
    {
        var (factory, api) = await CompiledRegionAsync(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await ChooseAsync(api, await TopCandidateAsync(api));
        var workshop = api.Profile.PhenomenonReports!.Workshops[0];
        var intruder = api.Profile.Actors.First(a => a.Id != Step(api, workshop.Step).PerformedBy).Id.Value;

        var response = await api.As(intruder).PostAsync($"/phenomenon-reports/{report.Id}/workshops", RegionApi.Json(Session(api, factory, workshop)));

        var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.Forbidden, LifecycleRules.WrongActor);
        Assert.Contains(workshop.Step.Value, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(report, await ReportAsync(api, await api.As(api.Compiler).GetAsync($"/phenomenon-reports/{report.Id}")));
    }

    [Fact]
    public async Task WriteStepBeforeTheWorkshops_Is409StepOutOfOrder_AndNothingChanges()
    {
        var (_, api) = await CompiledRegionAsync(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await ChooseAsync(api, await TopCandidateAsync(api));
        var write = api.Profile.PhenomenonReports!.WriteStep;

        var response = await api.As(Step(api, write).PerformedBy.Value).PostAsync($"/phenomenon-reports/{report.Id}/steps/{write}", null);

        await RegionSystemTests.AssertProblem(response, HttpStatusCode.Conflict, LifecycleRules.StepOutOfOrder);
        var stored = await ReportAsync(api, await api.As(api.Compiler).GetAsync($"/phenomenon-reports/{report.Id}"));
        Assert.Equal([api.Profile.PhenomenonProcess!.First.Id], stored.PerformedSteps);
    }

    // A report processed and its period compiled and processed, the clock ten days after the period: what the
    // phenomenon candidates and the prevalence are read from.
    private async Task<(RegionSystemFactory Factory, RegionApi Api)> CompiledRegionAsync(string region)
    {
        var (factory, api) = Start(region);
        await api.ProcessAsync(await api.SubmitAsync((await api.CreateAsync()).Id));
        var period = api.Profile.ReportingPeriods.PeriodFor(ReportDay);
        factory.Clock.Set(FinnishTime.StartOf(period.End.PlusDays(10)) + Duration.FromHours(9));
        await api.ProcessAsync(await api.CompileAsync(period));
        return (factory, api);
    }

    private static async Task<PhenomenonCandidate> TopCandidateAsync(RegionApi api) =>
        (await Read<List<PhenomenonCandidate>>(await api.As(api.Compiler).GetAsync("/phenomenon-reports/candidates?year=2025")))[0];

    private static async Task<PhenomenonReport> ChooseAsync(RegionApi api, PhenomenonCandidate candidate)
    {
        var chooser = api.Profile.PhenomenonProcess!.First.PerformedBy.Value;
        var selection = new PhenomenonSelection(2025, "Asumisen kustannukset ilmiönä", [candidate.ThemeId], [candidate.ToSelectionReason()], "Valittu koosteen perusteella.");
        return await ReportAsync(api, await api.As(chooser).PostAsync("/phenomenon-reports", RegionApi.Json(selection)), HttpStatusCode.Created);
    }

    // One session of the workshop on the clock's day, collecting every kind the profile says it collects.
    private static WorkshopSession Session(RegionApi api, RegionSystemFactory factory, WorkshopDefinition workshop)
    {
        var service = api.Profile.Services[0].Id;
        var on = FinnishTime.DateOf(factory.Clock.GetCurrentInstant());
        return new(
            workshop.Number,
            on,
            workshop.Method,
            new WorkshopParticipants([Step(api, workshop.Step).PerformedBy], [service], 5),
            workshop.Collects.Select(kind => new WorkshopInput(kind, $"Asumisen kustannukset näkyvät palvelussa ({kind}).", service)).ToList());
    }

    private static ProcessStep Step(RegionApi api, StepId id) => api.Profile.PhenomenonProcess!.Steps.Single(s => s.Id == id);

    private static async Task<PhenomenonReport> ReportAsync(RegionApi api, HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return PhenomenonReportJson.Deserialize(body, api.Profile);
    }

    private static async Task<T> Read<T>(HttpResponseMessage response) =>
        JsonSerializer.Deserialize<T>(await RegionSystemTests.Text(response), RegionApi.Options)!;
}
