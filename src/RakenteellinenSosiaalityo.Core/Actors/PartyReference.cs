using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Actors;

/// <summary>
/// Names a party a plan refers to: either an actor of the same region profile, or a named party that is not one of
/// its actors (fi: yhteistyötaho), such as "THL:n rakenteellisen sosiaalityön kansallinen kehittäjäverkosto".
/// </summary>
/// <remarks>
/// Exactly one of <see cref="Actor"/> and <see cref="External"/> is set. In JSON an actor reference is the actor's id
/// as a string (<c>"network"</c>) and an external party is <c>{ "external": { "fi": "…" } }</c>.
/// </remarks>
[JsonConverter(typeof(PartyReferenceJsonConverter))]
public sealed record PartyReference
{
    private PartyReference(ActorId? actor, LocalizedText? external)
    {
        Actor = actor;
        External = external;
    }

    /// <summary>The referenced actor of the profile, or null for an external party.</summary>
    public ActorId? Actor { get; }

    /// <summary>The name of the external party, or null for an actor reference.</summary>
    public LocalizedText? External { get; }

    /// <summary>Whether this refers to an actor of the profile.</summary>
    public bool IsActor => Actor.HasValue;

    /// <summary>Refers to an actor of the profile.</summary>
    /// <param name="actor">The actor's id.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentException"><paramref name="actor"/> is the default id.</exception>
    public static PartyReference ToActor(ActorId actor)
    {
        return new PartyReference(SystemId.NotDefault(actor, nameof(actor)), null);
    }

    /// <summary>Refers to an actor of the profile by its id text.</summary>
    /// <param name="actorId">The actor's id, e.g. <c>network</c>.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="actorId"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="actorId"/> is not a valid actor id.</exception>
    public static PartyReference ToActor(string actorId) => ToActor(new ActorId(Guard.Against.Null(actorId)));

    /// <summary>Refers to a named party that is not an actor of the profile.</summary>
    /// <param name="name">The party's name.</param>
    /// <returns>The reference.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static PartyReference ToExternal(LocalizedText name) => new(null, Guard.Against.Null(name));

    /// <summary>The actor id, or the external party's Finnish name.</summary>
    /// <returns>A short text naming the party.</returns>
    public override string ToString() => Actor?.ToString() ?? External!.Fi;
}

/// <summary>Reads and writes <see cref="PartyReference"/> as a string (actor id) or an <c>{ "external": … }</c> object.</summary>
internal sealed class PartyReferenceJsonConverter : JsonConverter<PartyReference>
{
    public override PartyReference Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            var text = reader.GetString();
            if (!ActorId.IsValid(text))
            {
                throw new JsonException($"A party reference string must be an actor id in {Slug.Description}.");
            }

            return PartyReference.ToActor(text!);
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("A party reference must be an actor id string or an object { \"external\": { \"fi\": … } }.");
        }

        LocalizedText? external = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            if (name != "external")
            {
                throw new JsonException($"A party reference object has only the property 'external', not '{name}'.");
            }

            var info = (JsonTypeInfo<LocalizedText>)options.GetTypeInfo(typeof(LocalizedText));
            try
            {
                external = JsonSerializer.Deserialize(ref reader, info);
            }
            catch (JsonException e) when (e.Path is not null)
            {
                // A nested read starts its own path at "$"; say where it was below the party, keeping the outer path.
                var rule = e is Serialization.JsonRuleException ruled ? ruled.Rule : Validation.ValidationRules.WrongType;
                throw new Serialization.JsonRuleException(rule, $"The party's 'external' name{(e.Path.Length > 1 ? " at " + e.Path[1..] : string.Empty)}: {e.Message.Split(" Path:")[0].TrimEnd('.')}.", e);
            }
            catch (ArgumentException e)
            {
                throw new Serialization.JsonRuleException(Validation.ValidationRules.InvalidValue, $"The party's 'external' name is invalid: {Privacy.PersonalDataScanner.Redact(e.Message)}", e);
            }
        }

        return external is null
            ? throw new JsonException("A party reference object needs the property 'external'.")
            : PartyReference.ToExternal(external);
    }

    public override void Write(Utf8JsonWriter writer, PartyReference value, JsonSerializerOptions options)
    {
        if (value.Actor is { } actor)
        {
            writer.WriteStringValue(actor.Value);
            return;
        }

        writer.WriteStartObject();
        writer.WritePropertyName("external");
        JsonSerializer.Serialize(writer, value.External!, (JsonTypeInfo<LocalizedText>)options.GetTypeInfo(typeof(LocalizedText)));
        writer.WriteEndObject();
    }
}
