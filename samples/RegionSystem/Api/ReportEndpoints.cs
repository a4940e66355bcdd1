using System.Security.Claims;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RegionSystem.Storage;

namespace RegionSystem.Api;

/// <summary>
/// Social reports: create, revise, submit, perform a step, record, return for completion, withdraw, get one, list per
/// period and status. Every change reads the report (rebuilt from its history), asks the library to apply the
/// operation with the caller as performer and the clock's instant, and writes it back only if nobody changed it since.
/// </summary>
internal static class ReportEndpoints
{
    public static void Map(IEndpointRouteBuilder api)
    {
        var reports = api.MapGroup("/reports").WithTags("Social reports");
        reports.MapPost("/", Create).Accepts<ReportContent>("application/json")
            .WithSummary("Creates a draft report; the caller's actor must be the one that performs the process's first step.");
        reports.MapGet("/", List).WithSummary("Lists reports (no content) by reporting period (any day of it) and status.");
        reports.MapGet("/{id}", Get).WithSummary("The report as the library's JSON document with its full history; ETag is the version.");
        reports.MapPut("/{id}/content", Revise).Accepts<ReportContent>("application/json").WithSummary("Revises a draft or returned report.");
        reports.MapPost("/{id}/submit", Submit).WithSummary("Submits the report (the process's first step).");
        reports.MapPost("/{id}/steps/{step}", Perform).Accepts<StepRequest>("application/json").WithSummary("Performs a step of the report process.");
        reports.MapPost("/{id}/steps/{step}/records", Record).Accepts<RecordEntry>("application/json").WithSummary("Records an entry under a step without performing it.");
        reports.MapPost("/{id}/return", Return).Accepts<ReasonRequest>("application/json").WithSummary("Returns the report for completion from a pending step.");
        reports.MapPost("/{id}/withdraw", Withdraw).Accepts<ReasonRequest>("application/json").WithSummary("Withdraws the report (final).");
    }

    private static async Task<IResult> Create(HttpContext http, ClaimsPrincipal user, RegionProfile profile, ReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var content = Guarded(await RequestBody.ReadAsync<ReportContent>(http.Request));
        var report = SocialReport.Create(profile, NewId(), content, by, clock.GetCurrentInstant());
        store.Add(report);
        http.Response.Headers.Location = $"/reports/{report.Id}";
        return Responses.Document(http, SocialReportJson.Serialize(report), 1, StatusCodes.Status201Created);
    }

    private static IResult List(HttpRequest request, ClaimsPrincipal user, RegionProfile profile, ReportStore store)
    {
        Caller.Of(user, profile);
        var date = Responses.Date(request, "period");
        var status = Responses.Enum<LifecycleStatus>(request, "status");
        var period = date is { } d ? profile.ReportingPeriods.PeriodFor(d) : (RakenteellinenSosiaalityo.Core.Periods.ReportingPeriod?)null;
        return Results.Ok(store.List(period, status).Select(row => ReportSummary.Of(row.Report, row.Version, profile)).ToList());
    }

    private static IResult Get(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, ReportStore store)
    {
        Caller.Of(user, profile);
        var (report, version) = store.Get(ParseId(id));
        return Responses.Document(http, SocialReportJson.Serialize(report), version);
    }

    private static async Task<IResult> Revise(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, ReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var content = Guarded(await RequestBody.ReadAsync<ReportContent>(http.Request));
        return Change(http, id, store, report => report.Revise(profile, content, by, clock.GetCurrentInstant()));
    }

    private static IResult Submit(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, ReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        return Change(http, id, store, report => report.Submit(profile, by, clock.GetCurrentInstant()));
    }

    private static async Task<IResult> Perform(HttpContext http, string id, string step, ClaimsPrincipal user, RegionProfile profile, ReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var body = await RequestBody.ReadOptionalAsync<StepRequest>(http.Request) ?? new StepRequest();
        if (body.Decisions is { Count: > 0 })
        {
            throw ApiProblemException.Invalid([new("$.decisions", RakenteellinenSosiaalityo.Core.Validation.ValidationRules.UnknownProperty, "A report step decides no actions; decisions belong to a compilation step.")]);
        }

        return Change(http, id, store, report => report.Perform(profile, StepRoute.Parse(step), by, clock.GetCurrentInstant(), body.Entries ?? []));
    }

    private static async Task<IResult> Record(HttpContext http, string id, string step, ClaimsPrincipal user, RegionProfile profile, ReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var entry = await RequestBody.ReadAsync<RecordEntry>(http.Request);
        return Change(http, id, store, report => report.Record(profile, StepRoute.Parse(step), by, clock.GetCurrentInstant(), entry));
    }

    private static async Task<IResult> Return(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, ReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var reason = (await RequestBody.ReadOptionalAsync<ReasonRequest>(http.Request))?.Reason;
        return Change(http, id, store, report => report.ReturnForCompletion(profile, by, clock.GetCurrentInstant(), reason!));
    }

    private static async Task<IResult> Withdraw(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, ReportStore store, IClock clock)
    {
        var by = Caller.Of(user, profile);
        var reason = (await RequestBody.ReadOptionalAsync<ReasonRequest>(http.Request))?.Reason;
        return Change(http, id, store, report => report.Withdraw(profile, by, clock.GetCurrentInstant(), reason));
    }

    private static IResult Change(HttpContext http, string id, ReportStore store, Func<SocialReport, SocialReport> operation)
    {
        var (report, version) = store.Get(ParseId(id));
        Responses.CheckIfMatch(http.Request, id, version);
        var changed = operation(report);
        var newVersion = store.Replace(changed, version);
        return Responses.Document(http, SocialReportJson.Serialize(changed), newVersion);
    }

    // Refused before anything is stored: the system never holds a report text with personal data, not even a draft.
    private static ReportContent Guarded(ReportContent content)
    {
        var findings = content.FindPersonalData();
        return findings.Count == 0 ? content : throw new PersonalDataException("The report content", findings);
    }

    private static ReportId ParseId(string id) => ReportId.IsValid(id) ? new ReportId(id) : throw ApiProblemException.NotFound($"report {id}");

    // The system gives report ids: R- and 12 random hex digits, unique enough for a region and never guessable from another.
    private static ReportId NewId() => new($"R-{Guid.NewGuid():N}"[..14]);
}
