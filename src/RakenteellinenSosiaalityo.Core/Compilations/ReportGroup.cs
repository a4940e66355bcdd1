using Ardalis.GuardClauses;
using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>The included reports that share a key (a phenomenon theme, a service or a subject), in the compilation's order.</summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ReportGroup
{
    /// <summary>Creates a group.</summary>
    /// <param name="key">The key: a theme or service id, or a subject's camelCase name.</param>
    /// <param name="reports">The reports' ids.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    [JsonConstructor]
    public ReportGroup(string key, IReadOnlyList<ReportId> reports)
    {
        Key = Guard.Against.Null(key);
        Reports = ValueList.FromValues(reports);
    }

    /// <summary>The key: a theme or service id, or a subject's camelCase name.</summary>
    [JsonPropertyName("key")]
    public string Key { get; }

    /// <summary>The reports' ids, in the compilation's order.</summary>
    [JsonPropertyName("reports")]
    public IReadOnlyList<ReportId> Reports { get; }
}
