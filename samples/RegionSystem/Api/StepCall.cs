using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Api;

/// <summary>What a step route hands the library besides the body: the region, the route's step, the caller, now.</summary>
/// <param name="Profile">The region's profile.</param>
/// <param name="Step">The step id from the route.</param>
/// <param name="By">The caller, from the token.</param>
/// <param name="At">The clock's instant when the request came.</param>
internal sealed record StepCall(RegionProfile Profile, string Step, Performer By, Instant At);
