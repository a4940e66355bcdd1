using System.Security.Claims;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Csv;
using RakenteellinenSosiaalityo.Core.Regions;
using RegionSystem.Storage;

namespace RegionSystem.Api;

/// <summary>
/// Semiannual compilations: compile a period (the first step of the compilation process), perform a step, record an
/// entry or decide an action, change an action's status, and read it as the library's JSON document, Markdown or CSV.
/// </summary>
internal static class CompilationEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var compilations = api.MapGroup("/compilations").WithTags("Compilations");
        compilations.MapPost("/", Compile).Accepts<CompileRequest>("application/json")
            .WithSummary("Compiles the reporting period holding 'period' from the stored reports, cut off now, and performs the first compilation step.");
        compilations.MapGet("/", List).WithSummary("Lists the region's compilations (id, period, status, version, pending steps).");
        compilations.MapGet("/{id}", Get).WithSummary("The compilation as the library's JSON document (content, included reports' histories, its own history).");
        compilations.MapGet("/{id}/markdown", Markdown).WithSummary("The compilation as Markdown for the intranet (language fi, sv or en).");
        compilations.MapGet("/{id}/csv", Csv).WithSummary("One row per included report as CSV (language; delimiter comma or semicolon).");
        compilations.MapPost("/{id}/steps/{step}", Perform).Accepts<StepRequest>("application/json").WithSummary("Performs a compilation step, with entries and decided actions.");
        compilations.MapPost("/{id}/steps/{step}/records", Record).Accepts<RecordRequest>("application/json").WithSummary("Records an entry or decides an action under a step.");
        compilations.MapPost("/{id}/actions/{number:int}/status", ChangeActionStatus).Accepts<ActionStatusRequest>("application/json")
            .WithSummary("Closes a decided action as done or cancelled.");
    }

    private static async Task<IResult> Compile(HttpContext http, ClaimsPrincipal user, RegionProfile profile, ReportStore reports, CompilationStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var body = await RequestBody.ReadAsync<CompileRequest>(http.Request);
        var period = profile.ReportingPeriods.PeriodFor(body.Period);
        var now = clock.GetCurrentInstant();
        if (!Compiler.TryCompile(profile, period, now, reports.SubmittedUpTo(period), store.ContentsBefore(period), out var content, out var error))
        {
            throw error!;
        }

        var compilation = Compilation.Create(profile, content!, by, now, body.Entries ?? [], body.Decisions ?? []);
        store.Add(compilation);
        http.Response.Headers.Location = $"/compilations/{compilation.Id}";
        return Responses.Document(http, CompilationJson.Serialize(compilation), 1, StatusCodes.Status201Created);
    }

    private static IResult List(ClaimsPrincipal user, RegionProfile profile, CompilationStore store)
    {
        Caller.Of(user, profile);
        return Results.Ok(store.All().Select(row => new
        {
            id = row.Compilation.Id.Value,
            periodStart = row.Compilation.Content.Period.Start,
            periodEnd = row.Compilation.Content.Period.End,
            status = row.Compilation.Status,
            version = row.Version,
            performedSteps = row.Compilation.PerformedSteps,
            pendingSteps = row.Compilation.PendingSteps(profile).Select(step => step.Id).ToList(),
        }).ToList());
    }

    private static IResult Get(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, CompilationStore store)
    {
        Caller.Of(user, profile);
        var (compilation, version) = store.Get(id);
        return Responses.Document(http, CompilationJson.Serialize(compilation), version);
    }

    private static IResult Markdown(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, CompilationStore store)
    {
        Caller.Of(user, profile);
        var language = Responses.Language(http.Request);
        var (compilation, version) = store.Get(id);
        http.Response.Headers.ETag = Responses.Tag(version);
        return Results.Text(CompilationExport.ToMarkdown(compilation.Content, profile, language), "text/markdown; charset=utf-8", System.Text.Encoding.UTF8);
    }

    private static IResult Csv(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, CompilationStore store)
    {
        Caller.Of(user, profile);
        var language = Responses.Language(http.Request);
        var delimiter = http.Request.Query["delimiter"].ToString() switch
        {
            "" or "comma" => ',',
            "semicolon" => ';',
            _ => throw ApiProblemException.Invalid([new("query.delimiter", RakenteellinenSosiaalityo.Core.Validation.ValidationRules.InvalidValue, "'delimiter' must be comma or semicolon.")]),
        };
        var (compilation, version) = store.Get(id);
        http.Response.Headers.ETag = Responses.Tag(version);
        return Results.Text(CompilationCsv.ToCsv(compilation.Content, profile, language, delimiter), "text/csv; charset=utf-8", System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> Perform(HttpContext http, string id, string step, ClaimsPrincipal user, RegionProfile profile, CompilationStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var body = await RequestBody.ReadOptionalAsync<StepRequest>(http.Request) ?? new StepRequest();
        return Change(http, id, store, c => c.Perform(profile, StepRoute.Parse(step), by, clock.GetCurrentInstant(), body.Entries ?? [], body.Decisions ?? []));
    }

    private static async Task<IResult> Record(HttpContext http, string id, string step, ClaimsPrincipal user, RegionProfile profile, CompilationStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var body = await RequestBody.ReadAsync<RecordRequest>(http.Request);
        return body.Apply(
            entry => Change(http, id, store, c => c.Record(profile, StepRoute.Parse(step), by, clock.GetCurrentInstant(), entry)),
            decision => Change(http, id, store, c => c.Record(profile, StepRoute.Parse(step), by, clock.GetCurrentInstant(), decision)));
    }

    private static async Task<IResult> ChangeActionStatus(HttpContext http, string id, int number, ClaimsPrincipal user, RegionProfile profile, CompilationStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var body = await RequestBody.ReadAsync<ActionStatusRequest>(http.Request);
        return Change(http, id, store, c => c.ChangeActionStatus(profile, number, body.Status, by, clock.GetCurrentInstant(), body.Note));
    }

    private static IResult Change(HttpContext http, string id, CompilationStore store, Func<Compilation, Compilation> operation)
    {
        var (compilation, version) = store.Get(id);
        Responses.CheckIfMatch(http.Request, id, version);
        var changed = operation(compilation);
        var newVersion = store.Replace(changed, version);
        return Responses.Document(http, CompilationJson.Serialize(changed), newVersion);
    }
}
