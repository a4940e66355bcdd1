using System.Text.Json;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// A closed hierarchy in JSON (a clock rule's <c>when</c> here): an object with exactly one property named for the
/// kind. What the converter refuses, and how a refusal inside the kind's value names its place.
/// </summary>
public sealed class KindJsonConverterTests
{
    private const string Shape = "A clock rule's 'when' is an object with exactly one of date, month, months, monthlyExcept, quarterStart, quarterEnd, inQuarter, timesPerYear, withinDaysAfterPeriodEnd, periodEnds.";

    private static ClockWhen? Read(string json) => JsonSerializer.Deserialize<ClockWhen>(json, CoreJson.Options);

    [Fact]
    public void EachKind_ReadsAndWritesAsAnObjectOfOneProperty()
    {
        Assert.Equal(new ClockWhenInMonth(12), Read("""{ "month": 12 }"""));
        Assert.Equal(new ClockWhenQuarter(2, QuarterPart.End), Read("""{ "quarterEnd": 2 }"""));
        var written = JsonNode.Parse(JsonSerializer.Serialize<ClockWhen>(new ClockWhenQuarter(2, QuarterPart.End), CoreJson.Options));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{ "quarterEnd": 2 }"""), written), written?.ToJsonString());
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[]")]
    [InlineData("12")]
    [InlineData("""{ "week": 12 }""")]
    [InlineData("""{ "month": 12, "quarterEnd": 2 }""")]
    [InlineData("""{ "month": 12, "month": 11 }""")]
    public void AnythingButOneKnownKind_IsRefusedNamingTheShape(string json)
    {
        var e = Assert.Throws<JsonException>(() => Read(json));
        Assert.StartsWith(Shape, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ARefusalInsideTheValue_NamesItsPlaceBelowTheKind()
    {
        // The serializer's own words, without its " Path: … | LineNumber: …" tail, then the place.
        var list = Assert.Throws<JsonException>(() => Read("""{ "months": [3, "x"] }"""));
        Assert.EndsWith(". (at 'months[1]')", list.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" Path:", list.Message, StringComparison.Ordinal);

        var plain = Assert.Throws<JsonException>(() => Read("""{ "month": "x" }"""));
        Assert.EndsWith(". (at 'month')", plain.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(" Path:", plain.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ANullValue_IsRefusedNamingTheKind()
    {
        var e = Assert.Throws<JsonException>(() => Read("""{ "months": null }"""));
        Assert.Contains("'months' has a value, not null.", e.Message, StringComparison.Ordinal);
    }
}
