using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;

namespace RakenteellinenSosiaalityo.Core.Plans;

/// <summary>An approval of a plan (fi: hyväksyntä): who approved it and on which day.</summary>
public sealed record PlanApproval
{
    /// <summary>Creates an approval.</summary>
    /// <param name="by">The body that approved the plan: an actor of the profile or a named external body.</param>
    /// <param name="on">The day of approval.</param>
    /// <exception cref="ArgumentNullException"><paramref name="by"/> is null.</exception>
    [JsonConstructor]
    public PlanApproval(PartyReference by, LocalDate on)
    {
        By = Guard.Against.Null(by);
        On = on;
    }

    /// <summary>The body that approved the plan.</summary>
    [JsonPropertyName("by")]
    public PartyReference By { get; }

    /// <summary>The day of approval.</summary>
    [JsonPropertyName("on")]
    public LocalDate On { get; }
}
