using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// A communication of structural social work made (fi: toteutunut viestintä), e.g. an item in the staff newsletter or a
/// news release on the region's website.
/// </summary>
/// <remarks>Immutable; compares by value. Free text is checked for personal data (see <see cref="ActivityRecord"/>).</remarks>
public sealed record CommunicationMade : ActivityRecord
{
    /// <summary>Creates the record.</summary>
    /// <param name="on">The date.</param>
    /// <param name="audience">Whom it was for.</param>
    /// <param name="channel">The channel, e.g. "intranet", "Viva Engage", "toimialainfo", "verkkosivut".</param>
    /// <param name="subject">What was communicated, or null.</param>
    /// <exception cref="ArgumentException"><paramref name="channel"/> or <paramref name="subject"/> is empty or white space.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="audience"/> is undefined.</exception>
    /// <exception cref="Privacy.PersonalDataException">A text holds personal data.</exception>
    [JsonConstructor]
    public CommunicationMade(LocalDate on, CommunicationAudience audience, string channel, string? subject = null)
        : base(on)
    {
        Audience = Guard.Against.EnumOutOfRange(audience);
        Channel = RecordText.Required(channel, "channel", RecordText.RecordSubject);
        Subject = RecordText.Optional(subject, "subject", RecordText.RecordSubject);
    }

    /// <summary>Whom the communication was for.</summary>
    [JsonPropertyName("audience")]
    public CommunicationAudience Audience { get; }

    /// <summary>The channel.</summary>
    [JsonPropertyName("channel")]
    public string Channel { get; }

    /// <summary>What was communicated, or null.</summary>
    [JsonPropertyName("subject")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Subject { get; }

    /// <summary>Returns the audience, the channel and the date.</summary>
    /// <returns>For example <c>Internal communication via intranet on 3.3.2025</c>.</returns>
    public override string ToString() => $"{Audience} communication via {Channel} on {Text.FinnishDate.Format(On)}";
}
