using RakenteellinenSosiaalityo.Core.Compilations;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>The counts a compilation shows, in a form all three <see cref="CompilationBenchmarks"/> produce, so that they can be compared.</summary>
/// <param name="Total">Included reports.</param>
/// <param name="Positive">Of them, positive.</param>
/// <param name="Negative">Of them, negative.</param>
/// <param name="ByService">Per service id, ordered by key (ordinal).</param>
/// <param name="BySubject">Per subject (camelCase), ordered by key.</param>
/// <param name="ByProfession">Per profession (camelCase), ordered by key.</param>
/// <param name="ByTheme">Per theme id, ordered by key.</param>
/// <param name="ThemeBreadth">Distinct services per theme id, ordered by key.</param>
public sealed record CountSummary(
    int Total,
    int Positive,
    int Negative,
    IReadOnlyList<KeyCount> ByService,
    IReadOnlyList<KeyCount> BySubject,
    IReadOnlyList<KeyCount> ByProfession,
    IReadOnlyList<KeyCount> ByTheme,
    IReadOnlyList<KeyCount> ThemeBreadth)
{
    /// <summary>The counts of a compiled compilation.</summary>
    /// <param name="content">The compilation.</param>
    /// <returns>Its counts.</returns>
    public static CountSummary Of(CompilationContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var c = content.Counts;
        return new(c.Total, c.Positive, c.Negative, c.ByService, c.BySubject, c.ByProfession, c.ByTheme, content.Themes.Select(t => new KeyCount(t.ThemeId.Value, t.DistinctServices)).ToList());
    }

    /// <summary>Every count as one line of text, for comparing two summaries in a test.</summary>
    /// <returns>The counts.</returns>
    public override string ToString() =>
        $"total {Total}, positive {Positive}, negative {Negative}; services [{string.Join(", ", ByService)}]; subjects [{string.Join(", ", BySubject)}]; " +
        $"professions [{string.Join(", ", ByProfession)}]; themes [{string.Join(", ", ByTheme)}]; breadth [{string.Join(", ", ThemeBreadth)}]";
}
