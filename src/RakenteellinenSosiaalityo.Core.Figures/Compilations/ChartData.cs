namespace RakenteellinenSosiaalityo.Core.Figures.Compilations;

/// <summary>One row of a chart's data: a key (an id), its label, its values (one per column), and whether it is marked (a recurring theme).</summary>
internal sealed record ChartRow(string Key, string Label, IReadOnlyList<int> Values, bool Marked);

/// <summary>
/// What a chart shows: bars (one value per row) or a grid (a value per row and column, e.g. each theme in each
/// compilation), the column headings, and the words for the legend and the empty chart.
/// </summary>
internal sealed record ChartData(
    string Id,
    string Title,
    string KeyHeading,
    IReadOnlyList<string> Columns,
    IReadOnlyList<ChartRow> Rows,
    bool IsGrid,
    string? MarkedMeaning,
    string MarkedWord,
    string Empty);
