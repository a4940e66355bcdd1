using RakenteellinenSosiaalityo.Core.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// A decision on a compilation that starts an action (fi: päätös toimenpiteestä): what is to be done, who is
/// responsible, and when it is followed up (K 4.3: the steering group decides follow-up actions and names responsible
/// persons; EK 5.3: ArTu agrees actions, responsibilities and follow-up).
/// </summary>
/// <remarks>
/// Given to <see cref="Compilation.Perform"/> or <see cref="Compilation.Record(Regions.RegionProfile, Processes.StepId, Processes.Performer, Instant, ActionDecision)"/>
/// at a step that records decisions; the compilation turns it into a numbered <see cref="DecidedAction"/>. The
/// description and the person pass the privacy guard. Immutable; compares by value.
/// </remarks>
public sealed record ActionDecision
{
    /// <summary>Creates a decision.</summary>
    /// <param name="description">What is to be done.</param>
    /// <param name="responsible">Who is responsible.</param>
    /// <param name="followUp">When the action is followed up.</param>
    /// <exception cref="ArgumentNullException"><paramref name="responsible"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="description"/> is null, empty or white space.</exception>
    [JsonConstructor]
    public ActionDecision(string description, ActionResponsible responsible, LocalDate followUp)
    {
        Description = Guard.Against.NullOrBlank(description);
        Responsible = Guard.Against.Null(responsible);
        FollowUp = followUp;
    }

    /// <summary>What is to be done.</summary>
    [JsonPropertyName("description")]
    public string Description { get; }

    /// <summary>Who is responsible.</summary>
    [JsonPropertyName("responsible")]
    public ActionResponsible Responsible { get; }

    /// <summary>When the action is followed up (fi: seuranta).</summary>
    [JsonPropertyName("followUp")]
    public LocalDate FollowUp { get; }

    /// <summary>Returns the responsible party and the follow-up date, never the description.</summary>
    /// <returns>For example <c>action for coordinator, follow-up 2026-03-31</c>.</returns>
    public override string ToString() => $"action for {Responsible}, follow-up {FollowUp:uuuu-MM-dd}";
}
