using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Actors;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "a phenomenon-based social report has been made this year" (fi: ilmiölähtöinen sosiaalinen raportti
/// on laadittu): a <see cref="KnowledgeProductHandled"/> record of a phenomenon report handled by <see cref="Body"/>
/// in the evaluated dates — approved, when <see cref="Approved"/>.
/// </summary>
/// <remarks>
/// A <see cref="Phenomena.PhenomenonReport"/> gives these records from its performed steps
/// (<see cref="Phenomena.PhenomenonReport.ActivityRecords"/>); a report made outside the library is known from a record of its
/// handling. One found: realized; none: not realized. Immutable; compares by value.
/// </remarks>
public sealed record PhenomenonReportRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="body">The actor that handles (or approves) the report.</param>
    /// <param name="approved">Whether the handling must be an approval.</param>
    /// <exception cref="ArgumentException"><paramref name="body"/> is the default.</exception>
    [JsonConstructor]
    public PhenomenonReportRule(ActorId body, bool approved = false)
    {
        Body = RecordText.Actor(body, nameof(body));
        Approved = approved;
    }

    /// <summary>The actor that handles (or approves) the report.</summary>
    [JsonPropertyName("body")]
    public ActorId Body { get; }

    /// <summary>Whether the handling must be an approval.</summary>
    [JsonPropertyName("approved")]
    public bool Approved { get; }
}
