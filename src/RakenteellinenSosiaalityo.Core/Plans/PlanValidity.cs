using System.Text.Json.Serialization;
using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Plans;

/// <summary>When a plan is in force (fi: voimassaolo): from a first day to an optional last day, both included.</summary>
public sealed record PlanValidity
{
    /// <summary>Creates a validity.</summary>
    /// <param name="start">The first day the plan is in force.</param>
    /// <param name="end">The last day the plan is in force, or null when the plan names none.</param>
    /// <exception cref="ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    [JsonConstructor]
    public PlanValidity(LocalDate start, LocalDate? end = null)
    {
        if (end is { } last && last < start)
        {
            throw new ArgumentException("A plan's validity cannot end before it starts.", nameof(end));
        }

        Start = start;
        End = end;
    }

    /// <summary>The first day the plan is in force.</summary>
    [JsonPropertyName("start")]
    public LocalDate Start { get; }

    /// <summary>The last day the plan is in force, or null when the plan names none.</summary>
    [JsonPropertyName("end")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalDate? End { get; }

    /// <summary>Whether the plan is in force on <paramref name="date"/>.</summary>
    /// <param name="date">The date to test.</param>
    /// <returns>True when <paramref name="date"/> is on or after <see cref="Start"/> and, if there is an end, on or before it.</returns>
    public bool Contains(LocalDate date) => date >= Start && (End is null || date <= End);
}
