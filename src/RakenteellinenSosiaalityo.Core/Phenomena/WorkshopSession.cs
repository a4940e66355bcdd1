using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// One session of a workshop of a phenomenon-based report (fi: työpajakerta), e.g. one small-group interview: which
/// workshop, when, who took part, the method, and what it collected per service.
/// </summary>
/// <remarks>Immutable; compares by value. Every input passes the privacy guard when the session is recorded.</remarks>
public sealed record WorkshopSession
{
    /// <summary>Creates a session.</summary>
    /// <param name="workshop">The number of the profile's workshop it belongs to.</param>
    /// <param name="on">When it was held.</param>
    /// <param name="method">How it collected.</param>
    /// <param name="participants">Who took part.</param>
    /// <param name="inputs">What it collected; at least one.</param>
    /// <exception cref="ArgumentNullException"><paramref name="participants"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="workshop"/> is below 1, <paramref name="method"/> is undefined, or <paramref name="inputs"/> is empty or holds null.</exception>
    [JsonConstructor]
    public WorkshopSession(int workshop, LocalDate on, WorkshopMethod method, WorkshopParticipants participants, IReadOnlyList<WorkshopInput> inputs)
    {
        Workshop = Guard.Against.NegativeOrZero(workshop);
        On = on;
        Method = Guard.Against.EnumOutOfRange(method);
        Participants = Guard.Against.Null(participants);
        Inputs = ValueList.From(inputs, nameof(inputs));
        if (Inputs.Count == 0)
        {
            throw new ArgumentException("A session records at least one input.", nameof(inputs));
        }
    }

    /// <summary>The number of the workshop it belongs to.</summary>
    [JsonPropertyName("workshop")]
    public int Workshop { get; }

    /// <summary>When it was held.</summary>
    [JsonPropertyName("on")]
    public LocalDate On { get; }

    /// <summary>How it collected.</summary>
    [JsonPropertyName("method")]
    public WorkshopMethod Method { get; }

    /// <summary>Who took part.</summary>
    [JsonPropertyName("participants")]
    public WorkshopParticipants Participants { get; }

    /// <summary>What it collected.</summary>
    [JsonPropertyName("inputs")]
    public IReadOnlyList<WorkshopInput> Inputs { get; }

    internal IEnumerable<PersonalDataFinding> FindPersonalData() =>
        Inputs.SelectMany((input, i) => PersonalDataScanner.Scan(input.Text, $"session.inputs[{i}].text"));
}
