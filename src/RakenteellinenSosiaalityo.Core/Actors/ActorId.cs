using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Actors;

/// <summary>
/// The identifier of an actor within a region profile (fi: toimijan tunniste), e.g. <c>steering-group</c>:
/// lower-case kebab-case ASCII, starting with a letter, at most 64 characters.
/// </summary>
/// <remarks>The default value has a null <see cref="Value"/> and names no actor; it is never valid in a profile.</remarks>
[JsonConverter(typeof(SystemIdJsonConverter<ActorId>))]
public readonly record struct ActorId : ISystemId<ActorId>
{
    /// <summary>Creates an actor id.</summary>
    /// <param name="value">The id text, e.g. <c>steering-group</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not lower-case kebab-case ASCII of 1–64 characters.</exception>
    public ActorId(string value)
        => Value = SystemId.Check<ActorId>(value, nameof(value));

    static string ISystemId<ActorId>.What => "actor";

    static string ISystemId<ActorId>.Rule => Slug.Description;

    /// <summary>The id text; null only for <c>default(ActorId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid actor id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => Slug.IsValid(value);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static ActorId ISystemId<ActorId>.Of(string value) => new(value);
}
