using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// Who took part in a workshop session (fi: osallistujat): the actors, the services represented and how many people —
/// never names, and never clients' names: a session records who spoke for which service, not who was talked about.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record WorkshopParticipants
{
    /// <summary>Creates the participants.</summary>
    /// <param name="actors">The profile's actors that took part; at least one.</param>
    /// <param name="services">The ids of the profile's services represented.</param>
    /// <param name="count">How many people took part; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="actors"/> is empty or holds the default id, <paramref name="services"/> holds the default id, or <paramref name="count"/> is below 1.</exception>
    [JsonConstructor]
    public WorkshopParticipants(IReadOnlyList<ActorId> actors, IReadOnlyList<ServiceId>? services, int count)
    {
        Actors = ValueList.FromValues(actors);
        if (Actors.Count == 0 || Actors.Any(a => a.Value is null))
        {
            throw new ArgumentException("A session names at least one actor of the profile that took part.", nameof(actors));
        }

        Services = ValueList.FromValues(services);
        if (Services.Any(s => s.Value is null))
        {
            throw new ArgumentException("A represented service is named by its id.", nameof(services));
        }

        Count = Guard.Against.NegativeOrZero(count);
    }

    /// <summary>The profile's actors that took part.</summary>
    [JsonPropertyName("actors")]
    public IReadOnlyList<ActorId> Actors { get; }

    /// <summary>The ids of the services represented.</summary>
    [JsonPropertyName("services")]
    public IReadOnlyList<ServiceId> Services { get; }

    /// <summary>How many people took part.</summary>
    [JsonPropertyName("count")]
    public int Count { get; }
}
