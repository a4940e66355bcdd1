using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The identifier of a step of a process (<see cref="ProcessStep"/>) (fi: vaiheen tunniste), e.g. <c>supervisor-review</c>: lower-case kebab-case ASCII, starting with a letter, at most 64
/// characters, as written in region files.
/// </summary>
/// <remarks>The default value has a null <see cref="Value"/> and identifies nothing; it is never valid in a profile or a document.</remarks>
[JsonConverter(typeof(SystemIdJsonConverter<StepId>))]
public readonly record struct StepId : ISystemId<StepId>
{
    /// <summary>Creates a step id.</summary>
    /// <param name="value">The id text, e.g. <c>supervisor-review</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not lower-case kebab-case ASCII of 1–64 characters (see <see cref="IsValid"/>).</exception>
    public StepId(string value)
        => Value = SystemId.Check<StepId>(value, nameof(value));

    static string ISystemId<StepId>.What => "step";

    static string ISystemId<StepId>.Rule => Slug.Description;

    /// <summary>The id text; null only for <c>default(StepId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid step id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => Slug.IsValid(value);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static StepId ISystemId<StepId>.Of(string value) => new(value);
}
