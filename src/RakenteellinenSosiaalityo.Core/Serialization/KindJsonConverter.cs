using System.Text.Json;
using System.Text.Json.Serialization;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Reads and writes a closed hierarchy as an object with exactly one property named for the value's kind (see
/// <see cref="IJsonKinds{TBase}"/>); the one converter of <c>ClockWhen</c>, <c>StepDue</c> and <c>MetricDerivation</c>.
/// </summary>
/// <typeparam name="TBase">The hierarchy's base type.</typeparam>
internal sealed class KindJsonConverter<TBase> : JsonConverter<TBase>
    where TBase : class, IJsonKinds<TBase>
{
    public override TBase Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var kinds = TBase.JsonKinds;
        var shape = $"{kinds.What} is an object with exactly one of {string.Join(", ", kinds.Names)}.";
        if (reader.TokenType != JsonTokenType.StartObject || !reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            throw new JsonException(shape);
        }

        var kind = kinds.Find(reader.GetString()!) ?? throw new JsonException(shape);
        reader.Read();
        TBase value;
        try
        {
            value = kind.Read(ref reader, options);
        }
        catch (JsonException e) when (e.Path is { } inner)
        {
            // The kind's value was read by a nested serializer call, whose path starts at the value. Leave the path to
            // the outer serializer (it points at this object) and name the place inside it in the message, keeping the
            // serializer's wording that readers of the exception classify.
            var message = e.Message;
            var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
            var at = $"{(cut > 0 ? message[..cut] : message)} (at '{kind.Name}{(inner.Length > 1 ? inner[1..] : string.Empty)}')";
            throw e is JsonRuleException ruled ? new JsonRuleException(ruled.Rule, at, e.InnerException) : new JsonException(at, e.InnerException);
        }

        return reader.Read() && reader.TokenType == JsonTokenType.EndObject ? value : throw new JsonException(shape);
    }

    public override void Write(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options)
    {
        var kind = TBase.JsonKinds.Of(value);
        writer.WriteStartObject();
        writer.WritePropertyName(kind.Name);
        kind.WriteValue(writer, value, options);
        writer.WriteEndObject();
    }
}
