using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>An action proposal of a phenomenon-based report and to whom it is addressed (fi: toimenpide-ehdotus ja sen osoite).</summary>
/// <remarks>Immutable; compares by value. The text passes the privacy guard when the report is written.</remarks>
public sealed record ActionProposal
{
    /// <summary>Creates a proposal.</summary>
    /// <param name="text">What is proposed.</param>
    /// <param name="addressee">Who it is addressed to: an actor of the profile or a named external party.</param>
    /// <exception cref="ArgumentException"><paramref name="text"/> is empty.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="addressee"/> is null.</exception>
    [JsonConstructor]
    public ActionProposal(string text, PartyReference addressee)
    {
        Text = Guard.Against.NullOrBlank(text);
        Addressee = Guard.Against.Null(addressee);
    }

    /// <summary>What is proposed.</summary>
    [JsonPropertyName("text")]
    public string Text { get; }

    /// <summary>Who it is addressed to.</summary>
    [JsonPropertyName("addressee")]
    public PartyReference Addressee { get; }
}
