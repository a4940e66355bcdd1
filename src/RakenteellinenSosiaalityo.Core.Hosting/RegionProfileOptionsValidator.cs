using Microsoft.Extensions.Options;

namespace RakenteellinenSosiaalityo.Core.Hosting;

/// <summary>Fails the options, and so the host's start, with every problem of the configured region.</summary>
internal sealed class RegionProfileOptionsValidator(LoadedRegionProfile loaded) : IValidateOptions<RegionProfileOptions>
{
    public ValidateOptionsResult Validate(string? name, RegionProfileOptions options)
    {
        if (name is not null && name != Options.DefaultName)
        {
            return ValidateOptionsResult.Skip;
        }

        var result = loaded.Load(options);
        return result.Problems.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Problems.Select(problem => $"{result.Subject}: {problem}"));
    }
}
