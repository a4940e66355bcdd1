using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "form-based social reports are collected (and compiled)", counted per reporting period (fi:
/// lomakepohjaisia raportteja kerätään ja laaditaan, lkm/raportointikausi).
/// </summary>
/// <remarks>
/// Each reporting period that ends within the evaluated dates is met when at least <see cref="Minimum"/> reports were
/// submitted in it and, when <see cref="Compiled"/>, a compilation of it is given. All periods met: realized; some:
/// partly; none: not realized. Immutable; compares by value.
/// </remarks>
public sealed record ReportsPerPeriodRule
{
    /// <summary>Creates the rule.</summary>
    /// <param name="minimum">Reports a period needs, at least 1.</param>
    /// <param name="compiled">Whether each period also needs its compilation.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is less than 1.</exception>
    [JsonConstructor]
    public ReportsPerPeriodRule(int minimum = 1, bool compiled = false)
    {
        Minimum = Guard.Against.OutOfRange(minimum, nameof(minimum), 1, int.MaxValue);
        Compiled = compiled;
    }

    /// <summary>Reports a period needs, at least 1.</summary>
    [JsonPropertyName("minimum")]
    public int Minimum { get; }

    /// <summary>Whether each period also needs its compilation.</summary>
    [JsonPropertyName("compiled")]
    public bool Compiled { get; }
}
