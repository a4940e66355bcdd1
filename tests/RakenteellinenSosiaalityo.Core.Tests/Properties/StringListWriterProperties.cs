using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>A list of strings for <c>StringListWriter</c>, shown as JSON when a property fails.</summary>
/// <param name="Items">The items; null items included.</param>
public sealed record StringItems(string?[] Items)
{
    /// <inheritdoc/>
    public override string ToString() => JsonSerializer.Serialize(Items);
}

/// <summary>Lists of strings with what JSON escapes: quotes, backslashes, control characters, non-ASCII, nulls.</summary>
public static class StringListWriterArbitraries
{
    /// <summary>The lists.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<StringItems> Lists()
    {
        var chars = Gen.OneOf(
            Gen.Elements("aäöÅ \"\\/\n\r\t\u0000\u001f\u007f\u00a0\u2028\u2029<>&'+€".ToCharArray()),
            Gen.Choose(0x20, 0xD7FF).Select(i => (char)i));
        var text = from count in Gen.Choose(0, 20)
                   from cs in Gen.ArrayOf(chars, count)
                   select new string(cs);

        // Whole surrogate pairs only: a lone surrogate is refused alike by both writers, so it shows nothing here.
        var item = Gen.Frequency((8, text.Select(t => (string?)t)), (1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("😀")));
        return (from count in Gen.Choose(0, 8)
                from items in Gen.ArrayOf(item, count)
                select new StringItems(items)).ToArbitrary();
    }
}

public sealed class StringListWriterProperties
{
    [Property(MaxTest = 1000, Arbitrary = new[] { typeof(StringListWriterArbitraries) })]
    public void Write_GivesTheSerializersBytes(StringItems list)
    {
        IReadOnlyList<string> items = list.Items!;
        var expected = JsonSerializer.Serialize(items, CoreJson.Options);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, CoreJson.WriterOptions))
        {
            StringListWriter.Instance.Write(writer, items, CoreJson.Options);
        }

        Assert.Equal(expected, Encoding.UTF8.GetString(stream.ToArray()));
    }
}
