namespace RakenteellinenSosiaalityo.Core.Testing;

/// <summary>
/// SplitMix64: a tiny, fast generator whose sequence is fixed by its seed on every runtime and platform (unlike
/// <see cref="Random"/> with a seed, whose algorithm .NET may change). A value type, so drawing allocates nothing.
/// </summary>
internal struct SeededRandom
{
    private ulong state;

    // Arithmetic wraps by design: the build checks overflow everywhere else.
    public SeededRandom(int seed, ulong stream) => state = Mix(((ulong)(uint)seed << 32) ^ Mix(unchecked(stream + 0x9E3779B97F4A7C15UL)));

    public ulong NextULong()
    {
        state = unchecked(state + 0x9E3779B97F4A7C15UL);
        return Mix(state);
    }

    /// <summary>A number from 0 to <paramref name="bound"/> − 1.</summary>
    public int Next(int bound) => (int)((NextULong() >> 33) % (ulong)bound);

    /// <summary>A number from 0 (inclusive) to <paramref name="bound"/> (exclusive).</summary>
    public long NextLong(long bound) => (long)(NextULong() % (ulong)bound);

    /// <summary>A number from 0 (inclusive) to 1 (exclusive).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
