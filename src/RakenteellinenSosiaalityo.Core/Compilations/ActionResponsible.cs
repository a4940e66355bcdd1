using RakenteellinenSosiaalityo.Core.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Who is responsible for a decided action (fi: vastuutaho, vastuuhenkilö): an actor of the region profile, a named
/// person (K 4.3: the steering group names the persons responsible), or both.
/// </summary>
/// <remarks>
/// When <see cref="Actor"/> is given, that actor may mark the action done or cancelled as well as the body that decided
/// it; a person alone gives no such right, since the library authorizes actors, not persons. Immutable; compares by value.
/// </remarks>
public sealed record ActionResponsible
{
    /// <summary>Creates a responsible party.</summary>
    /// <param name="actor">The actor of the profile, or null.</param>
    /// <param name="person">The person's name, or null.</param>
    /// <exception cref="ArgumentException">Both are null, <paramref name="actor"/> is the default id, or <paramref name="person"/> is empty or white space.</exception>
    [JsonConstructor]
    public ActionResponsible(ActorId? actor = null, string? person = null)
    {
        if (actor is { Value: null })
        {
            throw new ArgumentException("The default ActorId names no actor.", nameof(actor));
        }

        if (person is not null)
        {
            Guard.Against.NullOrBlank(person);
        }

        if (actor is null && person is null)
        {
            throw new ArgumentException("A responsible party is an actor, a person or both; neither was given.", nameof(actor));
        }

        Actor = actor;
        Person = person;
    }

    /// <summary>The responsible actor of the profile; null when only a person is named.</summary>
    [JsonPropertyName("actor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ActorId? Actor { get; }

    /// <summary>The responsible person; null when only an actor is named.</summary>
    [JsonPropertyName("person")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Person { get; }

    /// <summary>An actor of the profile as the responsible party.</summary>
    /// <param name="actor">The actor's id.</param>
    /// <param name="person">The person within the actor, or null.</param>
    /// <returns>The responsible party.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is not a valid actor id, or <paramref name="person"/> is empty or white space.</exception>
    public static ActionResponsible OfActor(string actor, string? person = null) => new(new ActorId(Guard.Against.Null(actor)), person);

    /// <summary>A named person as the responsible party.</summary>
    /// <param name="person">The person's name.</param>
    /// <returns>The responsible party.</returns>
    /// <exception cref="ArgumentException"><paramref name="person"/> is null, empty or white space.</exception>
    public static ActionResponsible OfPerson(string person) => new(null, Guard.Against.NullOrBlank(person));

    /// <summary>Returns the actor id, or "a named person": never the person's name (error messages use it).</summary>
    /// <returns>For example <c>coordinator</c> or <c>a named person</c>.</returns>
    public override string ToString() => Actor is { } a ? a.ToString() : "a named person";
}
