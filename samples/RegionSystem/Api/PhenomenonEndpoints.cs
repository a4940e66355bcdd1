using System.Security.Claims;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RegionSystem.Storage;
using Shared = RegionSystem.Api.AggregateEndpoints<RakenteellinenSosiaalityo.Core.Phenomena.PhenomenonReportId, RakenteellinenSosiaalityo.Core.Phenomena.PhenomenonReport>;

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
        Shared.MapList(reports, View).WithSummary("Lists the region's phenomenon reports (id, year, title, status, version, pending steps).");
        Shared.MapGet(reports).WithSummary("The phenomenon report as the library's JSON document with its full history; ETag is the version.");
        reports.MapGet("/{id}/markdown", Markdown).WithSummary("The phenomenon report as Markdown (language fi, sv or en).");
        reports.MapPost("/{id}/workshops", RecordWorkshop).Accepts<WorkshopSession>("application/json")
            .WithSummary("Records a workshop session under its workshop's step, by that step's actor.");
        reports.MapGet("/{id}/draft", Draft).WithSummary("A draft text composed from the sessions and the stored compilations' figures (not stored).");
        reports.MapPut("/{id}/text", Write).Accepts<PhenomenonReportText>("application/json")
            .WithSummary("Writes (or edits) the text, computing the prevalence from the stored compilations.");
        Shared.MapPerform(reports, new PhenomenonStepRequest(), (body, call) => r => r.Perform(call.Profile, call.Step, call.By, call.At, body.Entries ?? [], body.Decisions, body.Recipients))
            .WithSummary("Performs a step, with entries, decided actions and recipients.");
        Shared.MapRecordOrDecide(
            reports,
            (r, call, entry) => r.Record(call.Profile, call.Step, call.By, call.At, entry),
            (r, call, decision) => r.Record(call.Profile, call.Step, call.By, call.At, decision))
            .WithSummary("Records an entry or decides an action under a step.");
        Shared.MapChangeActionStatus(reports, (r, body, call) => r.ChangeActionStatus(call.Profile, call.Number, body.Status, call.By, call.At, body.Note))
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

    private static object View(Stored<PhenomenonReport> row, RegionProfile profile) => new
    {
        id = row.Aggregate.Id.Value,
        year = row.Aggregate.Selection.Year,
        title = row.Aggregate.Selection.Title,
        status = row.Aggregate.Status,
        version = row.Version,
        performedSteps = row.Aggregate.PerformedSteps,
        pendingSteps = row.Aggregate.PendingSteps(profile).Select(step => step.Id).ToList(),
    };

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
        return Shared.Change(http, id, store, r => r.RecordWorkshop(profile, session, by, clock.GetCurrentInstant()));
    }

    private static IResult Draft(string id, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, CompilationStore compilations)
    {
        Caller.Of(user, profile);
        var report = store.Get(id).Aggregate;
        return Results.Ok(report.ComposeDraft(profile, CompilationsUpTo(compilations, report.Selection.Year)));
    }

    private static async Task<IResult> Write(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, PhenomenonReportStore store, CompilationStore compilations, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var text = await RequestBody.ReadAsync<PhenomenonReportText>(http.Request);
        return Shared.Change(http, id, store, r => r.Write(profile, text, CompilationsUpTo(compilations, r.Selection.Year), by, clock.GetCurrentInstant()));
    }

    // The compilations a year's phenomenon report draws on: those of periods ending in or before that year.
    private static List<Compilation> CompilationsUpTo(CompilationStore store, int year) =>
        store.All().Select(row => row.Aggregate).Where(c => c.Content.Period.End.Year <= year).ToList();

    private static int Year(HttpRequest request) =>
        int.TryParse(request.Query["year"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 9999
            ? year
            : throw ApiProblemException.Invalid([new("query.year", RakenteellinenSosiaalityo.Core.Validation.ValidationRules.InvalidValue, "'year' must be a year like 2025.")]);
}
