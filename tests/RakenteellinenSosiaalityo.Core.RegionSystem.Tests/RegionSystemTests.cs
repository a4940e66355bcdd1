using System.Net;
using System.Text.Json;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>The sample in process against a temporary SQLite file: flows, status mapping, restart, concurrency.</summary>
public sealed class RegionSystemTests : TemporaryRegionSystem
{
    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public async Task WholeFlow_ReportProcessedCompiledDecidedAndExported_EachStepByTheActorTheProfileNames(string region)
    {
        // K 4.3 and EK 5.3: the report process, then the compilation process with its decision, as each profile says.
        var (factory, api) = Start(region);
        var report = await api.CreateAsync();
        Assert.Equal(LifecycleStatus.Draft, report.Status);
        report = await api.SubmitAsync(report.Id);
        report = await api.ProcessAsync(report);
        Assert.True(report.IsReadyForCompilation);
        Assert.Empty(report.PendingSteps(api.Profile));

        var period = api.Profile.ReportingPeriods.PeriodFor(ReportDay);
        var listed = await Json(await api.As(api.Professional).GetAsync($"/reports?period={period.Start:uuuu-MM-dd}&status={CamelCase.Of(report.Status)}"));
        Assert.Equal([report.Id.Value], listed.EnumerateArray().Select(e => e.GetProperty("id").GetString()!));

        factory.Clock.Set(FinnishTime.StartOf(period.End.PlusDays(10)) + Duration.FromHours(9));
        var compilation = await api.CompileAsync(period);
        Assert.Equal(ReportPlacement.Included, compilation.StageOf(report.Id).Placement);
        compilation = await api.ProcessAsync(compilation);
        Assert.Equal(LifecycleStatus.Completed, compilation.Status);
        var action = Assert.Single(compilation.Actions);

        var decider = compilation.Actions[0].DecidedBy.Actor.Value;
        compilation = await api.CompilationAsync(await api.As(decider).PostAsync(
            $"/compilations/{compilation.Id}/actions/{action.Number}/status", RegionApi.Raw("""{ "status": "done", "note": "Selvitys valmis." }""")));
        Assert.Equal(ActionStatus.Done, compilation.Actions[0].Status);

        var markdown = await Text(await api.As(api.Compiler).GetAsync($"/compilations/{compilation.Id}/markdown"));
        Assert.Contains(RegionApi.Content(api.Profile).Title, markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("Sanna S.", markdown, StringComparison.Ordinal);
        var csv = await Text(await api.As(api.Compiler).GetAsync($"/compilations/{compilation.Id}/csv?delimiter=semicolon&language=en"));
        Assert.Contains(report.Id.Value, csv, StringComparison.Ordinal);
        Assert.Equal(compilation, CompilationJson.Deserialize(await Text(await api.As(api.Compiler).GetAsync($"/compilations/{compilation.Id}")), api.Profile));
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public async Task Year_ClockActivityRecordsAndEvaluation_AreServedFromTheProfileAndTheRecords(string region)
    {
        var (_, api) = Start(region);
        var body = api.Profile.CompilationProcess.Steps[^1].PerformedBy;
        var records = ActivityRecordJson.Serialize([new MeetingHeld(new LocalDate(2025, 2, 10), body)]);

        var added = await api.As(api.Professional).PostAsync("/activity-records", RegionApi.Raw(records));
        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        var stored = ActivityRecordJson.Deserialize(await Text(await api.As(api.Professional).GetAsync("/activity-records?year=2025")));
        Assert.Equal(ActivityRecordJson.Deserialize(records), stored);

        var ics = await Text(await api.As(api.Professional).GetAsync("/clock/2025.ics?language=sv"));
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        var progress = await Json(await api.As(api.Professional).GetAsync("/clock/2025/progress?asOf=2025-12-31"));
        var total = progress.GetProperty("done").GetArrayLength() + progress.GetProperty("overdue").GetArrayLength() + progress.GetProperty("upcoming").GetArrayLength();
        Assert.Equal(RakenteellinenSosiaalityo.Core.Clock.AnnualClock.For(api.Profile, 2025).Activities.Count, total);

        var evaluation = EvaluationReportJson.Deserialize(await Text(await api.As(api.Professional).GetAsync("/evaluation/2025")));
        Assert.Equal(api.Profile.Metrics.Count, evaluation.Results.Count);
        Assert.Contains("| Goal | Measure |", await Text(await api.As(api.Professional).GetAsync("/evaluation/2025?format=markdown&language=en")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoToken_Is401ProblemWithCode()
    {
        var (factory, _) = Start(BuiltInRegions.EtelaKarjalaId.Value);

        var response = await factory.As(null).GetAsync("/reports");

        await AssertProblem(response, HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [Fact]
    public async Task TokenSignedWithAnotherKey_Is401()
    {
        var (factory, _) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var client = factory.CreateClient();
        var otherKey = Convert.ToBase64String(Enumerable.Repeat((byte)1, 32).ToArray());
        client.DefaultRequestHeaders.Authorization = new("Bearer", TestTokens.For("professionals", signingKey: otherKey));

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/reports")).StatusCode);
    }

    [Fact]
    public async Task TokenForAnActorTheRegionDoesNotHave_Is403NoActor()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);

        await AssertProblem(await api.As("nobody-here").GetAsync("/reports"), HttpStatusCode.Forbidden, "no-actor");
    }

    [Fact]
    public async Task StepByAnotherActor_Is403WrongActor_AndNothingChanges()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await api.SubmitAsync((await api.CreateAsync()).Id);
        var step = report.PendingSteps(api.Profile)[0];
        var intruder = api.Profile.Actors.First(a => a.Id != step.PerformedBy).Id.Value;

        var response = await api.As(intruder).PostAsync($"/reports/{report.Id}/steps/{step.Id}", RegionApi.Json(new { entries = RegionApi.EntriesFor(step) }));

        var problem = await AssertProblem(response, HttpStatusCode.Forbidden, LifecycleRules.WrongActor);
        Assert.Contains(step.Id.Value, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(report, await api.ReportAsync(await api.As(api.Professional).GetAsync($"/reports/{report.Id}")));
    }

    [Fact]
    public async Task UnknownReportCompilationOrStep_Is404()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await api.SubmitAsync((await api.CreateAsync()).Id);

        await AssertProblem(await api.As(api.Professional).GetAsync("/reports/R-404"), HttpStatusCode.NotFound, "not-found");
        await AssertProblem(await api.As(api.Professional).GetAsync("/reports/not a valid id"), HttpStatusCode.NotFound, "not-found");
        await AssertProblem(await api.As(api.Compiler).GetAsync("/compilations/etela-karjala-1999-01-01/markdown"), HttpStatusCode.NotFound, "not-found");
        await AssertProblem(await api.As(api.Professional).PostAsync($"/reports/{report.Id}/steps/no-such-step", null), HttpStatusCode.NotFound, LifecycleRules.UnknownStep);
        await AssertProblem(await api.As(api.Professional).PostAsync($"/reports/{report.Id}/steps/Supervisor_Review", null), HttpStatusCode.NotFound, "not-found");
    }

    [Fact]
    public async Task SameStepTwice_Is409StepAlreadyPerformed()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await api.SubmitAsync((await api.CreateAsync()).Id);
        var step = report.PendingSteps(api.Profile)[0];
        await api.ProcessAsync(report);

        var again = await api.As(step.PerformedBy.Value).PostAsync($"/reports/{report.Id}/steps/{step.Id}", RegionApi.Json(new { entries = RegionApi.EntriesFor(step) }));

        await AssertProblem(again, HttpStatusCode.Conflict, LifecycleRules.StepAlreadyPerformed);
    }

    [Fact]
    public async Task CompilationStepBeforeTheStepItFollows_Is409StepOutOfOrder()
    {
        var (factory, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await api.ProcessAsync(await api.SubmitAsync((await api.CreateAsync()).Id));
        var period = api.Profile.ReportingPeriods.PeriodFor(ReportDay);
        factory.Clock.Set(FinnishTime.StartOf(period.End.PlusDays(10)));
        var compilation = await api.CompileAsync(period);
        var process = api.Profile.CompilationProcess;
        var later = process.Steps.First(s => process.Predecessor(s) is { } before && before != process.Steps[0]);

        var response = await api.As(later.PerformedBy.Value).PostAsync($"/compilations/{compilation.Id}/steps/{later.Id}", RegionApi.Json(new { entries = RegionApi.EntriesFor(later) }));

        await AssertProblem(response, HttpStatusCode.Conflict, LifecycleRules.StepOutOfOrder);
        var stored = await api.CompilationAsync(await api.As(api.Compiler).GetAsync($"/compilations/{compilation.Id}"));
        Assert.Equal([process.Steps[0].Id], stored.PerformedSteps);
        Assert.Equal([report.Id], stored.Content.Included.Select(r => r.Id));
    }

    [Fact]
    public async Task CompilingAPeriodTwice_Is409DuplicateCompilation_AndBeforeItEnds_Is409()
    {
        var (factory, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        await api.ProcessAsync(await api.SubmitAsync((await api.CreateAsync()).Id));
        var period = api.Profile.ReportingPeriods.PeriodFor(ReportDay);

        var early = await api.As(api.Compiler).PostAsync("/compilations", RegionApi.Json(new { period = period.Start }));
        await AssertProblem(early, HttpStatusCode.Conflict, CompilationException.CutoffBeforePeriodEndCode);

        factory.Clock.Set(FinnishTime.StartOf(period.End.PlusDays(10)));
        await api.CompileAsync(period);
        var twice = await api.As(api.Compiler).PostAsync("/compilations", RegionApi.Json(new { period = period.End }));
        await AssertProblem(twice, HttpStatusCode.Conflict, CompilationException.DuplicateCompilationCode);
    }

    [Fact]
    public async Task ChangeWithAStaleVersion_Is409ConcurrentChange()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var created = await api.As(api.Professional).PostAsync("/reports", RegionApi.Json(RegionApi.Content(api.Profile)));
        var id = (await api.ReportAsync(created, HttpStatusCode.Created)).Id;
        Assert.Equal("\"1\"", created.Headers.ETag?.Tag);
        await api.SubmitAsync(id);

        var stale = new HttpRequestMessage(HttpMethod.Post, $"/reports/{id}/withdraw") { Content = RegionApi.Raw("{}") };
        stale.Headers.IfMatch.Add(new("\"1\""));
        await AssertProblem(await api.As(api.Professional).SendAsync(stale), HttpStatusCode.Conflict, "concurrent-change");

        var current = new HttpRequestMessage(HttpMethod.Post, $"/reports/{id}/withdraw") { Content = RegionApi.Raw("{}") };
        current.Headers.IfMatch.Add(new("\"2\""));
        Assert.Equal(LifecycleStatus.Withdrawn, (await api.ReportAsync(await api.As(api.Professional).SendAsync(current))).Status);
    }

    [Fact]
    public async Task TwoConcurrentPerformsOfOneStep_ExactlyOneSucceeds_TheOtherIs409()
    {
        var (_, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        for (var round = 0; round < 5; round++)
        {
            var report = await api.SubmitAsync((await api.CreateAsync()).Id);
            var step = report.PendingSteps(api.Profile)[0];
            var clients = new[] { api.As(step.PerformedBy.Value), api.As(step.PerformedBy.Value) };

            var responses = await Task.WhenAll(clients.Select(c =>
                c.PostAsync($"/reports/{report.Id}/steps/{step.Id}", RegionApi.Json(new { entries = RegionApi.EntriesFor(step) }))));

            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Conflict], responses.Select(r => r.StatusCode).Order());
            var loser = responses.Single(r => r.StatusCode == HttpStatusCode.Conflict);
            var code = JsonDocument.Parse(await loser.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();
            Assert.Contains(code, new[] { "concurrent-change", LifecycleRules.StepAlreadyPerformed });
            var stored = await api.ReportAsync(await api.As(api.Professional).GetAsync($"/reports/{report.Id}"));
            Assert.Single(stored.History, e => e.StepId == step.Id);
        }
    }

    [Fact]
    public async Task APerform_OvertakenAfterItReadTheClock_IsAConflict_NotAnOperationDatedBeforeTheStateItChanges()
    {
        // The race TwoConcurrentPerformsOfOneStep meets now and then, made certain: the first request reads the clock,
        // the second performs the same step and is stored, then the first goes on. Were its instant taken before it
        // read the report, it would be dated before the entry it finds and be refused as time-out-of-order.
        var (factory, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var report = await api.SubmitAsync((await api.CreateAsync()).Id);
        var step = report.PendingSteps(api.Profile)[0];
        var path = $"/reports/{report.Id}/steps/{step.Id}";
        var (held, release) = factory.Clock.HoldNextReading();

        var first = Task.Run(() => api.As(step.PerformedBy.Value).PostAsync(path, RegionApi.Json(new { entries = RegionApi.EntriesFor(step) })));
        await held.WaitAsync(TimeSpan.FromSeconds(60));
        var second = await api.As(step.PerformedBy.Value).PostAsync(path, RegionApi.Json(new { entries = RegionApi.EntriesFor(step) }));
        release();
        var overtaken = await first;

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, overtaken.StatusCode);
        var code = JsonDocument.Parse(await overtaken.Content.ReadAsStringAsync()).RootElement.GetProperty("code").GetString();
        Assert.Contains(code, new[] { "concurrent-change", LifecycleRules.StepAlreadyPerformed });
        var stored = await api.ReportAsync(await api.As(api.Professional).GetAsync($"/reports/{report.Id}"));
        Assert.Single(stored.History, e => e.StepId == step.Id);
    }

    [Fact]
    public async Task Restart_NewFactoryOnTheSameFile_LosesNothing()
    {
        var (factory, api) = Start(BuiltInRegions.EtelaKarjalaId.Value);
        var done = await api.ProcessAsync(await api.SubmitAsync((await api.CreateAsync()).Id));
        var draft = await api.CreateAsync();
        var withdrawn = await api.ReportAsync(await api.As(api.Professional).PostAsync($"/reports/{(await api.SubmitAsync((await api.CreateAsync()).Id)).Id}/withdraw", RegionApi.Raw("""{ "reason": "Tuplailmoitus." }""")));
        var period = api.Profile.ReportingPeriods.PeriodFor(ReportDay);
        factory.Clock.Set(FinnishTime.StartOf(period.End.PlusDays(10)));
        var compilation = await api.ProcessAsync(await api.CompileAsync(period));
        var documents = new Dictionary<string, string>();
        foreach (var path in new[] { $"/reports/{done.Id}", $"/reports/{draft.Id}", $"/reports/{withdrawn.Id}", $"/compilations/{compilation.Id}" })
        {
            documents[path] = await Text(await api.As(api.Compiler).GetAsync(path));
        }

        factory.Dispose();
        Factories.Remove(factory);
        var (_, again) = Start(BuiltInRegions.EtelaKarjalaId.Value);

        foreach (var (path, document) in documents)
        {
            Assert.Equal(document, await Text(await again.As(again.Compiler).GetAsync(path)));
        }

        Assert.Equal(3, (await Json(await again.As(again.Professional).GetAsync("/reports"))).GetArrayLength());
    }

    [Fact]
    public async Task Health_And_OpenApi_AreServedWithoutAToken()
    {
        var (factory, _) = Start(BuiltInRegions.KymenlaaksoId.Value);
        var client = factory.As(null);

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
        var openApi = await Text(await client.GetAsync("/openapi/v1.json"));
        Assert.Contains("/reports/{id}/steps/{step}", openApi, StringComparison.Ordinal);
        Assert.Contains("/compilations/{id}/markdown", openApi, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidRegion_TheAppRefusesToStart_NamingTheProblem()
    {
        var factory = new RegionSystemFactory("nowhere", Path.Combine(DatabaseDirectory, "x.db"), Instant.FromUtc(2025, 3, 3, 8, 0));
        Factories.Add(factory);

        // The host does not start; the sample logs each problem (here one) with its path and rule, then ends.
        Assert.ThrowsAny<InvalidOperationException>(() => factory.CreateClient());

        var line = Assert.Single(factory.Logs.Lines, l => l.StartsWith("Critical RegionSystem:", StringComparison.Ordinal));
        Assert.Contains("Region: Unknown region 'nowhere'", line, StringComparison.Ordinal);
        Assert.Contains("[invalid-value]", line, StringComparison.Ordinal);
    }

    internal static async Task<JsonElement> AssertProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(body).RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.Equal(code, problem.GetProperty("code").GetString());
        return problem;
    }

    internal static async Task<string> Text(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{(int)response.StatusCode}: {body}");
        return body;
    }

    internal static async Task<JsonElement> Json(HttpResponseMessage response) => JsonDocument.Parse(await Text(response)).RootElement.Clone();
}
