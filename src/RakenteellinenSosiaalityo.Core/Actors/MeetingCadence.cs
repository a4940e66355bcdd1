using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Actors;

/// <summary>
/// How often an actor meets, as the plan states it (fi: kokoontumistiheys), e.g. "monthly except in summer" with
/// 11 meetings a year, or "on an agreed schedule" with no number.
/// </summary>
public sealed record MeetingCadence
{
    /// <summary>Creates a cadence.</summary>
    /// <param name="description">The cadence in the plan's words.</param>
    /// <param name="timesPerYear">How many meetings a year the plan plans, or null when it gives no number.</param>
    /// <exception cref="ArgumentNullException"><paramref name="description"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="timesPerYear"/> is not between 1 and 366.</exception>
    [JsonConstructor]
    public MeetingCadence(LocalizedText description, int? timesPerYear = null)
    {
        Description = Guard.Against.Null(description);
        if (timesPerYear is { } times)
        {
            Guard.Against.OutOfRange(times, nameof(timesPerYear), 1, 366);
        }

        TimesPerYear = timesPerYear;
    }

    /// <summary>The cadence in the plan's words.</summary>
    [JsonPropertyName("description")]
    public LocalizedText Description { get; }

    /// <summary>How many meetings a year the plan plans, or null when it gives no number (e.g. "as agreed").</summary>
    [JsonPropertyName("timesPerYear")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? TimesPerYear { get; }
}
