using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Api;

/// <summary>What a step route hands the library besides the body: the region, the route's step, the caller, now.</summary>
/// <param name="Profile">The region's profile.</param>
/// <param name="Route">The step as the route gives it, text.</param>
/// <param name="By">The caller, from the token.</param>
/// <param name="Clock">The clock; <see cref="At"/> reads it once, when the operation runs.</param>
internal sealed record StepCall(RegionProfile Profile, string Route, Performer By, IClock Clock)
{
    private Instant? at;

    /// <summary>
    /// The operation's instant: the clock read when the operation first asks for it, after the aggregate is read, so
    /// no operation is dated before the state it changes. (Read when the request came, a request overtaken by another
    /// on the same step found the other's later entry and was refused as time-out-of-order instead of 409
    /// step-already-performed or concurrent-change.)
    /// </summary>
    public Instant At => at ??= Clock.GetCurrentInstant();

    /// <summary>
    /// The route's step id, read when the operation runs (after the body is checked and the aggregate is found, so
    /// the errors keep their order); text that is no step id answers 404, as an unknown step does.
    /// </summary>
    public StepId Step => StepRoute.Parse(Route);
}
