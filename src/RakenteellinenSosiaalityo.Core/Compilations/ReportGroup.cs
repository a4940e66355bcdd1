using Ardalis.GuardClauses;
using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The included reports that share a key of one grouping dimension (a phenomenon theme, a service, a subject, a
/// municipality or area, a profession, a client group or a language), in the compilation's order.
/// </summary>
/// <remarks>Immutable; compares by value.</remarks>
public sealed record ReportGroup
{
    /// <summary>
    /// The key of the group of reports that record no value of a dimension that has one value per report
    /// (<see cref="GroupingDimension.Area"/>): <c>-</c>, which no id can be.
    /// </summary>
    public const string NotRecordedKey = "-";

    // Only the JSON reader makes a group without its dimension: the list a group sits in gives the dimension, and the
    // document mappings (CompilationJson, DimensionGroupDocument) build the group again with it.
    [JsonConstructor]
    internal ReportGroup(string key, IReadOnlyList<ReportId> reports)
        : this(GroupingDimension.Theme, key, reports)
    {
    }

    /// <summary>Creates a group of a dimension.</summary>
    /// <param name="dimension">The dimension the group belongs to.</param>
    /// <param name="key">The key within the dimension (see <see cref="Key"/>).</param>
    /// <param name="reports">The reports' ids.</param>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> or <paramref name="reports"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is undefined.</exception>
    public ReportGroup(GroupingDimension dimension, string key, IReadOnlyList<ReportId> reports)
    {
        Dimension = Guard.Against.EnumOutOfRange(dimension);
        Key = Guard.Against.Null(key);
        Reports = ValueList.RequiredValues(reports, nameof(reports));
    }

    /// <summary>The dimension the group belongs to; in JSON, the list the group sits in says it.</summary>
    [JsonIgnore]
    public GroupingDimension Dimension { get; }

    /// <summary>
    /// The key within <see cref="Dimension"/>: a theme, service or area id, a subject's or profession's camelCase
    /// name, a client group as written, a language code (<c>fi</c>, <c>sv</c>), or <see cref="NotRecordedKey"/>.
    /// </summary>
    [JsonPropertyName("key")]
    public string Key { get; }

    /// <summary>The reports' ids, in the compilation's order.</summary>
    [JsonPropertyName("reports")]
    public IReadOnlyList<ReportId> Reports { get; }
}
