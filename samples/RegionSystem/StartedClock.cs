using NodaTime;

namespace RegionSystem;

/// <summary>A clock that starts at a given instant and runs on with the real one: for trying the sample out only.</summary>
internal sealed class StartedClock(Instant start, IClock real) : IClock
{
    private readonly Duration offset = start - real.GetCurrentInstant();

    public Instant GetCurrentInstant() => real.GetCurrentInstant() + offset;
}
