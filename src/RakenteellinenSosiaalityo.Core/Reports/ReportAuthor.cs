using RakenteellinenSosiaalityo.Core.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>One author of a social report (fi: raportin laatija); a report may be made jointly (K 4.3, EK 5.3).</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ReportAuthor
{
    /// <summary>Creates an author.</summary>
    /// <param name="name">The professional's name.</param>
    /// <param name="profession">The profession.</param>
    /// <param name="otherProfession">For <see cref="Profession.Other"/>, the profession in words; null otherwise.</param>
    /// <exception cref="ArgumentException"><paramref name="name"/> is empty, <paramref name="profession"/> undefined,
    /// <paramref name="otherProfession"/> missing for <see cref="Profession.Other"/>, or given for another profession.</exception>
    [JsonConstructor]
    public ReportAuthor(string name, Profession profession, string? otherProfession = null)
    {
        Name = Guard.Against.NullOrBlank(name);
        Profession = Guard.Against.EnumOutOfRange(profession);
        if (profession == Profession.Other)
        {
            OtherProfession = Guard.Against.NullOrBlank(otherProfession, message: "Name the profession in otherProfession when it is 'other'.");
        }
        else if (otherProfession is not null)
        {
            throw new ArgumentException("otherProfession is given only when the profession is 'other'.", nameof(otherProfession));
        }
    }

    /// <summary>The professional's name.</summary>
    [JsonPropertyName("name")]
    public string Name { get; }

    /// <summary>The profession.</summary>
    [JsonPropertyName("profession")]
    public Profession Profession { get; }

    /// <summary>For <see cref="Profession.Other"/>, the profession in words, e.g. "perhetyöntekijä"; null otherwise.</summary>
    [JsonPropertyName("otherProfession")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? OtherProfession { get; }
}
