using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Onboarding in structural social work given to new social care professionals (fi: perehdytys rakenteelliseen
/// sosiaalityöhön).
/// </summary>
/// <remarks>Immutable; compares by value. Free text is checked for personal data (see <see cref="ActivityRecord"/>).</remarks>
public sealed record OnboardingGiven : ActivityRecord
{
    /// <summary>Creates the record.</summary>
    /// <param name="on">The date.</param>
    /// <param name="newProfessionals">How many new professionals were onboarded; at least 1.</param>
    /// <param name="unit">The unit or service that gave it, or null.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="newProfessionals"/> is less than 1.</exception>
    /// <exception cref="ArgumentException"><paramref name="unit"/> is empty or white space.</exception>
    /// <exception cref="Privacy.PersonalDataException"><paramref name="unit"/> holds personal data.</exception>
    [JsonConstructor]
    public OnboardingGiven(LocalDate on, int newProfessionals, string? unit = null)
        : base(on)
    {
        NewProfessionals = Guard.Against.OutOfRange(newProfessionals, nameof(newProfessionals), 1, int.MaxValue);
        Unit = RecordText.Optional(unit, "unit", RecordText.RecordSubject);
    }

    /// <summary>How many new professionals were onboarded.</summary>
    [JsonPropertyName("newProfessionals")]
    public int NewProfessionals { get; }

    /// <summary>The unit or service that gave it, or null.</summary>
    [JsonPropertyName("unit")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Unit { get; }

    /// <summary>Returns the count and the date.</summary>
    /// <returns>For example <c>onboarding of 3 on 3.3.2025</c>.</returns>
    public override string ToString() => $"onboarding of {NewProfessionals} on {Text.FinnishDate.Format(On)}";
}
