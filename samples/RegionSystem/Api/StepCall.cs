using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Api;

/// <summary>What a step route hands the library besides the body: the region, the route's step, the caller, now.</summary>
/// <param name="Profile">The region's profile.</param>
/// <param name="Route">The step as the route gives it, text.</param>
/// <param name="By">The caller, from the token.</param>
/// <param name="At">The clock's instant when the request came.</param>
internal sealed record StepCall(RegionProfile Profile, string Route, Performer By, Instant At)
{
    /// <summary>
    /// The route's step id, read when the operation runs (after the body is checked and the aggregate is found, so
    /// the errors keep their order); text that is no step id answers 404, as an unknown step does.
    /// </summary>
    public StepId Step => StepRoute.Parse(Route);
}
