using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;
using RakenteellinenSosiaalityo.Core.Hosting;
using RegionSystem;
using RegionSystem.Api;
using RegionSystem.Storage;

var builder = WebApplication.CreateBuilder(args);

// Only for trying the sample out (see README): a clock that starts at the configured instant and runs on from there,
// so a period can be compiled after it has ended. Registered before AddRegionProfile, whose TryAdd keeps it.
if (builder.Configuration["Clock:Start"] is { Length: > 0 } start)
{
    var parsed = InstantPattern.ExtendedIso.Parse(start);
    if (!parsed.Success)
    {
        Console.Error.WriteLine("Clock:Start must be an instant like 2025-08-15T09:00:00Z.");
        return 2;
    }

    builder.Services.AddSingleton<IClock>(new StartedClock(parsed.Value, SystemClock.Instance));
}

// The region comes from configuration ("Region": kymenlaakso, etela-karjala or a profile file) and is validated at
// start-up with every problem; nothing region-specific is written in this sample.
builder.Services.AddRegionProfile(options =>
{
    options.Region = builder.Configuration["Region"];
    options.BaseDirectory = builder.Environment.ContentRootPath;
});

var databasePath = Path.Combine(builder.Environment.ContentRootPath, builder.Configuration["Database"] ?? "region-system.db");
builder.Services.AddAggregateStores(databasePath);

builder.Services.ConfigureHttpJsonOptions(options => ApiJson.Configure(options.SerializerOptions));
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
{
    // 401 and 403 from the authentication middleware carry a rule code like every other problem.
    if (!context.ProblemDetails.Extensions.ContainsKey("code"))
    {
        context.ProblemDetails.Extensions["code"] = context.ProblemDetails.Status switch
        {
            StatusCodes.Status401Unauthorized => "unauthenticated",
            StatusCodes.Status403Forbidden => "forbidden",
            StatusCodes.Status404NotFound => ApiProblemException.NotFoundCode,
            _ => "error",
        };
    }
});

// JWT bearer tokens; in development from `dotnet user-jwts` (its settings land in appsettings.Development.json and the
// user secrets, under Authentication:Schemes:Bearer, which AddJwtBearer reads).
builder.Services.AddAuthentication().AddJwtBearer();
builder.Services.AddAuthorization();
builder.Services.AddOpenApi();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAuthentication();
app.UseAuthorization();

app.MapOpenApi();
app.MapHealthChecks("/health");

var api = app.MapGroup("/").RequireAuthorization().AddEndpointFilter<DomainProblems>();
ReportEndpoints.Map(api);
CompilationEndpoints.Map(api);
PhenomenonEndpoints.Map(api);
YearEndpoints.Map(api);

app.Services.GetRequiredService<Database>().Initialize();

try
{
    app.Run();
    return 0;
}
catch (OptionsValidationException e)
{
    // The region is missing or invalid: refuse to start, one log line per problem with its JSON path.
    foreach (var failure in e.Failures)
    {
        StartupLog.InvalidRegion(app.Logger, failure);
    }

    return 2;
}

/// <summary>The sample's entry point (public for the integration tests' WebApplicationFactory).</summary>
public partial class Program;
