using System.Security.Claims;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Calendar;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RegionSystem.Storage;

namespace RegionSystem.Api;

/// <summary>
/// The year's view: the annual clock as iCalendar and its progress against the activity records, the activity records
/// themselves, and the evaluation of the plan's metrics.
/// </summary>
internal static class YearEndpoints
{
    private const int MinYear = 1900;
    private const int MaxYear = 2199;

    public static void Map(IEndpointRouteBuilder api)
    {
        api.MapGet("/clock/{year:int}.ics", Calendar).WithTags("Annual clock").WithSummary("The year's annual clock as iCalendar (language fi, sv or en).");
        api.MapGet("/clock/{year:int}/progress", Progress).WithTags("Annual clock")
            .WithSummary("Done, overdue and upcoming activities as of a date (asOf, default today) given the activity records.");
        api.MapPost("/activity-records", AddRecords).Accepts<string>("application/json").WithTags("Activity records")
            .WithSummary("Adds activity records: a document of the library's ActivityRecordJson format; all or none.");
        api.MapGet("/activity-records", Records).WithTags("Activity records").WithSummary("The year's activity records as an ActivityRecordJson document.");
        api.MapGet("/evaluation/{year:int}", Evaluation).WithTags("Evaluation")
            .WithSummary("The year's evaluation of the plan's metrics as the library's JSON document, or Markdown with format=markdown.");
    }

    private static IResult Calendar(HttpRequest request, int year, ClaimsPrincipal user, RegionProfile profile, IClock clock)
    {
        Caller.Of(user, profile);
        var language = Responses.Language(request);
        var ics = AnnualClockCalendar.ToICalendar(AnnualClock.For(profile, CheckYear(year)), clock.GetCurrentInstant(), language);
        return Results.Text(ics, "text/calendar; charset=utf-8", System.Text.Encoding.UTF8);
    }

    // The stored phenomenon reports complete their own clock activities (selection, workshops, approval, feedback);
    // the activity records cover the rest. The store holds this region's reports only, so the region always matches.
    private static IResult Progress(
        HttpRequest request, int year, ClaimsPrincipal user, RegionProfile profile, ActivityRecordStore records, PhenomenonReportStore phenomenonReports, IClock clock)
    {
        Caller.Of(user, profile);
        var asOf = Responses.Date(request, "asOf") ?? FinnishTime.DateOf(clock.GetCurrentInstant());
        var annualClock = AnnualClock.For(profile, CheckYear(year));
        var stored = phenomenonReports.All().Select(r => r.Aggregate).ToList();
        var progress = annualClock.Progress(ActivityRecord.Completions(records.ForYear(year)), stored, asOf);
        return Results.Ok(new
        {
            asOf = progress.AsOf,
            done = progress.Done.Select(View).ToList(),
            overdue = progress.Overdue.Select(View).ToList(),
            upcoming = progress.Upcoming.Select(View).ToList(),
            unmatched = progress.Unmatched.Select(c => new { ruleId = c.RuleId, on = c.On }).ToList(),
        });
    }

    private static async Task<IResult> AddRecords(HttpRequest request, ClaimsPrincipal user, RegionProfile profile, ActivityRecordStore store)
    {
        Caller.Of(user, profile);
        using var reader = new StreamReader(request.Body);
        var json = await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        if (!ActivityRecordJson.TryDeserialize(json, out var records, out var problems))
        {
            throw ApiProblemException.Invalid(problems);
        }

        store.Add(records!);
        return Results.Text(ActivityRecordJson.Serialize(records!), "application/json; charset=utf-8", System.Text.Encoding.UTF8, StatusCodes.Status201Created);
    }

    private static IResult Records(HttpRequest request, ClaimsPrincipal user, RegionProfile profile, ActivityRecordStore store, IClock clock)
    {
        Caller.Of(user, profile);
        var year = request.Query["year"].ToString() is { Length: > 0 } text && int.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var y)
            ? y
            : FinnishTime.DateOf(clock.GetCurrentInstant()).Year;
        return Results.Text(ActivityRecordJson.Serialize(store.ForYear(CheckYear(year))), "application/json; charset=utf-8", System.Text.Encoding.UTF8);
    }

    private static IResult Evaluation(
        HttpRequest request,
        int year,
        ClaimsPrincipal user,
        RegionProfile profile,
        ReportStore reports,
        CompilationStore compilations,
        PhenomenonReportStore phenomenonReports,
        ActivityRecordStore records)
    {
        Caller.Of(user, profile);
        var language = Responses.Language(request);
        var dates = new DateInterval(new LocalDate(CheckYear(year), 1, 1), new LocalDate(year, 12, 31));
        var contents = compilations.All().Select(c => c.Aggregate.Content);
        var stored = phenomenonReports.All().Select(r => r.Aggregate);
        if (!Evaluator.TryEvaluate(profile, dates, reports.Submitted(), contents, stored, records.ForYear(year), [], out var evaluation, out var error))
        {
            throw error!;
        }

        return request.Query["format"].ToString() == "markdown"
            ? Results.Text(evaluation!.ToMarkdown(language), "text/markdown; charset=utf-8", System.Text.Encoding.UTF8)
            : Results.Text(EvaluationReportJson.Serialize(evaluation!), "application/json; charset=utf-8", System.Text.Encoding.UTF8);
    }

    private static object View(ScheduledActivity activity) => new
    {
        ruleId = activity.Rule.Id,
        occurrence = activity.Occurrence,
        label = activity.Rule.Label,
        responsible = activity.Rule.Responsible.Value,
        from = activity.Window.Start,
        to = activity.Window.End,
    };

    private static int CheckYear(int year) => year is >= MinYear and <= MaxYear
        ? year
        : throw ApiProblemException.Invalid([new("year", RakenteellinenSosiaalityo.Core.Validation.ValidationRules.InvalidValue, $"The year must be from {MinYear} to {MaxYear}.")]);
}
