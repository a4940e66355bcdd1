using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Hosting;

/// <summary>
/// The profile the options name, loaded once and shared by the validator and the profile registration. It takes the
/// options as an argument rather than from the container: the options' own validation runs through it.
/// </summary>
internal sealed class LoadedRegionProfile
{
    private readonly object gate = new();
    private Result? result;

    public Result Load(RegionProfileOptions options)
    {
        lock (gate)
        {
            if (result is null || result.Region != options.Region || result.BaseDirectory != options.BaseDirectory)
            {
                RegionSource.TryLoad(options.Region, options.BaseDirectory, out var profile, out var problems);
                result = new Result(options.Region, options.BaseDirectory, profile, problems);
            }

            return result;
        }
    }

    internal sealed record Result(string? Region, string? BaseDirectory, RegionProfile? Profile, IReadOnlyList<ValidationProblem> Problems)
    {
        public string Subject => RegionSource.Subject(Region);
    }
}
