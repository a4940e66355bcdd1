using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>
/// Drives the API the way a region's people would, reading everything region-specific (actors, steps, what a step
/// records, services, themes) from the profile, so one walk serves every region.
/// </summary>
internal sealed class RegionApi(RegionSystemFactory factory, RegionProfile profile)
{
    public RegionProfile Profile { get; } = profile;

    public string Professional => Profile.ReportProcess.Steps[0].PerformedBy.Value;

    public string Compiler => Profile.CompilationProcess.Steps[0].PerformedBy.Value;

    public HttpClient As(string? actor, string? person = null) => factory.As(actor, person);

    public static ReportContent Content(RegionProfile profile, string title = "Asumisen kustannukset", string description = "Lapsiperheiden asumiskustannukset ylittävät yhä useammin toimeentulotuen normit.") => new()
    {
        Authors = [new ReportAuthor("Sanna S.", Profession.SocialWorker)],
        ServiceId = profile.Services[0].Id,
        Title = title,
        Description = description,
        Themes = [profile.PhenomenonThemes[0].Id],
        ObservedOn = new LocalDate(2025, 2, 24),
    };

    public static StringContent Json(object body) =>
        new(JsonSerializer.Serialize(body, body.GetType(), Options), Encoding.UTF8, "application/json");

    public static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    public async Task<SocialReport> CreateAsync(ReportContent? content = null)
    {
        var response = await As(Professional, "Sanna S.").PostAsync("/reports", Json(content ?? Content(Profile)));
        return await ReportAsync(response, HttpStatusCode.Created);
    }

    public async Task<SocialReport> SubmitAsync(ReportId id) =>
        await ReportAsync(await As(Professional, "Sanna S.").PostAsync($"/reports/{id}/submit", null));

    /// <summary>Performs every pending step of the report, each by the actor the profile names, recording what it must.</summary>
    public async Task<SocialReport> ProcessAsync(SocialReport report)
    {
        while (report.PendingSteps(Profile) is { Count: > 0 } pending)
        {
            var step = pending[0];
            var response = await As(step.PerformedBy.Value).PostAsync($"/reports/{report.Id}/steps/{step.Id}", Json(new { entries = EntriesFor(step) }));
            report = await ReportAsync(response);
        }

        return report;
    }

    public async Task<Compilation> CompileAsync(ReportingPeriod period)
    {
        var first = Profile.CompilationProcess.Steps[0];
        var response = await As(Compiler).PostAsync("/compilations", Json(new { period = period.Start, entries = EntriesFor(first) }));
        return await CompilationAsync(response, HttpStatusCode.Created);
    }

    /// <summary>Performs every pending compilation step; a step that records a decision decides one action.</summary>
    public async Task<Compilation> ProcessAsync(Compilation compilation)
    {
        while (compilation.PendingSteps(Profile) is { Count: > 0 } pending)
        {
            var step = pending[0];
            object body = step.Records.Contains(RecordKind.Decision) || step.MayRecord.Contains(RecordKind.Decision)
                ? new { entries = EntriesFor(step).Where(e => e.Kind != RecordKind.Decision).ToList(), decisions = new[] { Decision(step) } }
                : new { entries = EntriesFor(step) };
            compilation = await CompilationAsync(await As(step.PerformedBy.Value).PostAsync($"/compilations/{compilation.Id}/steps/{step.Id}", Json(body)));
        }

        return compilation;
    }

    public async Task<SocialReport> ReportAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return SocialReportJson.Deserialize(body, Profile);
    }

    public async Task<Compilation> CompilationAsync(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {body}");
        return CompilationJson.Deserialize(body, Profile);
    }

    public static IReadOnlyList<RecordEntry> EntriesFor(ProcessStep step) =>
        step.Records.Select(kind => new RecordEntry(kind, $"Kirjaus vaiheessa {step.Id}.")).ToList();

    public static ActionDecision Decision(ProcessStep step) =>
        new("Selvitetään asumisen kustannusten kehitys.", ActionResponsible.OfActor(step.PerformedBy.Value), new LocalDate(2026, 3, 31));

    /// <summary>The library's options plus reflection for the anonymous request bodies.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CoreJson.Options);
        options.TypeInfoResolverChain.Add(new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver());
        return options;
    }
}
