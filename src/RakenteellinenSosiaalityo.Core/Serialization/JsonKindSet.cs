using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// The kinds of a closed hierarchy (see <see cref="IJsonKinds{TBase}"/>), in the order the schema lists them, and the
/// one check of its JSON shape: exactly one known kind is given, and that kind's own rules hold.
/// </summary>
/// <typeparam name="TBase">The hierarchy's base type.</typeparam>
internal sealed class JsonKindSet<TBase>
    where TBase : class
{
    private readonly JsonKind<TBase>[] kinds;

    /// <param name="what">How messages name a value of the hierarchy, e.g. <c>A due rule</c>.</param>
    /// <param name="kinds">The kinds.</param>
    public JsonKindSet(string what, params JsonKind<TBase>[] kinds)
    {
        What = what;
        this.kinds = kinds;
        Names = ValueList<string>.From(kinds.Select(k => k.Name));
    }

    public string What { get; }

    public IReadOnlyList<string> Names { get; }

    public JsonKind<TBase>? Find(string name) => Array.Find(kinds, k => k.Name == name);

    public JsonKind<TBase> Of(TBase value) =>
        Array.Find(kinds, k => k.Handles(value)) ?? throw new InvalidOperationException($"{value.GetType().Name} is not a registered kind of {typeof(TBase).Name}.");

    /// <summary>
    /// Checks an object of the hierarchy in a document beyond what the schema says: exactly one kind is given (problem
    /// at <paramref name="path"/>), and each given kind's own rules (at <c>path.kind</c>). Unknown properties are the
    /// schema's to report.
    /// </summary>
    public void Check(JsonElement element, string path, List<ValidationProblem> problems)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var given = kinds.Where(k => element.TryGetProperty(k.Name, out _)).ToList();
        if (given.Count != 1)
        {
            problems.Add(new(
                path,
                ValidationRules.InvalidValue,
                $"{What} gives exactly one of {string.Join(", ", Names)}; this one gives {(given.Count == 0 ? "none" : string.Join(" and ", given.Select(k => k.Name)))}."));
        }

        foreach (var kind in given)
        {
            kind.Check(element.GetProperty(kind.Name), JsonPath.Property(path, kind.Name), problems);
        }
    }
}
