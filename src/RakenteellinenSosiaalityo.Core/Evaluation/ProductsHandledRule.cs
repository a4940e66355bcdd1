using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "the body handles the knowledge products N times a year" (fi: tietotuotteet käsitellään): the
/// distinct compilations (by period) and phenomenon reports (by title) that <see cref="Body"/> handled, as
/// <see cref="KnowledgeProductHandled"/> records in the evaluated dates, optionally only in <see cref="InMonths"/>.
/// </summary>
/// <remarks>
/// Every count reached: realized; something handled but a count short: partly; nothing handled: not realized.
/// Immutable; compares by value.
/// </remarks>
public sealed record ProductsHandledRule
{
    /// <summary>Creates the rule; at least one of the counts is given.</summary>
    /// <param name="body">The actor that handles the products.</param>
    /// <param name="compilations">How many compilations it handles, or null.</param>
    /// <param name="phenomenonReports">How many phenomenon reports it handles, or null.</param>
    /// <param name="inMonths">The months (1–12) a handling must fall in to count, e.g. January and August; null for any month.</param>
    /// <exception cref="ArgumentException"><paramref name="body"/> is the default, no count is given, or a month is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is less than 1 or a month is outside 1–12.</exception>
    [JsonConstructor]
    public ProductsHandledRule(ActorId body, int? compilations = null, int? phenomenonReports = null, IReadOnlyList<int>? inMonths = null)
    {
        Body = RecordText.Actor(body, nameof(body));
        if (compilations is null && phenomenonReports is null)
        {
            throw new ArgumentException("Give 'compilations', 'phenomenonReports' or both.", nameof(compilations));
        }

        Compilations = compilations is { } c ? Guard.Against.OutOfRange(c, nameof(compilations), 1, 100) : null;
        PhenomenonReports = phenomenonReports is { } p ? Guard.Against.OutOfRange(p, nameof(phenomenonReports), 1, 100) : null;
        if (inMonths is not null)
        {
            foreach (var month in inMonths)
            {
                Guard.Against.OutOfRange(month, nameof(inMonths), 1, 12);
            }

            if (inMonths.Count == 0 || inMonths.Distinct().Count() != inMonths.Count)
            {
                throw new ArgumentException("inMonths lists one or more months, each once.", nameof(inMonths));
            }

            InMonths = ValueList.FromValues(inMonths);
        }
    }

    /// <summary>The actor that handles the products.</summary>
    [JsonPropertyName("body")]
    public ActorId Body { get; }

    /// <summary>How many distinct compilations it handles; null when not measured.</summary>
    [JsonPropertyName("compilations")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Compilations { get; }

    /// <summary>How many distinct phenomenon reports it handles; null when not measured.</summary>
    [JsonPropertyName("phenomenonReports")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PhenomenonReports { get; }

    /// <summary>The months a handling must fall in to count; null for any month.</summary>
    [JsonPropertyName("inMonths")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? InMonths { get; }
}
