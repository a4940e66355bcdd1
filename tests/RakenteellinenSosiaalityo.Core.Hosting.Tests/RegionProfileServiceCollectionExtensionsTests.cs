using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Hosting.Tests;

public sealed class RegionProfileServiceCollectionExtensionsTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("rs-hosting-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void AddRegionProfile_BuiltInId_RegistersThatBuiltInProfile(string id)
    {
        using var provider = Build(services => services.AddRegionProfile(id));

        provider.GetRequiredService<IStartupValidator>().Validate();
        Assert.Same(BuiltInRegions.Get(new RegionId(id)), provider.GetRequiredService<RegionProfile>());
    }

    [Fact]
    public void AddRegionProfile_RelativeFilePath_LoadsTheFileAgainstTheBaseDirectory()
    {
        var json = BuiltInRegions.Json(BuiltInRegions.EtelaKarjalaId).Replace("\"id\": \"etela-karjala\"", "\"id\": \"test-region\"", StringComparison.Ordinal);
        Assert.Contains("test-region", json, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(directory, "region.json"), json);

        using var provider = Build(services => services.AddRegionProfile(o =>
        {
            o.Region = "region.json";
            o.BaseDirectory = directory;
        }));

        provider.GetRequiredService<IStartupValidator>().Validate();
        var profile = provider.GetRequiredService<RegionProfile>();
        Assert.Equal(new RegionId("test-region"), profile.Id);
        Assert.Same(profile, provider.GetRequiredService<RegionProfile>());
    }

    [Fact]
    public void AddRegionProfile_InvalidFile_StartupValidationFailsWithEveryProblemAndItsJsonPath()
    {
        // Two independent problems: a wrong check digit and an unknown property (a typo must not be dropped silently).
        var json = BuiltInRegions.Json(BuiltInRegions.EtelaKarjalaId)
            .Replace("3221313-1", "3221313-2", StringComparison.Ordinal)
            .Replace("\"schemaVersion\": 1,", "\"schemaVersion\": 1, \"regoin\": 1,", StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(directory, "broken.json"), json);
        using var provider = Build(services => services.AddRegionProfile(o =>
        {
            o.Region = "broken.json";
            o.BaseDirectory = directory;
        }));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains(failure.Failures, f => f.Contains("$.businessId", StringComparison.Ordinal) && f.Contains("[invalid-business-id]", StringComparison.Ordinal));
        Assert.Contains(failure.Failures, f => f.Contains("$.regoin", StringComparison.Ordinal) && f.Contains("[unknown-property]", StringComparison.Ordinal));
        Assert.All(failure.Failures, f => Assert.StartsWith("Region profile 'broken.json': ", f, StringComparison.Ordinal));
    }

    [Fact]
    public void AddRegionProfile_NoRegionConfigured_StartupValidationNamesTheSetting()
    {
        using var provider = Build(services => services.AddRegionProfile(_ => { }));

        var failure = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        var message = Assert.Single(failure.Failures);
        Assert.Contains("Region: ", message, StringComparison.Ordinal);
        Assert.Contains("[missing-property]", message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRegionProfile_UnknownRegion_ResolvingTheProfileThrowsTheSameFailures()
    {
        using var provider = Build(services => services.AddRegionProfile("nowhere"));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<RegionProfile>());

        var failure = Assert.Single(error.Failures);
        Assert.Contains("Region: ", failure, StringComparison.Ordinal);
        Assert.Contains("[invalid-value]", failure, StringComparison.Ordinal);
        Assert.Contains("kymenlaakso or etela-karjala", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_UnknownRegion_ThrowsValidationExceptionWithTheSettingProblem()
    {
        var error = Assert.Throws<ValidationException>(() => RegionSource.Load("nowhere", directory));

        Assert.Equal(RegionSource.InvalidCode, error.Code);
        var problem = Assert.Single(error.Problems);
        Assert.Equal((RegionSource.SettingPath, ValidationRules.InvalidValue), (problem.Path, problem.Rule));
    }

    [Fact]
    public void AddRegionProfile_MissingJsonFile_NamesTheFile()
    {
        var ok = RegionSource.TryLoad("missing.json", directory, out var profile, out var problems);

        Assert.False(ok);
        Assert.Null(profile);
        Assert.Contains(Path.Combine(directory, "missing.json"), Assert.Single(problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRegionProfile_NoClockRegistered_RegistersTheSystemClock()
    {
        using var provider = Build(services => services.AddRegionProfile("kymenlaakso"));

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddRegionProfile_ClockAlreadyRegistered_KeepsIt()
    {
        var fake = new FixedClock(Instant.FromUtc(2025, 3, 3, 8, 0));

        using var provider = Build(services => services.AddSingleton<IClock>(fake).AddRegionProfile("kymenlaakso"));

        Assert.Same(fake, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void AddRegionProfile_CalledTwice_ValidatesOnce()
    {
        var services = new ServiceCollection().AddRegionProfile("kymenlaakso").AddRegionProfile("kymenlaakso");

        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<RegionProfileOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(RegionProfile));
    }

    [Fact]
    public void AddRegionProfile_NullArguments_ThrowArgumentNullException()
    {
        Assert.Throws<ArgumentNullException>(() => ((IServiceCollection)null!).AddRegionProfile("kymenlaakso"));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddRegionProfile((Action<RegionProfileOptions>)null!));
    }

    private static ServiceProvider Build(Action<IServiceCollection> configure)
    {
        var services = new ServiceCollection();
        configure(services);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
