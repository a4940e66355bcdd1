using RakenteellinenSosiaalityo.Core.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// One thing a process step records (fi: kirjaus), e.g. the supervisor's remark on a report or one of the network's
/// solution proposals on a compilation.
/// </summary>
/// <remarks>The text is free text about client work and passes the privacy guard before it is accepted. Immutable; compares by value.</remarks>
public sealed record RecordEntry
{
    /// <summary>Creates an entry.</summary>
    /// <param name="kind">What is recorded.</param>
    /// <param name="text">The text recorded.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is not a defined kind, or <paramref name="text"/> is null, empty or white space.</exception>
    [JsonConstructor]
    public RecordEntry(RecordKind kind, string text)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Text = Guard.Against.NullOrBlank(text);
    }

    /// <summary>What is recorded.</summary>
    [JsonPropertyName("kind")]
    public RecordKind Kind { get; }

    /// <summary>The text recorded.</summary>
    [JsonPropertyName("text")]
    public string Text { get; }

    /// <summary>Returns the kind and the length of the text, never the text itself (it may hold personal data until checked).</summary>
    /// <returns>For example <c>Remark (120 characters)</c>.</returns>
    public override string ToString() => $"{Kind} ({Text.Length} characters)";
}
