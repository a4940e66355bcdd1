using System.Text.Json.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// A meeting of a body held (fi: pidetty kokous tai tapaaminen), e.g. "the social work network met on 14.1.2025 and
/// went through the compilation". A workshop held instead of a meeting is recorded as a meeting too.
/// </summary>
/// <remarks>Immutable; compares by value. Free text is checked for personal data (see <see cref="ActivityRecord"/>).</remarks>
public sealed record MeetingHeld : ActivityRecord
{
    /// <summary>Creates the record.</summary>
    /// <param name="on">The date of the meeting.</param>
    /// <param name="body">The actor of the profile whose meeting it was, e.g. <c>network</c>.</param>
    /// <param name="handled">What was handled, one item a line; none when not recorded.</param>
    /// <param name="participants">Who took part besides the body: actors or named external parties; none when not recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="body"/> is the default id, or a list holds null, empty or white-space items.</exception>
    /// <exception cref="Privacy.PersonalDataException">An item or an external party's name holds personal data.</exception>
    [JsonConstructor]
    public MeetingHeld(LocalDate on, ActorId body, IReadOnlyList<string>? handled = null, IReadOnlyList<PartyReference>? participants = null)
        : base(on)
    {
        Body = RecordText.Actor(body, nameof(body));
        Handled = RecordText.List(handled, "handled", RecordText.RecordSubject);
        Participants = RecordText.Parties(participants, "participants", RecordText.RecordSubject);
    }

    /// <summary>The actor whose meeting it was.</summary>
    [JsonPropertyName("body")]
    public ActorId Body { get; }

    /// <summary>What was handled, e.g. "Raporttikooste 1.7.–31.12.2024"; empty when not recorded.</summary>
    [JsonPropertyName("handled")]
    public IReadOnlyList<string> Handled { get; }

    /// <summary>Who took part besides the body; empty when not recorded.</summary>
    [JsonPropertyName("participants")]
    public IReadOnlyList<PartyReference> Participants { get; }

    /// <summary>Returns the date and the body.</summary>
    /// <returns>For example <c>meeting of network on 14.1.2025</c>.</returns>
    public override string ToString() => $"meeting of {Body} on {Text.FinnishDate.Format(On)}";
}
