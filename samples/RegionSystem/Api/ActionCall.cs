using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Api;

/// <summary>What an action route hands the library besides the body: the region, the route's action number, the caller, now.</summary>
/// <param name="Profile">The region's profile.</param>
/// <param name="Number">The decided action's number from the route.</param>
/// <param name="By">The caller, from the token.</param>
/// <param name="At">The clock's instant when the request came.</param>
internal sealed record ActionCall(RegionProfile Profile, int Number, Performer By, Instant At);
