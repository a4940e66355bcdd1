using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// A closed hierarchy written in JSON as an object with exactly one property, named for the value's kind:
/// <c>{ "month": 12 }</c>, <c>{ "meetingsHeld": { … } }</c>. <see cref="KindJsonConverter{TBase}"/> reads and writes
/// it; the loader checks a document with <see cref="JsonKindSet{TBase}.Check"/>.
/// </summary>
/// <typeparam name="TBase">The hierarchy's base type.</typeparam>
internal interface IJsonKinds<TBase>
    where TBase : class
{
    /// <summary>The kinds, one registration each.</summary>
    static abstract JsonKindSet<TBase> JsonKinds { get; }
}

/// <summary>One kind of a closed hierarchy: its JSON name, how its value is read and written, and its own JSON check.</summary>
/// <typeparam name="TBase">The hierarchy's base type.</typeparam>
internal abstract class JsonKind<TBase>
    where TBase : class
{
    private protected JsonKind(string name) => Name = name;

    /// <summary>The property name of the kind, e.g. <c>monthlyExcept</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Registers a kind whose JSON value is a <typeparamref name="TValue"/>: <paramref name="value"/> gives it from an
    /// instance, <paramref name="create"/> builds an instance from it (through the kind's guarded constructor), and
    /// <paramref name="check"/> (optional) runs the kind's own rules on the raw JSON value at its path, and
    /// <paramref name="handles"/> (optional) tells this kind's instances apart when one type serves several JSON kinds.
    /// </summary>
    public static JsonKind<TBase> Of<TKind, TValue>(
        string name,
        Func<TKind, TValue> value,
        Func<TValue, TKind> create,
        Action<JsonElement, string, List<ValidationProblem>>? check = null,
        Func<TKind, bool>? handles = null)
        where TKind : TBase => new Typed<TKind, TValue>(name, value, create, check, handles);

    public abstract bool Handles(TBase value);

    public abstract TBase Read(ref Utf8JsonReader reader, JsonSerializerOptions options);

    public abstract void WriteValue(Utf8JsonWriter writer, TBase value, JsonSerializerOptions options);

    public abstract void Check(JsonElement value, string path, List<ValidationProblem> problems);

    private sealed class Typed<TKind, TValue>(
        string name,
        Func<TKind, TValue> value,
        Func<TValue, TKind> create,
        Action<JsonElement, string, List<ValidationProblem>>? check,
        Func<TKind, bool>? handles) : JsonKind<TBase>(name)
        where TKind : TBase
    {
        public override bool Handles(TBase instance) => instance is TKind kind && (handles is null || handles(kind));

        public override TBase Read(ref Utf8JsonReader reader, JsonSerializerOptions options)
        {
            var read = JsonSerializer.Deserialize(ref reader, (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue)));
            return read is null ? throw new JsonException($"'{Name}' has a value, not null.") : create(read);
        }

        public override void WriteValue(Utf8JsonWriter writer, TBase instance, JsonSerializerOptions options) =>
            JsonSerializer.Serialize(writer, value((TKind)instance), (JsonTypeInfo<TValue>)options.GetTypeInfo(typeof(TValue)));

        public override void Check(JsonElement element, string path, List<ValidationProblem> problems) => check?.Invoke(element, path, problems);
    }
}
