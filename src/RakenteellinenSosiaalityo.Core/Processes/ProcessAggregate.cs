using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// What every aggregate that follows a region's process is (fi: prosessia noudattava asia): an id, the region, the full
/// history, and how far it has come in its process — the one engine behind <see cref="Reports.SocialReport"/>,
/// <see cref="Compilations.Compilation"/> and <see cref="Phenomena.PhenomenonReport"/>.
/// </summary>
/// <typeparam name="TId">The aggregate's id type.</typeparam>
/// <typeparam name="TEvent">The aggregate's history entry type.</typeparam>
/// <remarks>
/// Immutable: each aggregate's operations return a new aggregate with one more history entry. The rules of going
/// further (named actor, order, no step twice, time order) are those of the shared engine; each aggregate configures
/// which of the profile's processes it follows and what it records beyond steps and entries.
/// </remarks>
public abstract record ProcessAggregate<TId, TEvent> : IProcessAggregate
    where TId : struct
    where TEvent : ProcessEvent
{
    private protected ProcessAggregate(TId id, RegionId regionId, ValueList<TEvent> history, ProcessAuthorization authorization)
    {
        Id = id;
        RegionId = regionId;
        History = history;
        Authorization = authorization;
    }

    /// <summary>The id.</summary>
    public TId Id { get; }

    /// <summary>The id of the region profile whose process it follows.</summary>
    public RegionId RegionId { get; }

    /// <summary>Everything that happened to it, oldest first; the first entry creates it.</summary>
    public IReadOnlyList<TEvent> History { get; private protected init; }

    /// <summary>Where it is in its process.</summary>
    public LifecycleStatus Status => Authorization.Status;

    /// <summary>The steps performed (in the current round, for a subject that can be returned), in order.</summary>
    public IReadOnlyList<StepId> PerformedSteps => Authorization.Performed;

    private protected ProcessAuthorization Authorization { get; init; }

    /// <summary>What the aggregate is called in messages, e.g. <c>report</c>.</summary>
    private protected abstract string Noun { get; }

    private protected ProcessTarget On => new($"{Noun} {Id}", RegionId);

    private protected string InWords => On.InWords;

    /// <summary>The steps that may be performed next, each by the actor it names.</summary>
    /// <param name="profile">The region profile.</param>
    /// <returns>The pending steps: the first step while nothing is performed (or after a return); none when withdrawn or every step is performed.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="LifecycleException">It belongs to another region (<c>region-mismatch</c>).</exception>
    public IReadOnlyList<ProcessStep> PendingSteps(RegionProfile profile)
    {
        CheckRegion(profile).ThrowIfRefused(InWords, null, null);
        return Authorization.Pending(ProcessOf(profile)).ToList();
    }

    /// <summary>The process of <paramref name="profile"/> the aggregate follows.</summary>
    private protected abstract ProcessDefinition ProcessOf(RegionProfile profile);

    internal LifecycleCheck CheckRegion(RegionProfile profile) => On.CheckRegion(profile);

    private protected static LifecycleCheck First(LifecycleCheck check, params Func<LifecycleCheck>[] then) => ProcessTarget.First(check, then);
}
