namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Numbers the keys of a grouping dimension (service or theme ids) in the order they are first seen, compared
/// ordinally, so that the compiler counts and groups a report's keys in arrays by number.
/// </summary>
/// <remarks>
/// A compilation looks a report's service and themes up twice (counting, then filling the exactly-sized groups), a
/// few million look-ups at a million reports, among the tens of keys a region has. A <see cref="Dictionary{TKey,TValue}"/>
/// hashes the whole string with the randomized hash on every look-up; this table hashes its length and three of its
/// characters, and compares the string (by reference first: a report's ids are usually the profile's own strings)
/// only at the one slot the hash leads to. Keys collide only on equal length and sampled characters, and a collision
/// costs one more comparison, never a wrong answer. Not thread-safe: one per compilation.
/// </remarks>
internal sealed class KeyIndex
{
    private string[] keys;
    private int[] slots; // 0 = empty, otherwise the key's number + 1.
    private int count;

    /// <summary>Creates an index expecting about <paramref name="capacity"/> keys (it grows past them).</summary>
    public KeyIndex(int capacity)
    {
        keys = new string[Math.Max(4, capacity)];
        slots = new int[SlotsFor(keys.Length)];
    }

    /// <summary>How many keys are numbered.</summary>
    public int Count => count;

    /// <summary>The key numbered <paramref name="number"/>.</summary>
    public string this[int number] => keys[number];

    /// <summary>The number of <paramref name="key"/>, numbering it next when it is new.</summary>
    public int Number(string key)
    {
        var mask = slots.Length - 1;
        for (var at = Hash(key) & mask; ; at = (at + 1) & mask)
        {
            var slot = slots[at];
            if (slot == 0)
            {
                return Add(key, at);
            }

            var known = keys[slot - 1];
            if (ReferenceEquals(known, key) || string.Equals(known, key, StringComparison.Ordinal))
            {
                return slot - 1;
            }
        }
    }

    /// <summary>The numbers of the keys ordered by key (ordinal): the order in which a compilation lists groups and counts.</summary>
    public int[] InKeyOrder()
    {
        var order = new int[count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var sorted = keys.AsSpan(0, count).ToArray();
        Array.Sort(sorted, order, StringComparer.Ordinal);
        return order;
    }

    // At most half full: a probe ends at an empty slot after a step or two.
    private static int SlotsFor(int keyCapacity) => (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)keyCapacity * 2);

    private static int Hash(string key)
    {
        if (key.Length == 0)
        {
            return 0;
        }

        unchecked
        {
            var h = (uint)key.Length * 0x9E3779B1u;
            h ^= key[0] * 0x85EBCA77u;
            h ^= key[key.Length / 2] * 0xC2B2AE3Du;
            h ^= key[^1] * 0x27D4EB2Fu;
            return (int)(h ^ (h >> 15));
        }
    }

    private int Add(string key, int at)
    {
        if (count == keys.Length)
        {
            Array.Resize(ref keys, count * 2);
            Rehash();
            return Number(key);
        }

        keys[count] = key;
        slots[at] = ++count;
        return count - 1;
    }

    private void Rehash()
    {
        slots = new int[SlotsFor(keys.Length)];
        var mask = slots.Length - 1;
        for (var i = 0; i < count; i++)
        {
            var at = Hash(keys[i]) & mask;
            while (slots[at] != 0)
            {
                at = (at + 1) & mask;
            }

            slots[at] = i + 1;
        }
    }
}
