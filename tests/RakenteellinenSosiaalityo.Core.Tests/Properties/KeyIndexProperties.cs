using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Compilations;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>
/// The compiler's key index against a <see cref="Dictionary{TKey, TValue}"/>: each distinct key gets the next number in
/// the order of first appearance, a key seen again (as another string instance with the same text) gets its number
/// back, whatever the starting capacity (so that the index grows and rehashes many times), and the key order is the
/// ordinal order. The keys are short and alike on purpose: the hash reads only the length and three characters, so they
/// collide and probe.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DomainArbitraries) }, MaxTest = 300)]
public sealed class KeyIndexProperties
{
    private const string Alphabet = "ab-Ä0";

    [Property]
    public void Numbers_AreTheOrderOfFirstAppearance_AcrossGrowth_AndTheKeyOrderIsOrdinal(Seed seed)
    {
        var random = new Random(seed.Value);
        var capacity = random.Next(0, 9);
        var keys = Enumerable.Range(0, random.Next(0, 400)).Select(_ => Key(random)).ToList();
        var index = new KeyIndex(capacity);
        var oracle = new Dictionary<string, int>(StringComparer.Ordinal);

        foreach (var key in keys)
        {
            var expected = oracle.TryGetValue(key, out var known) ? known : oracle[key] = oracle.Count;

            // A new instance each time: equal text must be found by value, not by reference.
            Assert.Equal(expected, index.Number(new string(key.AsSpan())));
        }

        Assert.Equal(oracle.Count, index.Count);
        Assert.All(oracle, pair => Assert.Equal(pair.Key, index[pair.Value]));
        Assert.Equal(oracle.Keys.Order(StringComparer.Ordinal), index.InKeyOrder().Select(n => index[n]));
    }

    [Fact]
    public void EmptyKey_IsAKeyLikeAnyOther()
    {
        var index = new KeyIndex(0);

        Assert.Equal(0, index.Number("a"));
        Assert.Equal(1, index.Number(string.Empty));
        Assert.Equal(1, index.Number(new string([])));
        Assert.Equal(0, index.Number("a"));
        Assert.Equal([1, 0], index.InKeyOrder());
    }

    // Up to five characters of a small alphabet, the empty key among them: many repeats and many shared hashes.
    private static string Key(Random random) =>
        new(Enumerable.Range(0, random.Next(0, 6)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
}
