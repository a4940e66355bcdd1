using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// A training event strengthening competence in structural social work held (fi: koulutustilaisuus), e.g. a Socom
/// event with its registrations.
/// </summary>
/// <remarks>Immutable; compares by value. Free text is checked for personal data (see <see cref="ActivityRecord"/>).</remarks>
public sealed record TrainingEventHeld : ActivityRecord
{
    /// <summary>Creates the record.</summary>
    /// <param name="on">The date.</param>
    /// <param name="title">The event's title.</param>
    /// <param name="registrations">How many registered; 0 or more.</param>
    /// <exception cref="ArgumentException"><paramref name="title"/> is null, empty or white space.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="registrations"/> is negative.</exception>
    /// <exception cref="Privacy.PersonalDataException"><paramref name="title"/> holds personal data.</exception>
    [JsonConstructor]
    public TrainingEventHeld(LocalDate on, string title, int registrations)
        : base(on)
    {
        Title = RecordText.Required(title, "title", RecordText.RecordSubject);
        Registrations = Guard.Against.Negative(registrations);
    }

    /// <summary>The event's title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; }

    /// <summary>How many registered.</summary>
    [JsonPropertyName("registrations")]
    public int Registrations { get; }

    /// <summary>Returns the title, the registrations and the date.</summary>
    /// <returns>For example <c>training 'Socom' (120 registrations) on 3.10.2025</c>.</returns>
    public override string ToString() => $"training '{Title}' ({Registrations} registrations) on {Text.FinnishDate.Format(On)}";
}
