using System.Text;
using System.Text.Json;
using NodaTime;
using NodaTime.Utility;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// What the fast readers share: which exceptions hand a part over to the precise path (a refusal), which do not (a
/// defect or the environment, which must surface), and the reader's moves that fail on anything but the expected token.
/// </summary>
public sealed class FastJsonReadingTests
{
    public static TheoryData<Exception> Refusals => new()
    {
        new JsonException("bad"),
        new TestDomainException(),
        new ArgumentException("bad"),
        new ArgumentOutOfRangeException("value"),
        new ArgumentNullException("value"),
        new InvalidOperationException("bad"),
        new FormatException("bad"),
        new NotSupportedException("bad"),
        new InvalidNodaDataException("bad"),
    };

    public static TheoryData<Exception> NotRefusals => new()
    {
        new IOException("disk"),
        new UnauthorizedAccessException("disk"),
        new TimeoutException("slow"),
        new KeyNotFoundException("missing"),
        new OverflowException("too large"),
        new OperationCanceledException(),
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void IsRefusal_ARefusalByAConverterConstructorOrReader_IsOne(Exception e) => Assert.True(FastJsonReading.IsRefusal(e));

    [Theory]
    [MemberData(nameof(NotRefusals))]
    public void IsRefusal_ADefectOrTheEnvironment_IsNot(Exception e) => Assert.False(FastJsonReading.IsRefusal(e));

    [Fact]
    public void Value_MovesToTheValue_AndTellsWhetherItIsOfTheTypeExpected()
    {
        var reader = new Utf8JsonReader("{\"a\":1,\"b\":\"x\"}"u8);
        reader.Read();
        reader.Read();
        Assert.True(FastJsonReading.Value(ref reader, JsonTokenType.Number));
        reader.Read();
        Assert.False(FastJsonReading.Value(ref reader, JsonTokenType.Number));
        Assert.Equal(JsonTokenType.String, reader.TokenType);
    }

    [Fact]
    public void Value_AtTheEndOfAPartialBuffer_IsFalse()
    {
        var reader = new Utf8JsonReader("{\"a\":"u8, isFinalBlock: false, state: default);
        reader.Read();
        reader.Read();
        Assert.False(FastJsonReading.Value(ref reader, JsonTokenType.Number));
    }

    [Fact]
    public void Item_MovesThroughTheArray_AndIsFalseAtItsEnd()
    {
        var reader = new Utf8JsonReader("[1,2]"u8);
        reader.Read();
        Assert.True(FastJsonReading.Item(ref reader));
        Assert.Equal(1, reader.GetInt32());
        Assert.True(FastJsonReading.Item(ref reader));
        Assert.Equal(2, reader.GetInt32());
        Assert.False(FastJsonReading.Item(ref reader));
        Assert.Equal(JsonTokenType.EndArray, reader.TokenType);
    }

    [Fact]
    public void End_IsTheEndOfTheObjectBegunAtThatDepth_NotOfAnInnerOne()
    {
        var reader = new Utf8JsonReader("{\"a\":{}}"u8);
        reader.Read(); // { at depth 0
        Assert.False(FastJsonReading.End(ref reader, 0));
        reader.Read(); // "a"
        reader.Read(); // { at depth 1
        reader.Read(); // } at depth 1
        Assert.False(FastJsonReading.End(ref reader, 0));
        Assert.True(FastJsonReading.End(ref reader, 1));
        reader.Read(); // } at depth 0
        Assert.True(FastJsonReading.End(ref reader, 0));
    }

    [Fact]
    public void Read_UsesTheConverterOfTheLibrarysOptions_AsTheSerializerDoes()
    {
        var converter = FastJsonReading.ConverterOf<LocalDate>();
        Assert.Same(converter, FastJsonReading.ConverterOf<LocalDate>());
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes("\"2026-12-02\""));
        reader.Read();
        Assert.Equal(new LocalDate(2026, 12, 2), FastJsonReading.Read(ref reader, converter));
        Assert.Same(CoreJson.Options, FastJsonReading.Options);
    }

    private sealed class TestDomainException() : DomainException("a rule", "refused");
}
