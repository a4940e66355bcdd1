using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RegionSystem.Api;

// The sample's request bodies. Values inside them are the library's own types, read with its JSON rules.

/// <summary>Performing a step: what it records and, at a deciding step, the actions decided.</summary>
internal sealed record StepRequest(IReadOnlyList<RecordEntry>? Entries = null, IReadOnlyList<ActionDecision>? Decisions = null);

/// <summary>Recording under a step without performing it: one entry or one action decision.</summary>
internal sealed record RecordRequest(RecordEntry? Entry = null, ActionDecision? Decision = null)
{
    /// <summary>Applies the one of <paramref name="entry"/> and <paramref name="decision"/> the request holds.</summary>
    /// <exception cref="ApiProblemException">It holds neither or both (400).</exception>
    public T Apply<T>(Func<RecordEntry, T> entry, Func<ActionDecision, T> decision) => (Entry, Decision) switch
    {
        ({ } e, null) => entry(e),
        (null, { } d) => decision(d),
        _ => throw ApiProblemException.Invalid([new("$", RakenteellinenSosiaalityo.Core.Validation.ValidationRules.MissingProperty, "Give exactly one of 'entry' and 'decision'.")]),
    };
}

/// <summary>Returning a report for completion (reason required) or withdrawing it (reason optional).</summary>
internal sealed record ReasonRequest(string? Reason = null);

/// <summary>Compiling the reporting period that holds <paramref name="Period"/> (any day of it).</summary>
internal sealed record CompileRequest(LocalDate Period, IReadOnlyList<RecordEntry>? Entries = null, IReadOnlyList<ActionDecision>? Decisions = null);

/// <summary>Closing a decided action.</summary>
internal sealed record ActionStatusRequest(ActionStatus Status, string? Note = null);

/// <summary>Performing a phenomenon report step: what it records, the actions decided and, at a publishing step, the recipients.</summary>
internal sealed record PhenomenonStepRequest(
    IReadOnlyList<RecordEntry>? Entries = null,
    IReadOnlyList<ActionDecision>? Decisions = null,
    IReadOnlyList<RakenteellinenSosiaalityo.Core.Actors.PartyReference>? Recipients = null);
