using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Regions;

/// <summary>
/// Something a region profile assumes because its plan is silent (fi: oletus), stated so that readers know which
/// rules come from the plan and which do not.
/// </summary>
public sealed record Assumption
{
    /// <summary>Creates an assumption.</summary>
    /// <param name="subject">What the assumption is about, as the name of the profile property it concerns, e.g. <c>reportingPeriods</c>.</param>
    /// <param name="text">The assumption and why it was made.</param>
    /// <exception cref="ArgumentException"><paramref name="subject"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    [JsonConstructor]
    public Assumption(string subject, LocalizedText text)
    {
        Subject = Guard.Against.NullOrBlank(subject);
        Text = Guard.Against.Null(text);
    }

    /// <summary>What the assumption is about, e.g. <c>reportingPeriods</c>.</summary>
    [JsonPropertyName("subject")]
    public string Subject { get; }

    /// <summary>The assumption and why it was made.</summary>
    [JsonPropertyName("text")]
    public LocalizedText Text { get; }
}
