using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Plans;

/// <summary>Who keeps a plan up to date and how often (fi: suunnitelman päivittäminen).</summary>
public sealed record PlanMaintenance
{
    /// <summary>The parties responsible for updating the plan, the main one first.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("responsible")]
    [AllowNull]
    public required IReadOnlyList<PartyReference> Responsible
    {
        get;
        init => field = ValueList.From(value, nameof(Responsible));
    } = ValueList<PartyReference>.Empty;

    /// <summary>How often the plan is reviewed and updated, in the plan's words.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("cadence")]
    public required LocalizedText Cadence { get; init => field = Guard.Against.Null(value, nameof(Cadence)); }

    /// <summary>The month (1–12) of the yearly review, or null when the plan names none.</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set to a number outside 1–12.</exception>
    [JsonPropertyName("reviewMonth")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? ReviewMonth
    {
        get;
        init => field = value is null or (>= 1 and <= 12) ? value : throw new ArgumentOutOfRangeException(nameof(ReviewMonth), value, "A month is 1–12.");
    }
}
