using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// A record of something that really happened in the region's structural social work (fi: toteutunut toiminta):
/// a meeting held, a knowledge product handled, a communication made, onboarding given or a training event held.
/// The <see cref="Evaluator"/> measures the plan's derived metrics from these records.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; compares by value. The kinds are <see cref="MeetingHeld"/>, <see cref="KnowledgeProductHandled"/>,
/// <see cref="CommunicationMade"/>, <see cref="OnboardingGiven"/> and <see cref="TrainingEventHeld"/>; in JSON the
/// <c>kind</c> property names the kind (<c>meetingHeld</c>, <c>productHandled</c>, <c>communicationMade</c>,
/// <c>onboardingGiven</c>, <c>trainingEventHeld</c>). <see cref="ActivityRecordJson"/> reads and writes lists of them.
/// </para>
/// <para>
/// Free text never holds personal data: setting a text that holds a personal identity code, a phone number or an
/// e-mail address throws <see cref="Privacy.PersonalDataException"/>, which names the field and the kind of data, never
/// the value.
/// </para>
/// <para>
/// A record may name the annual-clock rule whose activity it carries out (<see cref="ClockRuleId"/>); then
/// <see cref="ToCompletion"/> gives the <see cref="ActivityCompletion"/> that <see cref="AnnualClock.Progress(System.Collections.Generic.IEnumerable{RakenteellinenSosiaalityo.Core.Clock.ActivityCompletion}, NodaTime.LocalDate)"/> takes.
/// </para>
/// </remarks>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(MeetingHeld), "meetingHeld")]
[JsonDerivedType(typeof(KnowledgeProductHandled), "productHandled")]
[JsonDerivedType(typeof(CommunicationMade), "communicationMade")]
[JsonDerivedType(typeof(OnboardingGiven), "onboardingGiven")]
[JsonDerivedType(typeof(TrainingEventHeld), "trainingEventHeld")]
public abstract record ActivityRecord
{
    private protected ActivityRecord(LocalDate on)
    {
        On = on;
    }

    /// <summary>The date it happened.</summary>
    [JsonPropertyName("on")]
    [JsonPropertyOrder(-10)]
    public LocalDate On { get; init; }

    /// <summary>
    /// The id of the annual-clock rule whose activity this record carries out, e.g. <c>network-meeting</c>; null when
    /// the record is not tied to the clock.
    /// </summary>
    /// <exception cref="ArgumentException">Set to a value that is not lower-case kebab-case ASCII of 1–64 characters.</exception>
    [JsonPropertyName("clockRuleId")]
    [JsonPropertyOrder(10)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? ClockRuleId
    {
        get;
        init => field = value is null || Slug.IsValid(value) ? value : throw new ArgumentException($"A clock rule id must be {Slug.Description}.", nameof(ClockRuleId));
    }

    /// <summary>A free-text note, or null.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text.</exception>
    /// <exception cref="Privacy.PersonalDataException">Set to a text holding personal data.</exception>
    [JsonPropertyName("note")]
    [JsonPropertyOrder(11)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Note
    {
        get;
        init => field = RecordText.Optional(value, "note", RecordText.RecordSubject);
    }

    /// <summary>The annual-clock completion this record stands for, or null when it names no clock rule.</summary>
    /// <returns>The rule id and the date, for <see cref="AnnualClock.Progress(System.Collections.Generic.IEnumerable{RakenteellinenSosiaalityo.Core.Clock.ActivityCompletion}, NodaTime.LocalDate)"/>.</returns>
    public ActivityCompletion? ToCompletion() => ClockRuleId is { } id ? new ActivityCompletion(id, On) : null;

    /// <summary>The annual-clock completions of <paramref name="records"/>: one for each record that names a clock rule.</summary>
    /// <param name="records">Activity records, in any order.</param>
    /// <returns>The completions, in the records' order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is null.</exception>
    public static IReadOnlyList<ActivityCompletion> Completions(IEnumerable<ActivityRecord> records)
    {
        Guard.Against.Null(records);
        return Collections.ValueList.FromValues(records.Select(r => r?.ToCompletion()).OfType<ActivityCompletion>());
    }
}
