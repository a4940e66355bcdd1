using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The history handling every aggregate that follows a region's process shares: appending an entry, and rebuilding
/// the aggregate from its history alone by replaying every entry through the aggregate's own operations, so that a
/// stored history passes exactly the rules a live operation passes.
/// </summary>
internal static class ProcessHistory
{
    /// <summary>The history with <paramref name="entry"/> appended.</summary>
    public static ValueList<TEvent> Append<TEvent>(IReadOnlyList<TEvent> history, TEvent entry)
        where TEvent : ProcessEvent =>
        history is ValueList<TEvent> list ? list.With(entry) : ValueList<TEvent>.From([.. history, entry]);

    /// <summary>
    /// Rebuilds an aggregate: <paramref name="create"/> replays the first entry, <paramref name="apply"/> each later one.
    /// Any rule an entry breaks becomes <see cref="LifecycleRules.InvalidHistory"/> naming the entry's index and the rule.
    /// </summary>
    /// <param name="history">The history, oldest first.</param>
    /// <param name="subject">The aggregate, for messages, e.g. <c>report R-17</c>.</param>
    /// <param name="begins">Whether an entry can begin the history.</param>
    /// <param name="beginning">What the first entry must be, for the message, e.g. <c>its creation</c>.</param>
    /// <param name="create">Makes the aggregate of the first entry.</param>
    /// <param name="apply">Applies a later entry (its index given for messages).</param>
    /// <exception cref="LifecycleException">The history is empty, begins wrongly, or an entry is refused (<c>invalid-history</c>).</exception>
    public static T Rebuild<T, TEvent>(IReadOnlyList<TEvent> history, string subject, Func<TEvent, bool> begins, string beginning, Func<TEvent, T> create, Func<T, TEvent, int, T> apply)
        where TEvent : ProcessEvent
    {
        if (history.Count == 0 || history[0] is not { } first || !begins(first))
        {
            throw new LifecycleException(LifecycleRules.InvalidHistory, $"The history of {subject} must begin with {beginning}.", subject);
        }

        var index = 0;
        try
        {
            var aggregate = create(first);
            for (index = 1; index < history.Count; index++)
            {
                var e = history[index] ?? throw new LifecycleException(LifecycleRules.InvalidHistory, $"Entry {index} of the history of {subject} is null.", subject);
                aggregate = apply(aggregate, e, index);
            }

            return aggregate;
        }
        catch (DomainException e) when (e is not LifecycleException { Code: LifecycleRules.InvalidHistory })
        {
            throw new LifecycleException(LifecycleRules.InvalidHistory, $"Entry {index} of the history of {subject} is not possible: {e.Message} [{e.Code}]", subject);
        }
        catch (ArgumentException e)
        {
            throw new LifecycleException(LifecycleRules.InvalidHistory, $"Entry {index} of the history of {subject} is not possible: {PersonalDataScanner.Redact(e.Message)}", subject);
        }
    }
}
