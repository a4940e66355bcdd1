using System.Security.Claims;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RegionSystem.Storage;

namespace RegionSystem.Api;

/// <summary>
/// Phenomenon-based reports: candidates for a year from the stored compilations, choose the phenomenon, record a
/// workshop session, compose a draft and write the text, perform a step (with decisions and recipients), record,
/// change an action's status, and read it as the library's JSON document or Markdown. Built like the report
/// endpoints: read (rebuilt from the history), let the library apply the operation, write back at the version read.
/// </summary>
internal static class PhenomenonEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/phenomenon-reports").WithTags("Phenomenon reports");
        reports.MapGet("/candidates", Candidates).WithSummary("The themes of the latest compilation ending in or before 'year', ranked, with reasons in fi/sv/en.");
        reports.MapPost("/", Choose).Accepts<PhenomenonSelection>("application/json")
            .WithSummary("Chooses the year's phenomenon (the phenomenon process's first step); the id is the region and the year.");
        reports.MapGet("/", List).WithSummary("Lists the region's phenomenon reports (id, year, title, status, version, pending steps).");
        reports.MapGet("/{id}", Get).WithSummary("The phenomenon report as the library's JSON document with its full history; ETag is the version.");
        reports.MapGet("/{id}/markdown", Markdown).WithSummary("The phenomenon report as Markdown (language fi, sv or en).");
        reports.MapPost("/{id}/workshops", RecordWorkshop).Accepts<WorkshopSession>("application/json")
            .WithSummary("Records a workshop session under its workshop's step, by that step's actor.");
        reports.MapGet("/{id}/draft", Draft).WithSummary("A draft text composed from the sessions and the stored compilations' figures (not stored).");
        reports.MapPut("/{id}/text", Write).Accepts<PhenomenonReportText>("application/json")
            .WithSummary("Writes (or edits) the text, computing the prevalence from the stored compilations.");
        reports.MapPost("/{id}/steps/{step}", Perform).Accepts<PhenomenonStepRequest>("application/json")
            .WithSummary("Performs a step, with entries, decided actions and recipients.");
        reports.MapPost("/{id}/steps/{step}/records", Record).Accepts<RecordRequest>("application/json").WithSummary("Records an entry or decides an action under a step.");
        reports.MapPost("/{id}/actions/{number:int}/status", ChangeActionStatus).Accepts<ActionStatusRequest>("application/json")
            .WithSummary("Closes a decided action as done or cancelled.");
    }

    private static IResult Candidates(HttpRequest request, ClaimsPrincipal user, RegionProfile profile, CompilationStore compilations)
    {
        Caller.Of(user, profile);
        var year = Year(request);
        return Results.Ok(PhenomenonCandidates.Rank(profile, CompilationsUpTo(compilations, year)));
    }

    private static async Task<IResult> Choose(HttpContext http, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var selection = await RequestBody.ReadAsync<PhenomenonSelection>(http.Request);
        var report = PhenomenonReport.Choose(profile, PhenomenonReportId.For(profile.Id, selection.Year), selection, by, clock.GetCurrentInstant());
        store.Add(report);
        http.Response.Headers.Location = $"/phenomenon-reports/{report.Id}";
        return Responses.Document(http, PhenomenonReportJson.Serialize(report), 1, StatusCodes.Status201Created);
    }

    private static IResult List(ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store)
    {
        Caller.Of(user, profile);
        return Results.Ok(store.All().Select(row => new
        {
            id = row.Report.Id.Value,
            year = row.Report.Selection.Year,
            title = row.Report.Selection.Title,
            status = row.Report.Status,
            version = row.Version,
            performedSteps = row.Report.PerformedSteps,
            pendingSteps = row.Report.PendingSteps(profile).Select(step => step.Id).ToList(),
        }).ToList());
    }

    private static IResult Get(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store)
    {
        Caller.Of(user, profile);
        var (report, version) = store.Get(id);
        return Responses.Document(http, PhenomenonReportJson.Serialize(report), version);
    }

    private static IResult Markdown(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store)
    {
        Caller.Of(user, profile);
        var language = Responses.Language(http.Request);
        var (report, version) = store.Get(id);
        http.Response.Headers.ETag = Responses.Tag(version);
        return Results.Text(PhenomenonReportExport.ToMarkdown(report, profile, language), "text/markdown; charset=utf-8", System.Text.Encoding.UTF8);
    }

    private static async Task<IResult> RecordWorkshop(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var session = await RequestBody.ReadAsync<WorkshopSession>(http.Request);
        return Change(http, id, store, r => r.RecordWorkshop(profile, session, by, clock.GetCurrentInstant()));
    }

    private static IResult Draft(string id, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, CompilationStore compilations)
    {
        Caller.Of(user, profile);
        var (report, _) = store.Get(id);
        return Results.Ok(report.ComposeDraft(profile, CompilationsUpTo(compilations, report.Selection.Year)));
    }

    private static async Task<IResult> Write(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, CompilationStore compilations, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var text = await RequestBody.ReadAsync<PhenomenonReportText>(http.Request);
        return Change(http, id, store, r => r.Write(profile, text, CompilationsUpTo(compilations, r.Selection.Year), by, clock.GetCurrentInstant()));
    }

    private static async Task<IResult> Perform(HttpContext http, string id, string step, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var body = await RequestBody.ReadOptionalAsync<PhenomenonStepRequest>(http.Request) ?? new PhenomenonStepRequest();
        return Change(http, id, store, r => r.Perform(profile, StepRoute.Parse(step), by, clock.GetCurrentInstant(), body.Entries ?? [], body.Decisions, body.Recipients));
    }

    private static async Task<IResult> Record(HttpContext http, string id, string step, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var body = await RequestBody.ReadAsync<RecordRequest>(http.Request);
        return body.Apply(
            entry => Change(http, id, store, r => r.Record(profile, StepRoute.Parse(step), by, clock.GetCurrentInstant(), entry)),
            decision => Change(http, id, store, r => r.Record(profile, StepRoute.Parse(step), by, clock.GetCurrentInstant(), decision)));
    }

    private static async Task<IResult> ChangeActionStatus(HttpContext http, string id, int number, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var body = await RequestBody.ReadAsync<ActionStatusRequest>(http.Request);
        return Change(http, id, store, r => r.ChangeActionStatus(profile, number, body.Status, by, clock.GetCurrentInstant(), body.Note));
    }

    private static IResult Change(HttpContext http, string id, PhenomenonReportStore store, Func<PhenomenonReport, PhenomenonReport> operation)
    {
        var (report, version) = store.Get(id);
        Responses.CheckIfMatch(http.Request, id, version);
        var changed = operation(report);
        var newVersion = store.Replace(changed, version);
        return Responses.Document(http, PhenomenonReportJson.Serialize(changed), newVersion);
    }

    // The compilations a year's phenomenon report draws on: those of periods ending in or before that year.
    private static List<Compilation> CompilationsUpTo(CompilationStore store, int year) =>
        store.All().Select(row => row.Compilation).Where(c => c.Content.Period.End.Year <= year).ToList();

    private static int Year(HttpRequest request) =>
        int.TryParse(request.Query["year"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9999
            ? year
            : throw ApiProblemException.Invalid([new("query.year", RakenteellinenSosiaalityo.Core.Validation.ValidationRules.InvalidValue, "'year' must be a year like 2025.")]);
}
