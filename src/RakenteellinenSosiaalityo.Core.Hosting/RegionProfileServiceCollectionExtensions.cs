using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Hosting;

/// <summary>Registers the package in a region system's service collection.</summary>
public static class RegionProfileServiceCollectionExtensions
{
    /// <summary>
    /// Registers the region's <see cref="RegionProfile"/> (a singleton, loaded once), validates it when the host starts
    /// (<c>ValidateOnStart</c>: a host on Microsoft.Extensions.Hosting 8 or later refuses to start with an
    /// <see cref="OptionsValidationException"/> whose failures list every problem with its JSON path), and registers
    /// NodaTime's <see cref="IClock"/> as <see cref="SystemClock.Instance"/> unless one is registered already.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="configure">Sets <see cref="RegionProfileOptions.Region"/> (e.g. from the host's configuration).</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> or <paramref name="configure"/> is null.</exception>
    /// <remarks>
    /// Resolving <see cref="RegionProfile"/> from a host that skipped start-up validation throws the same
    /// <see cref="OptionsValidationException"/>. <see cref="RegionSource"/> loads without a container.
    /// </remarks>
    public static IServiceCollection AddRegionProfile(this IServiceCollection services, Action<RegionProfileOptions> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddOptions<RegionProfileOptions>().Configure(configure).ValidateOnStart();
        services.TryAddSingleton<LoadedRegionProfile>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<RegionProfileOptions>, RegionProfileOptionsValidator>());
        services.TryAddSingleton(provider => provider.GetRequiredService<LoadedRegionProfile>()
            .Load(provider.GetRequiredService<IOptions<RegionProfileOptions>>().Value).Profile!);
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        return services;
    }

    /// <summary>
    /// Registers the region given directly: a built-in id (<c>kymenlaakso</c>, <c>etela-karjala</c>) or the path of a
    /// profile file, relative to the current directory. Otherwise as
    /// <see cref="AddRegionProfile(IServiceCollection, Action{RegionProfileOptions})"/>.
    /// </summary>
    /// <param name="services">The service collection.</param>
    /// <param name="region">The region setting; a missing or invalid one fails start-up validation.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is null.</exception>
    public static IServiceCollection AddRegionProfile(this IServiceCollection services, string? region) =>
        services.AddRegionProfile(options => options.Region = region);
}
