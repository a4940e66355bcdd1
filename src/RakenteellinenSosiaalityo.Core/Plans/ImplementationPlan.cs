using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Plans;

/// <summary>
/// The metadata of a region's implementation plan of structural social work (fi: toteutussuunnitelma): its title,
/// legal basis, validity, approvals, upkeep and goals.
/// </summary>
public sealed record ImplementationPlan
{
    /// <summary>The plan's title.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("title")]
    public required LocalizedText Title { get; init => field = Guard.Against.Null(value, nameof(Title)); }

    /// <summary>The statute the plan rests on.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("legalBasis")]
    public required LegalBasis LegalBasis { get; init => field = Guard.Against.Null(value, nameof(LegalBasis)); }

    /// <summary>When the plan is in force, or null when the plan does not say.</summary>
    [JsonPropertyName("validity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public PlanValidity? Validity { get; init; }

    /// <summary>Who approved the plan and when, in the plan's order.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("approvals")]
    [AllowNull]
    public IReadOnlyList<PlanApproval> Approvals
    {
        get;
        init => field = ValueList.From(value, nameof(Approvals));
    } = ValueList<PlanApproval>.Empty;

    /// <summary>Who keeps the plan up to date and how often.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("maintenance")]
    public required PlanMaintenance Maintenance { get; init => field = Guard.Against.Null(value, nameof(Maintenance)); }

    /// <summary>The plan's goals, in the plan's order; goal <c>n</c> is item <c>n - 1</c>.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("goals")]
    [AllowNull]
    public IReadOnlyList<LocalizedText> Goals
    {
        get;
        init => field = ValueList.From(value, nameof(Goals));
    } = ValueList<LocalizedText>.Empty;
}
