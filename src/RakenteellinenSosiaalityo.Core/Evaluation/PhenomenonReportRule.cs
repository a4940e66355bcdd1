using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Evaluation.MetricInputs;

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
public sealed record PhenomenonReportRule : MetricDerivation
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

    /// <inheritdoc/>
    [JsonIgnore]
    public override ActorId? RecordedBy => Body;

    /// <inheritdoc/>
    internal override ActorId? PhenomenonReportHandler => Body;

    /// <inheritdoc/>
    internal override MetricResult Evaluate(EvaluationMetric metric, MetricInputs inputs)
    {
        var found = inputs.Records.OfType<KnowledgeProductHandled>()
            .Where(h => h.Body == Body && h.PhenomenonReport is not null && (!Approved || h.Approved))
            .OrderBy(h => h.On)
            .ToList();
        var titles = found.Select(h => h.PhenomenonReport!).Distinct(StringComparer.Ordinal).Count();
        LocalizedText explanation;
        if (found.FirstOrDefault() is { } first)
        {
            var date = FinnishDate.Format(first.On);
            explanation = Approved
                ? Say($"Hyväksytty: ”{first.PhenomenonReport}” ({inputs.Name(Body, Language.Finnish)}, {date})", $"Godkänd: ”{first.PhenomenonReport}” ({inputs.Name(Body, Language.Swedish)}, {date})", $"Approved: “{first.PhenomenonReport}” ({inputs.Name(Body, Language.English)}, {date})")
                : Say($"Käsitelty: ”{first.PhenomenonReport}” ({inputs.Name(Body, Language.Finnish)}, {date})", $"Behandlad: ”{first.PhenomenonReport}” ({inputs.Name(Body, Language.Swedish)}, {date})", $"Handled: “{first.PhenomenonReport}” ({inputs.Name(Body, Language.English)}, {date})");
        }
        else
        {
            explanation = Approved
                ? Say($"Ilmiölähtöistä raporttia ei hyväksytty ({inputs.Name(Body, Language.Finnish)})", $"Ingen fenomenbaserad rapport godkänd ({inputs.Name(Body, Language.Swedish)})", $"No phenomenon report approved ({inputs.Name(Body, Language.English)})")
                : Say($"Ilmiölähtöistä raporttia ei käsitelty ({inputs.Name(Body, Language.Finnish)})", $"Ingen fenomenbaserad rapport behandlad ({inputs.Name(Body, Language.Swedish)})", $"No phenomenon report handled ({inputs.Name(Body, Language.English)})");
        }

        return new MetricResult(metric, titles > 0 ? MetricStatus.Realized : MetricStatus.NotRealized, titles, 1, explanation, null);
    }
}
