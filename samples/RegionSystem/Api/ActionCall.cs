using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Api;

/// <summary>What an action route hands the library besides the body: the region, the route's action number, the caller, now.</summary>
/// <param name="Profile">The region's profile.</param>
/// <param name="Number">The decided action's number from the route.</param>
/// <param name="By">The caller, from the token.</param>
/// <param name="Clock">The clock; <see cref="At"/> reads it once, when the operation runs.</param>
internal sealed record ActionCall(RegionProfile Profile, int Number, Performer By, IClock Clock)
{
    private Instant? at;

    /// <summary>The operation's instant: the clock read when the operation first asks for it, after the aggregate is read (see <see cref="StepCall.At"/>).</summary>
    public Instant At => at ??= Clock.GetCurrentInstant();
}
