using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Processes;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// One thing recorded on a compilation, with who recorded it, when and under which step (fi: koosteen kirjaus), e.g.
/// one of the network's solution proposals (EK 5.3: observations and solution proposals are separate entries).
/// </summary>
/// <param name="StepId">The step it was recorded under.</param>
/// <param name="By">Who recorded it.</param>
/// <param name="At">When the entry was recorded (an instant in the compilation's history).</param>
/// <param name="Entry">What was recorded.</param>
/// <exception cref="ArgumentNullException"><paramref name="By"/> or <paramref name="Entry"/> is null.</exception>
public sealed record CompilationEntry(StepId StepId, Performer By, Instant At, RecordEntry Entry)
{
    /// <summary>Who recorded it.</summary>
    public Performer By { get; init => field = Guard.Against.Null(value, nameof(By)); } = Guard.Against.Null(By);

    /// <summary>What was recorded.</summary>
    public RecordEntry Entry { get; init => field = Guard.Against.Null(value, nameof(Entry)); } = Guard.Against.Null(Entry);
}
