using RakenteellinenSosiaalityo.Core.Regions;
using System.Globalization;
using System.Text;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// The evaluation of a region's plan over a year or the plan's validity (fi: toteutussuunnitelman arviointi): one
/// <see cref="MetricResult"/> per metric of the profile, in the profile's order.
/// </summary>
/// <remarks>
/// Immutable; compares by value. <see cref="EvaluationReportJson"/> reads and writes it (format version
/// <see cref="CurrentSchemaVersion"/>); <see cref="ToMarkdown"/> lays it out like the plan's own table.
/// </remarks>
public sealed record EvaluationReport
{
    /// <summary>The version of the evaluation JSON format this library writes and reads.</summary>
    public const int CurrentSchemaVersion = 1;

    /// <summary>Creates a report.</summary>
    /// <param name="regionId">The region's id.</param>
    /// <param name="from">The first evaluated date.</param>
    /// <param name="to">The last evaluated date (included).</param>
    /// <param name="results">One result per metric.</param>
    /// <exception cref="ArgumentException"><paramref name="regionId"/> is the default id, <paramref name="to"/> is before <paramref name="from"/>, or <paramref name="results"/> holds null.</exception>
    [JsonConstructor]
    public EvaluationReport(RegionId regionId, LocalDate from, LocalDate to, IReadOnlyList<MetricResult> results)
    {
        RegionId = SystemId.NotDefault(regionId, nameof(regionId));
        if (to < from)
        {
            throw new ArgumentException($"The evaluated dates end ({FinnishDate.Format(to)}) before they start ({FinnishDate.Format(from)}).", nameof(to));
        }

        From = from;
        To = to;
        Results = ValueList.Required(results, nameof(results));
    }

    /// <summary>The version of the JSON format; always <see cref="CurrentSchemaVersion"/>.</summary>
    [JsonPropertyName("schemaVersion")]
    [JsonPropertyOrder(-10)]
#pragma warning disable CA1822 // An instance property, so that the serializer writes it at the root of the document.
    public int SchemaVersion => CurrentSchemaVersion;
#pragma warning restore CA1822

    /// <summary>The region's id.</summary>
    [JsonPropertyName("regionId")]
    public RegionId RegionId { get; }

    /// <summary>The first evaluated date.</summary>
    [JsonPropertyName("from")]
    public LocalDate From { get; }

    /// <summary>The last evaluated date (included).</summary>
    [JsonPropertyName("to")]
    public LocalDate To { get; }

    /// <summary>One result per metric, in the profile's order.</summary>
    [JsonPropertyName("results")]
    public IReadOnlyList<MetricResult> Results { get; }

    /// <summary>
    /// The evaluation as a Markdown table laid out like the plan's own: goal | measure | status | value / how. A goal is
    /// written on the first row of its measures only.
    /// </summary>
    /// <param name="language">The language of the headers, labels and derived explanations; Finnish by default.
    /// A manual assessment is shown in the words its assessor wrote.</param>
    /// <returns>The table, lines ending in <c>\n</c>.</returns>
    public string ToMarkdown(Language language = Language.Finnish)
    {
        var text = new StringBuilder();
        text.Append("| ").Append(Words(language, "Tavoite", "Mål", "Goal"))
            .Append(" | ").Append(Words(language, "Toimenpide", "Åtgärd", "Measure"))
            .Append(" | ").Append(Words(language, "Tilanne", "Status", "Status"))
            .Append(" | ").Append(Words(language, "Arvo / miten", "Värde / hur", "Value / how"))
            .Append(" |\n|---|---|---|---|\n");
        int? goal = null;
        foreach (var result in Results)
        {
            var metric = result.Metric;
            var goalCell = metric.Goal.Number == goal ? string.Empty : $"{metric.Goal.Number.ToString(CultureInfo.InvariantCulture)}. {metric.Goal.Label.Get(language)}";
            goal = metric.Goal.Number;
            text.Append("| ").Append(Cell(goalCell))
                .Append(" | ").Append(Cell(metric.Label.Get(language)))
                .Append(" | ").Append(StatusLabel(result.Status, language))
                .Append(" | ").Append(Cell(How(result, language)))
                .Append(" |\n");
        }

        return text.ToString();
    }

    /// <summary>The label of <paramref name="status"/> in <paramref name="language"/>, e.g. "Ei toteutunut".</summary>
    /// <param name="status">A status.</param>
    /// <param name="language">The language.</param>
    /// <returns>The label.</returns>
    public static string StatusLabel(MetricStatus status, Language language) => status switch
    {
        MetricStatus.Realized => Words(language, "Toteutunut", "Förverkligad", "Realized"),
        MetricStatus.Partly => Words(language, "Osittain toteutunut", "Delvis förverkligad", "Partly realized"),
        MetricStatus.NotRealized => Words(language, "Ei toteutunut", "Inte förverkligad", "Not realized"),
        _ => Words(language, "Ei arvioitu", "Inte bedömd", "Not assessed"),
    };

    /// <summary>Returns the region, the dates and the number of results.</summary>
    /// <returns>For example <c>etela-karjala 1.1.2025–31.12.2025: 10 metrics</c>.</returns>
    public override string ToString() => $"{RegionId} {FinnishDate.Format(From)}–{FinnishDate.Format(To)}: {Results.Count} metrics";

    private static string How(MetricResult result, Language language) => result switch
    {
        { Explanation: { } explanation } => explanation.Get(language),
        { Assessment: { } a } => $"{a.How} ({a.Assessor}, {FinnishDate.Format(a.On)})",
        _ => "–",
    };

    // Pipes would end the cell and line breaks the row.
    private static string Cell(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("|", "\\|", StringComparison.Ordinal)
            .Replace("\r\n", " ", StringComparison.Ordinal).Replace('\n', ' ').Replace('\r', ' ');

    internal static string Words(Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}
