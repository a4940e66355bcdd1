using System.Net;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>
/// The routes every stored aggregate shares (perform a step, record under a step, change an action's status), for the
/// social report and the compilation: status code, ETag and body of each. The phenomenon report's are in
/// <see cref="PhenomenonEndpointTests"/>.
/// </summary>
public sealed class SharedRouteTests : TemporaryRegionSystem
{
    [Fact]
    public async Task Report_RecordUnderTheFirstStep_Is200_TheEntryIsStored_VersionOneUp()
    {
        // EK 5.3: an entry under a step without performing it.
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await api.SubmitAsync((await api.CreateAsync()).Id);
        var step = report.PendingSteps(api.Profile)[0];
        var entry = new RecordEntry(step.MayRecord.Concat(step.Records).First(), "Lisätieto asumisen kustannuksista.");

        var response = await api.As(step.PerformedBy.Value).PostAsync($"/reports/{report.Id}/steps/{step.Id}/records", RegionApi.Json(entry));

        var recorded = await api.ReportAsync(response);
        Assert.Equal("\"3\"", response.Headers.ETag?.Tag);
        Assert.Contains(entry, recorded.Recorded(entry.Kind));
        Assert.DoesNotContain(entry, report.Recorded(entry.Kind));
        Assert.Equal(recorded, await api.ReportAsync(await api.As(api.Professional).GetAsync($"/reports/{report.Id}")));
    }

    [Fact]
    public async Task Report_PerformWithDecisions_Is400NamingDecisions_AndNothingChanges()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await api.SubmitAsync((await api.CreateAsync()).Id);
        var step = report.PendingSteps(api.Profile)[0];
        var body = new { entries = RegionApi.EntriesFor(step), decisions = new[] { RegionApi.Decision(step) } };

        var response = await api.As(step.PerformedBy.Value).PostAsync($"/reports/{report.Id}/steps/{step.Id}", RegionApi.Json(body));

        var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, ValidationRules.UnknownProperty);
        Assert.Contains("$.decisions", problem.ToString(), StringComparison.Ordinal);
        Assert.Equal(report, await api.ReportAsync(await api.As(api.Professional).GetAsync($"/reports/{report.Id}")));
    }

    [Fact]
    public async Task Report_PerformOnAnUnknownReport_Is404NamingTheReport()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var step = api.Profile.ReportProcess.Steps[0];

        var response = await api.As(step.PerformedBy.Value).PostAsync($"/reports/R-404/steps/{step.Id}", null);

        var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.NotFound, "not-found");
        Assert.Contains("report R-404", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public async Task Compilation_RecordAnEntryThenADecision_UnderPerformedSteps_Is200Each_VersionOneUpEach(string region)
    {
        // K 4.3 and EK 5.3: an entry under a performed compilation step; one more action decided under the deciding
        // step after it was performed (an action agreed at a later meeting).
        var (api, compilation) = await CompiledAsync(region);
        compilation = await api.ProcessAsync(compilation);
        var version = compilation.PerformedSteps.Count;
        var recording = api.Profile.CompilationProcess.Steps.First(s => s.MayRecord.Concat(s.Records).Any(k => k != RecordKind.Decision));
        var entry = new RecordEntry(recording.MayRecord.Concat(recording.Records).First(k => k != RecordKind.Decision), "Koosteen lisähuomio.");

        var response = await api.As(recording.PerformedBy.Value).PostAsync($"/compilations/{compilation.Id}/steps/{recording.Id}/records", RegionApi.Json(new { entry }));

        var recorded = await api.CompilationAsync(response);
        Assert.Equal($"\"{version + 1}\"", response.Headers.ETag?.Tag);
        Assert.DoesNotContain("Koosteen lisähuomio.", CompilationJson.Serialize(compilation), StringComparison.Ordinal);
        Assert.Contains("Koosteen lisähuomio.", await RegionSystemTests.Text(await api.As(api.Compiler).GetAsync($"/compilations/{compilation.Id}")), StringComparison.Ordinal);

        var deciding = api.Profile.CompilationProcess.Steps.First(s => s.Records.Contains(RecordKind.Decision) || s.MayRecord.Contains(RecordKind.Decision));
        var decision = new ActionDecision("Seurataan asumiskustannuksia puolivuosittain.", ActionResponsible.OfActor(deciding.PerformedBy.Value), new LocalDate(2026, 6, 30));
        response = await api.As(deciding.PerformedBy.Value).PostAsync($"/compilations/{compilation.Id}/steps/{deciding.Id}/records", RegionApi.Json(new { decision }));

        var decided = await api.CompilationAsync(response);
        Assert.Equal($"\"{version + 2}\"", response.Headers.ETag?.Tag);
        Assert.Equal(recorded.Actions.Count + 1, decided.Actions.Count);
        var action = decided.Actions[^1];
        Assert.Equal((decision.Description, deciding.Id, ActionStatus.Open), (action.Description, action.StepId, action.Status));
    }

    [Fact]
    public async Task Compilation_RecordWithNeitherEntryNorDecision_Is400MissingProperty_AndNothingChanges()
    {
        var (api, compilation) = await CompiledAsync(BuiltInRegions.EtelaKarjalaId.Value);
        var first = api.Profile.CompilationProcess.Steps[0];

        var response = await api.As(first.PerformedBy.Value).PostAsync($"/compilations/{compilation.Id}/steps/{first.Id}/records", RegionApi.Raw("{}"));

        await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, ValidationRules.MissingProperty);
        Assert.Equal(compilation, await api.CompilationAsync(await api.As(api.Compiler).GetAsync($"/compilations/{compilation.Id}")));
    }

    [Fact]
    public async Task Compilation_ActionStatusByTheDecider_Is200Done_ThenClosingAgainIsAProblem_AndAnUnknownCompilationIs404()
    {
        var (api, compilation) = await CompiledAsync(BuiltInRegions.EtelaKarjalaId.Value);
        compilation = await api.ProcessAsync(compilation);
        var action = Assert.Single(compilation.Actions);
        var decider = action.DecidedBy.Actor.Value;
        var version = compilation.PerformedSteps.Count;

        var response = await api.As(decider).PostAsync($"/compilations/{compilation.Id}/actions/{action.Number}/status", RegionApi.Raw("""{ "status": "cancelled" }"""));

        var changed = await api.CompilationAsync(response);
        Assert.Equal($"\"{version + 1}\"", response.Headers.ETag?.Tag);
        Assert.Equal(ActionStatus.Cancelled, changed.Actions[0].Status);

        var again = await api.As(decider).PostAsync($"/compilations/{compilation.Id}/actions/{action.Number}/status", RegionApi.Raw("""{ "status": "done" }"""));
        await RegionSystemTests.AssertProblem(again, HttpStatusCode.Conflict, LifecycleRules.ActionClosed);
        var missing = await api.As(decider).PostAsync($"/compilations/etela-karjala-1999-01-01/actions/1/status", RegionApi.Raw("""{ "status": "done" }"""));
        await RegionSystemTests.AssertProblem(missing, HttpStatusCode.NotFound, "not-found");
    }

    // A report processed and its period compiled (the first compilation step performed, version 1).
    private async Task<(RegionApi Api, Compilation Compilation)> CompiledAsync(string region)
    {
        var (factory, api) = Start(region);
        await api.ProcessAsync(await api.SubmitAsync((await api.CreateAsync()).Id));
        var period = api.Profile.ReportingPeriods.PeriodFor(ReportDay);
        factory.Clock.Set(FinnishTime.StartOf(period.End.PlusDays(10)) + Duration.FromHours(9));
        return (api, await api.CompileAsync(period));
    }
}
