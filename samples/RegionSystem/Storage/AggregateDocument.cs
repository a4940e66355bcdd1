using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Storage;

/// <summary>
/// How one kind of aggregate is stored: its kind in the table, its name in a 404, its id, the library's JSON document
/// functions for it, the columns a list filters on, and the problem a second aggregate with the same id gets.
/// </summary>
/// <param name="Kind">The <c>kind</c> column, e.g. <c>report</c>.</param>
/// <param name="Name">What a problem calls it, e.g. <c>report</c> in "report R-17 not found".</param>
/// <param name="ParseId">The id a route's text names; null when it cannot name one (then the aggregate is not found).</param>
/// <param name="IdOf">The aggregate's id.</param>
/// <param name="IdText">An id as stored and as a route names it.</param>
/// <param name="Serialize">The library's JSON document with the full history.</param>
/// <param name="Deserialize">Rebuilds the aggregate from the document through the region's rules: a stored row is never trusted as is.</param>
/// <param name="ColumnsOf">The columns a list filters on, derived from the aggregate at each write.</param>
/// <param name="DuplicateCode">The rule code of a second aggregate with the same id (409).</param>
/// <param name="DuplicateMessage">The message of that problem, naming the id.</param>
internal sealed record AggregateDocument<TId, TAggregate>(
    string Kind,
    string Name,
    Func<string, TId?> ParseId,
    Func<TAggregate, TId> IdOf,
    Func<TId, string> IdText,
    Func<TAggregate, string> Serialize,
    Func<string, RegionProfile, TAggregate> Deserialize,
    Func<TAggregate, RegionProfile, AggregateTable.Columns> ColumnsOf,
    string DuplicateCode,
    Func<TAggregate, string> DuplicateMessage)
    where TId : struct;
