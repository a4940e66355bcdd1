using System.Security.Claims;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Csv;
using RakenteellinenSosiaalityo.Core.Regions;
using RegionSystem.Storage;
using Shared = RegionSystem.Api.AggregateEndpoints<RakenteellinenSosiaalityo.Core.Compilations.CompilationId, RakenteellinenSosiaalityo.Core.Compilations.Compilation>;

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
        Shared.MapList(compilations, View).WithSummary("Lists the region's compilations (id, period, status, version, pending steps).");
        Shared.MapGet(compilations).WithSummary("The compilation as the library's JSON document (content, included reports' histories, its own history).");
        compilations.MapGet("/{id}/markdown", Markdown).WithSummary("The compilation as Markdown for the intranet (language fi, sv or en).");
        compilations.MapGet("/{id}/csv", Csv).WithSummary("One row per included report as CSV (language; delimiter comma or semicolon).");
        Shared.MapPerform(compilations, new StepRequest(), (body, call) => c => c.Perform(call.Profile, call.Step, call.By, call.At, body.Entries ?? [], body.Decisions ?? []))
            .WithSummary("Performs a compilation step, with entries and decided actions.");
        Shared.MapRecordOrDecide(
            compilations,
            (c, call, entry) => c.Record(call.Profile, call.Step, call.By, call.At, entry),
            (c, call, decision) => c.Record(call.Profile, call.Step, call.By, call.At, decision))
            .WithSummary("Records an entry or decides an action under a step.");
        Shared.MapChangeActionStatus(compilations, (c, body, call) => c.ChangeActionStatus(call.Profile, call.Number, body.Status, call.By, call.At, body.Note))
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

    private static object View(Stored<Compilation> row, RegionProfile profile) => new
    {
        id = row.Aggregate.Id.Value,
        periodStart = row.Aggregate.Content.Period.Start,
        periodEnd = row.Aggregate.Content.Period.End,
        status = row.Aggregate.Status,
        version = row.Version,
        performedSteps = row.Aggregate.PerformedSteps,
        pendingSteps = row.Aggregate.PendingSteps(profile).Select(step => step.Id).ToList(),
    };

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
}
