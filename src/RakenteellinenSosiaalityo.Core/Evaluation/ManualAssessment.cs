using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// A person's assessment of a manual metric (fi: arvio): its status and how it was realized, in the assessor's words.
/// </summary>
/// <remarks>
/// Immutable; compares by value. The text and the assessor are checked for personal data: a personal identity code,
/// phone number or e-mail address throws <see cref="Privacy.PersonalDataException"/> naming the field and the kind.
/// </remarks>
public sealed record ManualAssessment
{
    /// <summary>Creates the assessment.</summary>
    /// <param name="metricId">The id of the manual metric assessed.</param>
    /// <param name="status">The status; not <see cref="MetricStatus.NotAssessed"/>.</param>
    /// <param name="how">How the measure was (or was not) realized, e.g. "Tietoa käytetty hyvinvointikertomuksessa".</param>
    /// <param name="assessor">Who assessed it: a person's role or a body, e.g. "Sosiaalityön verkosto".</param>
    /// <param name="on">The date of the assessment.</param>
    /// <exception cref="ArgumentException"><paramref name="metricId"/> is the default id, a text is blank, or <paramref name="status"/> is <see cref="MetricStatus.NotAssessed"/>.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="status"/> is undefined.</exception>
    /// <exception cref="Privacy.PersonalDataException"><paramref name="how"/> or <paramref name="assessor"/> holds personal data.</exception>
    [JsonConstructor]
    public ManualAssessment(MetricId metricId, MetricStatus status, string how, string assessor, LocalDate on)
    {
        MetricId = SystemId.NotDefault(metricId, nameof(metricId));
        Status = Guard.Against.EnumOutOfRange(status);
        if (status == MetricStatus.NotAssessed)
        {
            throw new ArgumentException("An assessment gives a status: realized, partly or notRealized.", nameof(status));
        }

        How = RecordText.Required(how, "how", "the assessment");
        Assessor = RecordText.Required(assessor, "assessor", "the assessment");
        On = on;
    }

    /// <summary>The id of the manual metric assessed.</summary>
    [JsonPropertyName("metricId")]
    public MetricId MetricId { get; }

    /// <summary>The status.</summary>
    [JsonPropertyName("status")]
    public MetricStatus Status { get; }

    /// <summary>How the measure was (or was not) realized.</summary>
    [JsonPropertyName("how")]
    public string How { get; }

    /// <summary>Who assessed it.</summary>
    [JsonPropertyName("assessor")]
    public string Assessor { get; }

    /// <summary>The date of the assessment.</summary>
    [JsonPropertyName("on")]
    public LocalDate On { get; }

    /// <summary>Returns the metric, the status, the assessor and the date.</summary>
    /// <returns>For example <c>hyte-use: Realized (Sosiaalityön verkosto, 10.12.2025)</c>.</returns>
    public override string ToString() => $"{MetricId}: {Status} ({Assessor}, {FinnishDate.Format(On)})";
}
