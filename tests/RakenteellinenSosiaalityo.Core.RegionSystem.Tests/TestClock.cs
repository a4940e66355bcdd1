using NodaTime;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>A clock the test moves: the app takes every instant from the IClock in its container.</summary>
internal sealed class TestClock(Instant now) : IClock
{
    private readonly Lock gate = new();
    private Instant now = now;

    public Instant GetCurrentInstant()
    {
        lock (gate)
        {
            // Each reading is a little later than the last, as a real clock would be between requests.
            now += Duration.FromMilliseconds(1);
            return now;
        }
    }

    public void Set(Instant instant)
    {
        lock (gate)
        {
            now = instant;
        }
    }
}
