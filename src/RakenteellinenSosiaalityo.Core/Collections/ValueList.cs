using System.Collections;
using System.Diagnostics;

namespace RakenteellinenSosiaalityo.Core.Collections;

/// <summary>
/// An immutable list with value equality. Records of this library expose their collections as
/// <see cref="IReadOnlyList{T}"/> backed by this type, so that two records holding equal items compare equal
/// (an <see cref="System.Collections.Immutable.ImmutableArray{T}"/> or a <see cref="List{T}"/> compares by
/// reference and would break record equality).
/// </summary>
[DebuggerDisplay("Count = {Count}")]
internal sealed class ValueList<T> : IReadOnlyList<T>, IEquatable<ValueList<T>>
{
    private readonly T[] items;

    private ValueList(T[] items) => this.items = items;

    public static ValueList<T> Empty { get; } = new([]);

    public int Count => items.Length;

    public T this[int index] => items[index];

    /// <summary>Copies <paramref name="source"/> (null means empty); an existing value list is reused as is.</summary>
    public static ValueList<T> From(IEnumerable<T>? source) => source switch
    {
        null => Empty,
        ValueList<T> list => list,
        _ => Create(source.ToArray()),
    };

    /// <summary>
    /// Wraps <paramref name="items"/> without copying them: for an array the caller has just built and never changes
    /// again (a compilation's included reports and groups: a million items are not copied once more).
    /// </summary>
    public static ValueList<T> Own(T[] items) => Create(items);

    /// <summary>This list with <paramref name="item"/> appended (not named Append: mutation testing turns a LINQ-named call into Prepend, which does not compile): one copy of the items, no enumerator.</summary>
    public ValueList<T> With(T item)
    {
        var copy = new T[items.Length + 1];
        items.CopyTo(copy, 0);
        copy[^1] = item;
        return new ValueList<T>(copy);
    }

    public bool Equals(ValueList<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        return ReferenceEquals(this, other) || items.AsSpan().SequenceEqual(other.items, EqualityComparer<T>.Default);
    }

    public override bool Equals(object? obj) => obj is ValueList<T> other && Equals(other);

    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in items)
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    public IEnumerator<T> GetEnumerator() => ((IEnumerable<T>)items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => items.GetEnumerator();

    public override string ToString() => $"[{string.Join(", ", items)}]";

    private static ValueList<T> Create(T[] array) => array.Length == 0 ? Empty : new ValueList<T>(array);
}

/// <summary>Factory shorthand for <see cref="ValueList{T}"/>.</summary>
internal static class ValueList
{
    /// <summary>Copies <paramref name="source"/> into a value list, rejecting null items.</summary>
    public static ValueList<T> From<T>(IEnumerable<T>? source, string parameterName)
        where T : class
    {
        var list = ValueList<T>.From(source);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is null)
            {
                throw new ArgumentException($"Item {i} of the list must not be null.", parameterName);
            }
        }

        return list;
    }

    /// <summary>
    /// As <see cref="From{T}(IEnumerable{T}?, string)"/> for a list that must be given: null is an
    /// <see cref="ArgumentNullException"/> naming <paramref name="parameterName"/>, not an empty list.
    /// </summary>
    public static ValueList<T> Required<T>(IEnumerable<T>? source, string parameterName)
        where T : class => From(source ?? throw new ArgumentNullException(parameterName), parameterName);

    /// <summary>As <see cref="FromValues{T}(IEnumerable{T}?)"/> for a list that must be given: null is an <see cref="ArgumentNullException"/>.</summary>
    public static ValueList<T> RequiredValues<T>(IEnumerable<T>? source, string parameterName)
        where T : struct => ValueList<T>.From(source ?? throw new ArgumentNullException(parameterName));

    /// <summary>Copies <paramref name="source"/> of values into a value list.</summary>
    public static ValueList<T> FromValues<T>(IEnumerable<T>? source)
        where T : struct => ValueList<T>.From(source);
}
