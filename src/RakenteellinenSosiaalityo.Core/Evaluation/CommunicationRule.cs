using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "structural social work has been communicated internally and externally" (fi: on viestitty
/// sisäisesti ja ulkoisesti): <see cref="CommunicationMade"/> records for each of <see cref="Audiences"/> in the
/// evaluated dates.
/// </summary>
/// <remarks>Every audience reached: realized; some: partly; none: not realized. Immutable; compares by value.</remarks>
public sealed record CommunicationRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="audiences">The audiences that must be reached, each once; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="audiences"/> is empty or lists an audience twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="audiences"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An audience is undefined.</exception>
    [JsonConstructor]
    public CommunicationRule(IReadOnlyList<CommunicationAudience> audiences)
    {
        Guard.Against.Null(audiences);
        foreach (var audience in audiences)
        {
            Guard.Against.EnumOutOfRange(audience, nameof(audiences));
        }

        if (audiences.Count == 0 || audiences.Distinct().Count() != audiences.Count)
        {
            throw new ArgumentException("audiences lists one or more audiences, each once.", nameof(audiences));
        }

        Audiences = ValueList.FromValues(audiences);
    }

    /// <summary>The audiences that must be reached.</summary>
    [JsonPropertyName("audiences")]
    public IReadOnlyList<CommunicationAudience> Audiences { get; }
}
