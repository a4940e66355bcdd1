using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// The "did you mean" of a misspelt property name: the nearest known name by optimal string alignment distance
/// (insertions, deletions, substitutions, swaps of neighbours), when within a third of the name's length (1 to 3).
/// </summary>
public sealed class SpellingTests
{
    [Theory]
    [InlineData("actros", "actors")] // a swap of neighbours: 1
    [InlineData("actor", "actors")] // an insertion at the end: 1
    [InlineData("ctors", "actors")] // an insertion at the start: 1
    [InlineData("actorss", "actors")] // a deletion at the end: 1
    [InlineData("xactors", "actors")] // a deletion at the start: 1
    [InlineData("actars", "actors")] // a substitution: 1
    [InlineData("ACTROS", "actors")] // case does not count
    public void Closest_ANameOneEditAway_IsFound(string name, string expected) =>
        Assert.Equal(expected, Spelling.Closest(name, ["periods", expected, "themes"]));

    [Fact]
    public void Closest_GivesTheCandidateAsItIsSpelt_NotAsTheNameIs() =>
        Assert.Equal("Actors", Spelling.Closest("actros", ["Actors"]));

    [Theory]
    // Length 2: a third is 0, the limit is at least 1.
    [InlineData("ab", "ax", true)]
    [InlineData("ab", "xy", false)]
    // Length 6: the limit is 2.
    [InlineData("abcdef", "abcdxy", true)]
    [InlineData("abcdef", "abcxyz", false)]
    // Length 9: the limit is 3.
    [InlineData("abcdefghi", "abcdefxyz", true)]
    [InlineData("abcdefghi", "abcdewxyz", false)]
    // Length 12: a third is 4, the limit is at most 3.
    [InlineData("abcdefghijkl", "abcdefghixyz", true)]
    [InlineData("abcdefghijkl", "abcdefghwxyz", false)]
    // The empty name: the limit is 1.
    [InlineData("", "a", true)]
    [InlineData("", "ab", false)]
    public void Closest_IsFoundOnlyWithinAThirdOfTheNamesLength_AtLeastOneAtMostThree(string name, string candidate, bool found) =>
        Assert.Equal(found ? candidate : null, Spelling.Closest(name, [candidate]));

    [Fact]
    public void Closest_SwapsOfNeighboursCountOneEach()
    {
        // Two swaps are 2 (within the limit of 2 for six letters); as substitutions they would be 4.
        Assert.Equal("badcef", Spelling.Closest("abcdef", ["badcef"]));
        // Three swaps are 3: over the limit.
        Assert.Null(Spelling.Closest("abcdef", ["badcfe"]));
    }

    [Fact]
    public void Closest_TheNearestWins_AndOfEquallyNearTheFirst()
    {
        Assert.Equal("actors", Spelling.Closest("actors", ["actor", "actors", "factors"]));
        Assert.Equal("actors", Spelling.Closest("actros", ["acto", "actors"]));
        Assert.Equal("bat", Spelling.Closest("cat", ["bat", "hat"]));
        Assert.Equal("hat", Spelling.Closest("cat", ["hat", "bat"]));
    }

    [Fact]
    public void Closest_NoCandidates_IsNull() => Assert.Null(Spelling.Closest("actors", []));

    [Fact]
    public void Hint_IsASentenceNamingTheClosest_OrEmpty()
    {
        Assert.Equal(" Did you mean 'actors'?", Spelling.Hint("actros", ["periods", "actors"]));
        Assert.Equal(string.Empty, Spelling.Hint("zzzzzz", ["periods", "actors"]));
    }
}
