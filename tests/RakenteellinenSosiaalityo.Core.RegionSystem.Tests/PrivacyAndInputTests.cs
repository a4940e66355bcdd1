using System.Net;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>Personal data is refused naming field and kind, and its value is in no response and no log line; bad bodies are 400s with paths.</summary>
public sealed class PrivacyAndInputTests : IDisposable
{
    // A valid identity code (the check character is right), a Finnish mobile number and an e-mail address.
    private const string IdentityCode = "131052-308T";
    private const string Phone = "040 123 4567";
    private const string Email = "matti.meikalainen@example.com";

    private readonly string directory = Directory.CreateTempSubdirectory("rs-region-privacy-").FullName;
    private readonly RegionSystemFactory factory;
    private readonly RegionApi api;

    public PrivacyAndInputTests()
    {
        factory = new RegionSystemFactory(BuiltInRegions.EtelaKarjalaId.Value, Path.Combine(directory, "privacy.db"),
            FinnishTime.StartOf(new LocalDate(2025, 3, 3)) + Duration.FromHours(8));
        api = new RegionApi(factory, BuiltInRegions.EtelaKarjala);
    }

    public void Dispose()
    {
        factory.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(directory, recursive: true);
    }

    [Theory]
    [InlineData(IdentityCode, "personalIdentityCode")]
    [InlineData(Phone, "phoneNumber")]
    [InlineData(Email, "emailAddress")]
    public async Task CreateWithPersonalDataInTheDescription_Is400NamingFieldAndKind_ValueNowhere(string value, string kind)
    {
        var content = RegionApi.Content(api.Profile, description: $"Asiakas (tieto {value}) kertoi asumisen kustannuksista.");

        var response = await api.As(api.Professional).PostAsync("/reports", RegionApi.Json(content));

        var body = await response.Content.ReadAsStringAsync();
        var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, LifecycleRules.PersonalData);
        var finding = Assert.Single(problem.GetProperty("personalData").EnumerateArray());
        Assert.Equal(("description", kind), (finding.GetProperty("field").GetString(), finding.GetProperty("kind").GetString()));
        Assert.Equal("$.description", Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("path").GetString());
        AssertNowhere(value, body);
        Assert.Equal(0, (await RegionSystemTests.Json(await api.As(api.Professional).GetAsync("/reports"))).GetArrayLength());
    }

    [Fact]
    public async Task PersonalDataInSeveralFields_EveryFindingIsNamed()
    {
        var content = RegionApi.Content(api.Profile, title: $"Soita {Phone}", description: $"Henkilötunnus {IdentityCode} ja {Email}.");

        var response = await api.As(api.Professional).PostAsync("/reports", RegionApi.Json(content));

        var body = await response.Content.ReadAsStringAsync();
        var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, LifecycleRules.PersonalData);
        var findings = problem.GetProperty("personalData").EnumerateArray()
            .Select(f => (f.GetProperty("field").GetString(), f.GetProperty("kind").GetString())).Order().ToList();
        Assert.Equal([("description", "emailAddress"), ("description", "personalIdentityCode"), ("title", "phoneNumber")], findings);
        AssertNowhere(IdentityCode, body);
        AssertNowhere(Phone, body);
        AssertNowhere(Email, body);
    }

    [Fact]
    public async Task PersonalDataInARemark_Is400_ValueNowhere_ReportUnchanged()
    {
        var report = await api.SubmitAsync((await api.CreateAsync()).Id);
        var step = report.PendingSteps(api.Profile)[0];
        var remark = new RecordEntry(step.MayRecord.Concat(step.Records).First(), $"Soita asiakkaalle {Phone}.");

        var response = await api.As(step.PerformedBy.Value).PostAsync($"/reports/{report.Id}/steps/{step.Id}/records", RegionApi.Json(remark));

        var body = await response.Content.ReadAsStringAsync();
        await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, LifecycleRules.PersonalData);
        AssertNowhere(Phone, body);
        Assert.Equal(report, await api.ReportAsync(await api.As(api.Professional).GetAsync($"/reports/{report.Id}")));
    }

    [Fact]
    public async Task PersonalDataInAMalformedValue_IsRedactedFromTheProblem()
    {
        // A value the JSON reader cannot convert: its text must not come back in the error message.
        var response = await api.As(api.Professional).PostAsync("/reports", RegionApi.Raw($$"""{ "authors": [], "serviceId": "x", "title": "t", "description": "d", "observedOn": "{{IdentityCode}}" }"""));

        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertNowhere(IdentityCode, body);
    }

    [Fact]
    public async Task MalformedJson_Is400MalformedJson()
    {
        var response = await api.As(api.Professional).PostAsync("/reports", RegionApi.Raw("""{ "title": """));

        var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, ValidationRules.MalformedJson);
        Assert.Equal(ValidationRules.MalformedJson, Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("rule").GetString());
    }

    [Fact]
    public async Task UnknownProperty_Is400NamingItsPath()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(RegionApi.Content(api.Profile), RegionApi.Options).Replace("\"title\"", "\"titel\"", StringComparison.Ordinal);

        var response = await api.As(api.Professional).PostAsync("/reports", RegionApi.Raw(json));

        var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, ValidationRules.UnknownProperty);
        Assert.Equal("$.titel", Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("path").GetString());
    }

    [Fact]
    public async Task UnknownService_Is400WithTheLibrarysRuleCode()
    {
        var content = RegionApi.Content(api.Profile) with { ServiceId = new ServiceId("no-such-service") };

        var response = await api.As(api.Professional).PostAsync("/reports", RegionApi.Json(content));

        await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, LifecycleRules.UnknownService);
    }

    [Fact]
    public async Task ReturnWithoutReason_Is400NamingTheReason()
    {
        var report = await api.SubmitAsync((await api.CreateAsync()).Id);
        var step = report.PendingSteps(api.Profile)[0];

        var response = await api.As(step.PerformedBy.Value).PostAsync($"/reports/{report.Id}/return", RegionApi.Raw("{}"));

        var problem = await RegionSystemTests.AssertProblem(response, HttpStatusCode.BadRequest, ValidationRules.InvalidValue);
        Assert.Equal("$.reason", Assert.Single(problem.GetProperty("errors").EnumerateArray()).GetProperty("path").GetString());
    }

    private void AssertNowhere(string value, string responseBody)
    {
        Assert.DoesNotContain(value, responseBody, StringComparison.Ordinal);
        Assert.NotEmpty(factory.Logs.Lines);
        Assert.DoesNotContain(factory.Logs.Lines, line => line.Contains(value, StringComparison.Ordinal));
    }
}
