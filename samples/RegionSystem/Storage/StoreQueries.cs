using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RegionSystem.Api;

namespace RegionSystem.Storage;

/// <summary>The questions the endpoints ask a store: one aggregate by the id a route names, and the lists they need.</summary>
internal static class StoreQueries
{
    /// <summary>The aggregate the route's <paramref name="id"/> names, and its version.</summary>
    /// <exception cref="ApiProblemException">No such aggregate, or the text is no id of its kind (404).</exception>
    public static Stored<TAggregate> Get<TId, TAggregate>(this IAggregateStore<TId, TAggregate> store, string id)
        where TId : struct =>
        (store.Document.ParseId(id) is { } parsed ? store.Find(parsed) : null) ?? throw ApiProblemException.NotFound($"{store.Document.Name} {id}");

    /// <summary>Every aggregate of the region that belongs to a period, oldest period first.</summary>
    public static IReadOnlyList<Stored<TAggregate>> All<TId, TAggregate>(this IAggregateStore<TId, TAggregate> store)
        where TId : struct =>
        store.List(AggregateFilter.WithPeriod);

    /// <summary>The reports submitted in <paramref name="period"/> (all periods when null), with a status (any when null).</summary>
    public static IReadOnlyList<Stored<SocialReport>> List(this ReportStore store, ReportingPeriod? period, LifecycleStatus? status) =>
        store.List(new AggregateFilter(
            PeriodStart: period is { } p ? AggregateDocuments.Key(p) : null,
            Status: status is { } s ? AggregateDocuments.StatusKey(s) : null));

    /// <summary>Every report submitted up to the end of <paramref name="period"/>: what a compilation may include or carry over.</summary>
    public static IReadOnlyList<SocialReport> SubmittedUpTo(this ReportStore store, ReportingPeriod period) =>
        store.List(new AggregateFilter(PeriodStartUpTo: AggregateDocuments.Key(period))).Select(row => row.Aggregate).ToList();

    /// <summary>Every submitted report of the region.</summary>
    public static IReadOnlyList<SocialReport> Submitted(this ReportStore store) =>
        store.All().Select(row => row.Aggregate).ToList();

    /// <summary>The contents of the compilations of periods before <paramref name="period"/>: what carried-over reports need.</summary>
    public static IReadOnlyList<CompilationContent> ContentsBefore(this CompilationStore store, ReportingPeriod period) =>
        store.List(new AggregateFilter(PeriodStartBefore: AggregateDocuments.Key(period))).Select(row => row.Aggregate.Content).ToList();
}
