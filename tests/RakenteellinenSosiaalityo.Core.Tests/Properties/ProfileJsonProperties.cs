using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>Region profiles round-trip through JSON, and no damaged file makes the loader throw anything but our validation exception.</summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 1000)]
public sealed class ProfileJsonProperties
{
    [Property]
    public bool GeneratedProfile_RoundTripsThroughJson(RegionProfile profile)
    {
        var json = RegionProfileJson.Serialize(profile);
        var loaded = RegionProfileJson.Load(json);
        return loaded == profile && RegionProfileJson.Serialize(loaded) == json && profile.Validate().Count == 0;
    }

    [Property]
    public bool MutatedBuiltInJson_EitherLoads_OrFailsWithValidationProblems(MutatedProfileJson mutated)
    {
        try
        {
            var profile = RegionProfileJson.Load(mutated.Json);
            return profile.Validate().Count == 0;
        }
        catch (ValidationException e)
        {
            return e.Problems.Count > 0
                && e.Code == "profile-invalid"
                && e.Problems.All(p => p.Path.StartsWith('$') && p.Rule.Length > 0 && p.Message.Length > 0);
        }
    }
}
