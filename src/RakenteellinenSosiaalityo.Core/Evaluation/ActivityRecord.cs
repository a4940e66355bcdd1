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
    /// <exception cref="ArgumentException">Set to the default <see cref="Clock.ClockRuleId"/>, which identifies no rule.</exception>
    [JsonPropertyName("clockRuleId")]
    [JsonPropertyOrder(10)]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ClockRuleId? ClockRuleId
    {
        get;
        init => field = value is { } id ? SystemId.NotDefault(id, nameof(ClockRuleId)) : null;
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

    /// <summary>
    /// The record that carrying out <paramref name="activity"/> on <paramref name="on"/> leaves, tied to its clock rule
    /// (<see cref="ClockRuleId"/>): a meeting or a workshop is a <see cref="MeetingHeld"/> of the responsible body
    /// (handling the activity's label), an info session a <see cref="CommunicationMade"/> to the internal audience,
    /// and a compilation or a review a <see cref="KnowledgeProductHandled"/> of a compilation by the responsible body:
    /// of the activity's own period when the clock rule follows the periods, otherwise of the last period that ended
    /// before <paramref name="on"/>. Other activities (a period's end, planning, feedback...) leave no record that a
    /// metric counts: null.
    /// </summary>
    /// <param name="activity">An activity of the region's annual clock.</param>
    /// <param name="on">The day it was carried out.</param>
    /// <param name="periods">The region's reporting periods, which name the compilation a review handles.</param>
    /// <returns>The record, or null when the activity's kind leaves none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> or <paramref name="periods"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The period before <paramref name="on"/> lies beyond NodaTime's supported years.</exception>
    /// <exception cref="Privacy.PersonalDataException">The clock rule's label, which the record quotes, holds personal data.</exception>
    public static ActivityRecord? For(ScheduledActivity activity, LocalDate on, Periods.ReportingPeriodScheme periods)
    {
        Guard.Against.Null(activity);
        Guard.Against.Null(periods);
        var rule = activity.Rule;
        ActivityRecord? record = rule.Activity switch
        {
            ActivityKind.Meeting or ActivityKind.Workshop => new MeetingHeld(on, rule.Responsible, [rule.Label.Fi]),
            ActivityKind.InfoSession => new CommunicationMade(on, CommunicationAudience.Internal, rule.Label.Fi),
            ActivityKind.Compilation or ActivityKind.Review =>
                KnowledgeProductHandled.Compilation(on, rule.Responsible, activity.Period ?? periods.Previous(periods.PeriodFor(on))),
            _ => null,
        };
        return record is null ? null : record with { ClockRuleId = rule.Id };
    }

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
