using System.Security.Claims;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Api;

/// <summary>
/// Who calls, from the bearer token: the claim <c>actor</c> is the caller's actor id in the region profile, the
/// optional claim <c>person</c> the person's name. The library's lifecycle rules decide what the actor may do.
/// </summary>
internal static class Caller
{
    public const string ActorClaim = "actor";
    public const string PersonClaim = "person";

    /// <summary>The performer the token names.</summary>
    /// <exception cref="ApiProblemException">The token names no actor of this region (403, <c>no-actor</c>).</exception>
    public static Performer Of(ClaimsPrincipal user, RegionProfile profile)
    {
        var actor = user.FindFirst(ActorClaim)?.Value;
        if (!ActorId.IsValid(actor) || !profile.Actors.Any(a => a.Id.Value == actor))
        {
            throw new ApiProblemException(StatusCodes.Status403Forbidden, ApiProblemException.NoActorCode,
                $"The token's '{ActorClaim}' claim must name an actor of region '{profile.Id}': {string.Join(", ", profile.Actors.Select(a => a.Id.Value))}.");
        }

        var person = user.FindFirst(PersonClaim)?.Value;
        return new Performer(new ActorId(actor!), string.IsNullOrWhiteSpace(person) ? null : person);
    }
}
