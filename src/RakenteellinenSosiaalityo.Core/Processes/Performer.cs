using RakenteellinenSosiaalityo.Core.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// Who performs an operation on a report or a compilation (fi: suorittaja): the actor of the region profile on whose
/// behalf it is done, and, where known, the person.
/// </summary>
/// <remarks>
/// Authorization looks only at <see cref="Actor"/>: the profile names actors, not persons. <see cref="Person"/> is kept
/// in the history for accountability and never appears in an error message. Immutable; compares by value.
/// </remarks>
public sealed record Performer
{
    /// <summary>Creates a performer.</summary>
    /// <param name="actor">The actor of the profile, e.g. <c>unit-supervisor</c>.</param>
    /// <param name="person">The person, e.g. "Maija Mäkinen", or null when not known.</param>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default id, or <paramref name="person"/> is empty or white space.</exception>
    /// <exception cref="Privacy.PersonalDataException"><paramref name="person"/> holds a personal identity code, a phone number or an e-mail address.</exception>
    [JsonConstructor]
    public Performer(ActorId actor, string? person = null)
    {
        SystemId.NotDefault(actor, nameof(actor));

        if (person is not null)
        {
            Guard.Against.NullOrBlank(person);

            // The person's name goes into every history and stored document: an e-mail address or a phone number
            // written in its place must not.
            var findings = Privacy.PersonalDataScanner.Scan(person, "person");
            if (findings.Count > 0)
            {
                throw new Privacy.PersonalDataException("the performer", findings);
            }
        }

        Actor = actor;
        Person = person;
    }

    /// <summary>The actor of the profile on whose behalf the operation is performed.</summary>
    [JsonPropertyName("actor")]
    public ActorId Actor { get; }

    /// <summary>The person who performed it; null when not known.</summary>
    [JsonPropertyName("person")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Person { get; }

    /// <summary>Returns the actor id, and the person when known.</summary>
    /// <returns>For example <c>unit-supervisor (Maija Mäkinen)</c>.</returns>
    public override string ToString() => Person is null ? Actor.ToString() : $"{Actor} ({Person})";
}
