using System.Security.Claims;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RegionSystem.Storage;

namespace RegionSystem.Api;

/// <summary>
/// The handlers every stored aggregate shares: get it, list it, perform a step, record under a step, change an
/// action's status. Each change reads the aggregate (rebuilt from its history), lets the library apply the operation
/// with the caller as performer and the clock's instant, and writes it back only at the version read. An aggregate's
/// endpoint file maps these with what is its own (the request body and the library call) and keeps only its other routes.
/// </summary>
/// <typeparam name="TId">The aggregate's id type.</typeparam>
/// <typeparam name="TAggregate">The aggregate.</typeparam>
internal static class AggregateEndpoints<TId, TAggregate>
    where TId : struct
{
    /// <summary><c>GET /{id}</c>: the library's JSON document with the full history; ETag is the version.</summary>
    public static RouteHandlerBuilder MapGet(RouteGroupBuilder group) => group.MapGet("/{id}", Get);

    /// <summary><c>GET /</c>: every aggregate of the region that belongs to a period, each as <paramref name="view"/> shows it.</summary>
    public static RouteHandlerBuilder MapList(RouteGroupBuilder group, Func<Stored<TAggregate>, RegionProfile, object> view) =>
        group.MapGet("/", (ClaimsPrincipal user, RegionProfile profile, IAggregateStore<TId, TAggregate> store) =>
        {
            Caller.Of(user, profile);
            return Results.Ok(store.All().Select(row => view(row, profile)).ToList());
        });

    /// <summary>
    /// <c>POST /{id}/steps/{step}</c>: performs a step with the optional body (<paramref name="empty"/> when absent);
    /// <paramref name="perform"/> checks the body and returns the library call.
    /// </summary>
    public static RouteHandlerBuilder MapPerform<TBody>(RouteGroupBuilder group, TBody empty, Func<TBody, StepCall, Func<TAggregate, TAggregate>> perform)
        where TBody : class =>
        group.MapPost("/{id}/steps/{step}", async (HttpContext http, string id, string step, ClaimsPrincipal user, RegionProfile profile, IAggregateStore<TId, TAggregate> store, IClock clock) =>
        {
            var call = new StepCall(profile, step, Caller.Of(user, profile), clock);
            var body = await RequestBody.ReadOptionalAsync<TBody>(http.Request) ?? empty;
            return Change(http, id, store, perform(body, call));
        }).Accepts<TBody>("application/json");

    /// <summary>
    /// <c>POST /{id}/steps/{step}/records</c>: records under a step without performing it;
    /// <paramref name="record"/> checks the body and returns the library call.
    /// </summary>
    public static RouteHandlerBuilder MapRecord<TBody>(RouteGroupBuilder group, Func<TBody, StepCall, Func<TAggregate, TAggregate>> record)
        where TBody : class =>
        group.MapPost("/{id}/steps/{step}/records", async (HttpContext http, string id, string step, ClaimsPrincipal user, RegionProfile profile, IAggregateStore<TId, TAggregate> store, IClock clock) =>
        {
            var call = new StepCall(profile, step, Caller.Of(user, profile), clock);
            var body = await RequestBody.ReadAsync<TBody>(http.Request);
            return Change(http, id, store, record(body, call));
        }).Accepts<TBody>("application/json");

    /// <summary>
    /// <c>POST /{id}/steps/{step}/records</c> with a <see cref="RecordRequest"/>: records the entry or decides the action
    /// it holds; neither or both is refused (400) before the aggregate is read.
    /// </summary>
    public static RouteHandlerBuilder MapRecordOrDecide(
        RouteGroupBuilder group, Func<TAggregate, StepCall, RecordEntry, TAggregate> record, Func<TAggregate, StepCall, ActionDecision, TAggregate> decide) =>
        MapRecord<RecordRequest>(group, (body, call) => body.Apply<Func<TAggregate, TAggregate>>(
            entry => aggregate => record(aggregate, call, entry),
            decision => aggregate => decide(aggregate, call, decision)));

    /// <summary><c>POST /{id}/actions/{number}/status</c>: closes a decided action as done or cancelled.</summary>
    public static RouteHandlerBuilder MapChangeActionStatus(RouteGroupBuilder group, Func<TAggregate, ActionStatusRequest, ActionCall, TAggregate> change) =>
        group.MapPost("/{id}/actions/{number:int}/status", async (HttpContext http, string id, int number, ClaimsPrincipal user, RegionProfile profile, IAggregateStore<TId, TAggregate> store, IClock clock) =>
        {
            var call = new ActionCall(profile, number, Caller.Of(user, profile), clock);
            var body = await RequestBody.ReadAsync<ActionStatusRequest>(http.Request);
            return Change(http, id, store, aggregate => change(aggregate, body, call));
        }).Accepts<ActionStatusRequest>("application/json");

    /// <summary>
    /// Reads the aggregate, refuses a stale <c>If-Match</c>, applies <paramref name="operation"/> and writes the result
    /// at the version read; answers with the changed document and its new version.
    /// </summary>
    /// <exception cref="ApiProblemException">No such aggregate (404); someone changed it since (409, <c>concurrent-change</c>).</exception>
    public static IResult Change(HttpContext http, string id, IAggregateStore<TId, TAggregate> store, Func<TAggregate, TAggregate> operation)
    {
        var stored = store.Get(id);
        Responses.CheckIfMatch(http.Request, id, stored.Version);
        var changed = operation(stored.Aggregate);
        var version = store.Save(changed, stored.Version);
        return Responses.Document(http, store.Document.Serialize(changed), version);
    }

    private static IResult Get(HttpContext http, string id, ClaimsPrincipal user, RegionProfile profile, IAggregateStore<TId, TAggregate> store)
    {
        Caller.Of(user, profile);
        var stored = store.Get(id);
        return Responses.Document(http, store.Document.Serialize(stored.Aggregate), stored.Version);
    }
}
