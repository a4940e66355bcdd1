namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>What the shared document reader checks on every aggregate that follows a region's process.</summary>
internal interface IProcessAggregate
{
    /// <summary>Where the aggregate is in its process.</summary>
    LifecycleStatus Status { get; }

    /// <summary>The steps performed (in the current round), in order.</summary>
    IReadOnlyList<StepId> PerformedSteps { get; }
}
