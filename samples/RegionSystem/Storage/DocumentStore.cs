using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Storage;

/// <summary>
/// The one <see cref="IAggregateStore{TId, TAggregate}"/>: the region's rows of one kind in <see cref="AggregateTable"/>,
/// written and read through the aggregate's <see cref="AggregateDocument{TId, TAggregate}"/>.
/// </summary>
internal sealed class DocumentStore<TId, TAggregate>(Database database, RegionProfile profile, AggregateDocument<TId, TAggregate> document)
    : IAggregateStore<TId, TAggregate>
    where TId : struct
{
    private readonly AggregateTable table = new(database, document.Kind, profile.Id.Value);

    public AggregateDocument<TId, TAggregate> Document => document;

    public Stored<TAggregate>? Find(TId id) => table.Find(document.IdText(id)) is { } row ? Read(row) : null;

    public void Add(TAggregate aggregate) =>
        table.Add(document.IdText(document.IdOf(aggregate)), document.ColumnsOf(aggregate, profile), document.Serialize(aggregate),
            document.DuplicateCode, document.DuplicateMessage(aggregate));

    public long Save(TAggregate aggregate, long expectedVersion) =>
        table.Replace(document.IdText(document.IdOf(aggregate)), expectedVersion, document.ColumnsOf(aggregate, profile), document.Serialize(aggregate));

    public IReadOnlyList<Stored<TAggregate>> List(AggregateFilter filter) =>
        table.List(filter.PeriodStart, filter.Status, filter.PeriodStartUpTo, filter.PeriodStartBefore).Select(Read).ToList();

    private Stored<TAggregate> Read(StoredDocument row) => new(document.Deserialize(row.Document, profile), row.Version);
}
