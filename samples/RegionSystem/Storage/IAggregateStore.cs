namespace RegionSystem.Storage;

/// <summary>
/// Aggregates of one kind (reports, compilations, phenomenon reports), each stored as the library's JSON document with
/// its full history and a version for optimistic concurrency: a change writes only if the version is still the one
/// read, otherwise the caller gets a conflict, never a lost update.
/// </summary>
/// <typeparam name="TId">The aggregate's id type.</typeparam>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
internal interface IAggregateStore<TId, TAggregate>
    where TId : struct
{
    /// <summary>How the aggregate is stored: its kind, its JSON document, its id and list columns.</summary>
    AggregateDocument<TId, TAggregate> Document { get; }

    /// <summary>The aggregate, rebuilt through the region's rules, and its version; null when there is none.</summary>
    Stored<TAggregate>? Find(TId id);

    /// <summary>Adds a new aggregate at version 1.</summary>
    /// <exception cref="RegionSystem.Api.ApiProblemException">An aggregate with the id exists (409, the document's duplicate code).</exception>
    void Add(TAggregate aggregate);

    /// <summary>Replaces the aggregate if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <returns>The new version.</returns>
    /// <exception cref="RegionSystem.Api.ApiProblemException">Someone changed it since it was read (409, <c>concurrent-change</c>).</exception>
    long Save(TAggregate aggregate, long expectedVersion);

    /// <summary>The stored aggregates the filter keeps, by period start, then id.</summary>
    IReadOnlyList<Stored<TAggregate>> List(AggregateFilter filter);
}
