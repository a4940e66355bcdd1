using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Regions;

/// <summary>
/// The identifier of a service or unit of the region (<see cref="ServiceUnit"/>) (fi: palvelun tunniste), e.g. <c>child-welfare</c>: lower-case kebab-case ASCII, starting with a letter, at most 64
/// characters, as written in region files.
/// </summary>
/// <remarks>The default value has a null <see cref="Value"/> and identifies nothing; it is never valid in a profile.</remarks>
[JsonConverter(typeof(SystemIdJsonConverter<ServiceId>))]
public readonly record struct ServiceId : ISystemId<ServiceId>
{
    /// <summary>Creates a service id.</summary>
    /// <param name="value">The id text, e.g. <c>child-welfare</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not lower-case kebab-case ASCII of 1–64 characters (see <see cref="IsValid"/>).</exception>
    public ServiceId(string value)
        => Value = SystemId.Check<ServiceId>(value, nameof(value));

    static string ISystemId<ServiceId>.What => "service";

    static string ISystemId<ServiceId>.Rule => Slug.Description;

    /// <summary>The id text; null only for <c>default(ServiceId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid service id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => Slug.IsValid(value);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static ServiceId ISystemId<ServiceId>.Of(string value) => new(value);
}
