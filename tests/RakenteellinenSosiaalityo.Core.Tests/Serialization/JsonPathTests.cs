using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// The paths of validation problems: the dot form for plain names, the bracket form of an RFC 9535 normalized path
/// (section 2.7) for any other, so that every path parses and points into the document; and the reading of the paths
/// System.Text.Json puts on its exceptions, which it does not escape.
/// </summary>
public sealed class JsonPathTests
{
    [Theory]
    [InlineData("actors", "$.actors")]
    [InlineData("a1", "$.a1")]
    [InlineData("_x", "$._x")]
    [InlineData("$x", "$.$x")]
    [InlineData("x_$9", "$.x_$9")]
    [InlineData("1a", "$['1a']")]
    [InlineData("", "$['']")]
    [InlineData("a-b", "$['a-b']")]
    [InlineData("a b", "$['a b']")]
    [InlineData("\u00e4iti", "$['\u00e4iti']")]
    [InlineData("a.b", "$['a.b']")]
    public void Property_APlainNameTakesADot_AnyOtherBrackets(string name, string expected) =>
        Assert.Equal(expected, JsonPath.Property(JsonPath.Root, name));

    [Fact]
    public void Property_APlainNameOfUpTo64Characters_TakesADot()
    {
        Assert.Equal("$." + new string('a', 64), JsonPath.Property("$", new string('a', 64)));
        Assert.Equal("$['" + new string('a', 65) + "']", JsonPath.Property("$", new string('a', 65)));
    }

    [Theory]
    [InlineData("it's", @"$['it\'s']")]
    [InlineData(@"a\b", @"$['a\\b']")]
    [InlineData("a\bb", @"$['a\bb']")]
    [InlineData("a\fb", @"$['a\fb']")]
    [InlineData("a\nb", @"$['a\nb']")]
    [InlineData("a\rb", @"$['a\rb']")]
    [InlineData("a\tb", @"$['a\tb']")]
    [InlineData("a\u0000b", @"$['a\u0000b']")]
    [InlineData("a\u0001b", @"$['a\u0001b']")]
    [InlineData("a\u001fb", @"$['a\u001fb']")]
    [InlineData("a\u007fb", "$['a\u007fb']")] // DEL is not a control character of RFC 9535's escapes
    public void Property_EscapesAsANormalizedPath(string name, string expected) =>
        Assert.Equal(expected, JsonPath.Property("$", name));

    [Fact]
    public void Property_APropertyNameHoldingPersonalData_IsRedactedInThePath()
    {
        var path = JsonPath.Property("$.actors[0]", "matti.meikalainen@example.com");
        Assert.StartsWith("$.actors[0]['", path, StringComparison.Ordinal);
        Assert.EndsWith("']", path, StringComparison.Ordinal);
        Assert.DoesNotContain("matti.meikalainen@example.com", path, StringComparison.Ordinal);
        Assert.DoesNotContain("@example.com", path, StringComparison.Ordinal);
    }

    [Fact]
    public void Index_AppendsTheIndexInBrackets() =>
        Assert.Equal("$.actors[12345]", JsonPath.Index("$.actors", 12345));

    public static TheoryData<string?, (string? Name, int Index)[]> SerializerPaths => new()
    {
        { null, [] },
        { "", [] },
        { "$", [] },
        { "a.b", [] }, // not a path
        { "$x", [] }, // not a segment
        { "$.a.b", [("a", 0), ("b", 0)] },
        { "$.a[3].b", [("a", 0), (null, 3), ("b", 0)] },
        { "$.a[3][40]", [("a", 0), (null, 3), (null, 40)] },
        { "$['odd name'][2]", [("odd name", 0), (null, 2)] },
        { "$['it's'].b", [("it's", 0), ("b", 0)] }, // the serializer does not escape a quote
        { "$['a']b']", [("a']b", 0)] }, // a "']" not followed by a segment is part of the name
        { "$['a'][1]", [("a", 0), (null, 1)] },
        { "$['']", [("", 0)] },
        { "$.", [("", 0)] },
        { "$.a['unterminated", [("a", 0)] },
        { "$.a[x]", [("a", 0)] },
        { "$.a[-1]", [("a", 0)] }, // no sign
        { "$.a[ 1]", [("a", 0)] }, // no white space
        { "$.a[1", [("a", 0)] },
        { "$.a[]", [("a", 0)] },
        { "$[", [] },
        { "$[0].b", [(null, 0), ("b", 0)] },
    };

    [Theory]
    [MemberData(nameof(SerializerPaths))]
    public void SerializerSegments_ReadsTheSegments_UpToTheFirstThatCannotBeRead(string? path, (string? Name, int Index)[] expected) =>
        Assert.Equal(expected, JsonPath.SerializerSegments(path));

    [Theory]
    [InlineData("$.a['odd name'][3]", "$.profile.a['odd name'][3]")]
    [InlineData("$['it's']", @"$.profile['it\'s']")]
    [InlineData("$.b.c", "$.profile.b.c")]
    [InlineData(null, "$.profile")]
    [InlineData("garbage", "$.profile")]
    public void FromSerializer_RewritesBelowTheParent_InTheNormalizedForm(string? serializerPath, string expected) =>
        Assert.Equal(expected, JsonPath.FromSerializer("$.profile", serializerPath));
}
