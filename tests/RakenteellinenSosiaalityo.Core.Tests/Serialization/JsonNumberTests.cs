using System.Text;
using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// The one rule for JSON numbers (JSON Schema 2020-12, "integer": a number whose value is whole, however written), in
/// <see cref="JsonNumber"/> for documents and in <see cref="WholeNumberInt32Converter"/> for the serializer: the two
/// agree on every spelling below.
/// </summary>
public sealed class JsonNumberTests
{
    private static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }

    [Theory]
    [InlineData("1", true)]
    [InlineData("-0", true)]
    [InlineData("1.0", true)]
    [InlineData("1e2", true)]
    [InlineData("0.3E1", true)]
    [InlineData("12345678901234567890123", true)] // beyond long, within decimal
    [InlineData("1e30", true)] // beyond decimal, a whole double
    [InlineData("1e400", true)] // beyond double: its magnitude is infinite, and an infinity is no fraction
    [InlineData("-1e400", true)]
    [InlineData("0.5", false)]
    [InlineData("-2.25", false)]
    [InlineData("1e-5", false)]
    [InlineData("\"1\"", false)]
    [InlineData("true", false)]
    [InlineData("null", false)]
    [InlineData("[1]", false)]
    public void IsInteger_IsWhetherTheValueIsWhole_HoweverWritten(string json, bool whole) =>
        Assert.Equal(whole, JsonNumber.IsInteger(Parse(json)));

    [Theory]
    [InlineData("2.5", 2.5)]
    [InlineData("-7", -7d)]
    [InlineData("1e400", double.PositiveInfinity)]
    [InlineData("-1e400", double.NegativeInfinity)]
    public void Value_IsTheDouble_AndTooLargeAMagnitudeIsAnInfinityOfItsSign(string json, double expected) =>
        Assert.Equal(expected, JsonNumber.Value(Parse(json)));

    public static TheoryData<string, int?> Int32Cases => new()
    {
        { "3", 3 },
        { "3.0", 3 },
        { "3e0", 3 },
        { "0.3E1", 3 },
        { "-0", 0 },
        { "2147483647", int.MaxValue },
        { "2147483647.0", int.MaxValue },
        { "-2147483648", int.MinValue },
        { "-2147483648.0", int.MinValue },
        { "2147483648", null },
        { "2147483648.0", null },
        { "-2147483649", null },
        { "-2147483649.0", null },
        { "3.5", null },
        { "1e400", null },
        { "\"3\"", null },
        { "null", null },
    };

    [Theory]
    [MemberData(nameof(Int32Cases))]
    public void TryGetInt32_ReadsAWholeNumberInRange_HoweverWritten(string json, int? expected)
    {
        var read = JsonNumber.TryGetInt32(Parse(json), out var value);
        Assert.Equal(expected is not null, read);
        Assert.Equal(expected ?? 0, value);
    }

    [Theory]
    [MemberData(nameof(Int32Cases))]
    public void WholeNumberInt32Converter_ReadsWhatTryGetInt32Reads_AndRefusesTheRest(string json, int? expected)
    {
        var converter = new WholeNumberInt32Converter();
        var bytes = Encoding.UTF8.GetBytes(json);
        if (expected is { } value)
        {
            var reader = new Utf8JsonReader(bytes);
            reader.Read();
            Assert.Equal(value, converter.Read(ref reader, typeof(int), CoreJson.Options));
        }
        else
        {
            Assert.Throws<JsonException>(() =>
            {
                var reader = new Utf8JsonReader(bytes);
                reader.Read();
                return converter.Read(ref reader, typeof(int), CoreJson.Options);
            });
        }
    }

    [Theory]
    [InlineData(0, "0")]
    [InlineData(-12, "-12")]
    [InlineData(int.MaxValue, "2147483647")]
    public void WholeNumberInt32Converter_WritesPlainly(int value, string json)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            new WholeNumberInt32Converter().Write(writer, value, CoreJson.Options);
        }

        Assert.Equal(json, Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void TheLibrarysOptions_ReadAnIntWrittenAsAWholeDecimal()
    {
        Assert.Equal(40, JsonSerializer.Deserialize<int>("4.0e1", CoreJson.Options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<int>("4.5", CoreJson.Options));
    }
}
