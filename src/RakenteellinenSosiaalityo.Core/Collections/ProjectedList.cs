using System.Collections;

namespace RakenteellinenSosiaalityo.Core.Collections;

/// <summary>
/// A read-only view of a list with each item projected on access: a writer hands a million items to the serializer
/// without first building a million projections (memory proportional to one item, not to the list).
/// </summary>
internal sealed class ProjectedList<TSource, T>(IReadOnlyList<TSource> source, Func<TSource, T> project) : IReadOnlyList<T>
{
    public int Count => source.Count;

    public T this[int index] => project(source[index]);

    public IEnumerator<T> GetEnumerator()
    {
        foreach (var item in source)
        {
            yield return project(item);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
