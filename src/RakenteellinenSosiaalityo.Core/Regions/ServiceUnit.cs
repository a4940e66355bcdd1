using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Regions;

/// <summary>
/// A service or unit of the region's social and health services that social reports come from (fi: palvelu,
/// toimintayksikkö), e.g. adult social work or child welfare.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ServiceUnit
{
    /// <summary>The service's id, unique within its profile, lower-case kebab-case, e.g. <c>child-welfare</c>.</summary>
    /// <exception cref="ArgumentException">Set to the default <see cref="ServiceId"/>, which identifies no service.</exception>
    [JsonPropertyName("id")]
    public required ServiceId Id
    {
        get;
        init => field = SystemId.NotDefault(value, nameof(Id));
    }

    /// <summary>The service's name, e.g. "Lastensuojelu".</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    [JsonPropertyName("name")]
    public required LocalizedText Name { get; init => field = Guard.Against.Null(value, nameof(Name)); }

    /// <summary>Returns the service's id and Finnish name.</summary>
    /// <returns>For example <c>child-welfare (Lastensuojelu)</c>.</returns>
    public override string ToString() => $"{Id} ({Name.Fi})";
}
