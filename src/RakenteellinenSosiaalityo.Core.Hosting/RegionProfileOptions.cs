namespace RakenteellinenSosiaalityo.Core.Hosting;

/// <summary>
/// Which region profile a region system runs with: the options <see cref="RegionProfileServiceCollectionExtensions.AddRegionProfile(Microsoft.Extensions.DependencyInjection.IServiceCollection, Action{RegionProfileOptions})"/>
/// validates when the host starts.
/// </summary>
/// <remarks>
/// The package does not depend on Microsoft.Extensions.Configuration: the host copies its setting in, e.g.
/// <c>services.AddRegionProfile(o =&gt; { o.Region = configuration["Region"]; o.BaseDirectory = environment.ContentRootPath; })</c>.
/// </remarks>
public sealed class RegionProfileOptions
{
    /// <summary>
    /// A built-in region's id (<c>kymenlaakso</c>, <c>etela-karjala</c>) or the path of a region profile JSON file.
    /// Null or empty means not configured, which fails validation.
    /// </summary>
    public string? Region { get; set; }

    /// <summary>
    /// The directory a relative profile path is resolved against (e.g. the host's content root); null means the
    /// process's current directory.
    /// </summary>
    public string? BaseDirectory { get; set; }
}
