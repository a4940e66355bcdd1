using NodaTime;

namespace RakenteellinenSosiaalityo.Core.RegionSystem.Tests;

/// <summary>A clock the test moves: the app takes every instant from the IClock in its container.</summary>
internal sealed class TestClock(Instant now) : IClock
{
    private readonly Lock gate = new();
    private Instant now = now;

    private TaskCompletionSource? held;
    private ManualResetEventSlim? release;

    public Instant GetCurrentInstant()
    {
        Instant reading;
        TaskCompletionSource? signal;
        ManualResetEventSlim? wait;
        lock (gate)
        {
            // Each reading is a little later than the last, as a real clock would be between requests.
            now += Duration.FromMilliseconds(1);
            reading = now;
            (signal, wait, held, release) = (held, release, null, null);
        }

        if (wait is not null)
        {
            signal!.SetResult();
            if (!wait.Wait(TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException("The held clock reading was never released.");
            }
        }

        return reading;
    }

    /// <summary>
    /// Holds the next reading: it is taken, then <c>Held</c> completes and the reader waits until <c>Release</c> is
    /// called (a request that read the clock and was then overtaken by another).
    /// </summary>
    public (Task Held, Action Release) HoldNextReading()
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var wait = new ManualResetEventSlim();
        lock (gate)
        {
            (held, release) = (signal, wait);
        }

        return (signal.Task, wait.Set);
    }

    public void Set(Instant instant)
    {
        lock (gate)
        {
            now = instant;
        }
    }
}
