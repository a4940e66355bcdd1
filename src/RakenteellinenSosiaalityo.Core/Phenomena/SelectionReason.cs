using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// One source of the choice of a phenomenon and why it counts (fi: valinnan peruste), e.g. "HYTE priorities: substance
/// abuse is a priority of the regional wellbeing plan" or "compilations: the theme recurred in three services".
/// </summary>
/// <remarks>Immutable; compares by value. The justification is free text and passes the privacy guard when the choice is recorded.</remarks>
public sealed record SelectionReason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="source">Where the candidate came from.</param>
    /// <param name="justification">Why it counts, in words.</param>
    /// <param name="compilation">The compilation it came from, for <see cref="CandidateSource.Compilations"/>; null otherwise or when not named.</param>
    /// <exception cref="ArgumentException"><paramref name="source"/> is undefined, <paramref name="justification"/> is empty, or a compilation is named for another source.</exception>
    [JsonConstructor]
    public SelectionReason(CandidateSource source, string justification, CompilationId? compilation = null)
    {
        Source = Guard.Against.EnumOutOfRange(source);
        Justification = Guard.Against.NullOrBlank(justification);
        if (compilation is { Value: null } || (compilation is not null && source != CandidateSource.Compilations))
        {
            throw new ArgumentException("Only a reason from the compilations names a compilation, and then a valid one.", nameof(compilation));
        }

        Compilation = compilation;
    }

    /// <summary>Where the candidate came from.</summary>
    [JsonPropertyName("source")]
    public CandidateSource Source { get; }

    /// <summary>Why it counts.</summary>
    [JsonPropertyName("justification")]
    public string Justification { get; }

    /// <summary>The compilation it came from; null when not from a compilation or not named.</summary>
    [JsonPropertyName("compilation")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CompilationId? Compilation { get; }
}
