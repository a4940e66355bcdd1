using System.Text;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Figures.Text;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures;

/// <summary>
/// Writes a compilation's Markdown page with its charts (fi: kooste kaavioineen): the page of
/// <see cref="CompilationExport.ToMarkdown"/> unchanged, then a section with each chart of
/// <see cref="CompilationCharts.For"/> as an SVG file beside the page, linked as an image, and its text alternative
/// (a table) under it, so that a reader who cannot see the chart reads the same numbers.
/// </summary>
public static class CompilationMarkdown
{
    /// <summary>Writes the page to <paramref name="markdown"/> and each chart through <paramref name="openChart"/>.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The profile it was compiled with.</param>
    /// <param name="previous">Earlier compilations of the same region, for the theme trend; may be empty.</param>
    /// <param name="markdown">Where the page goes; it is flushed, not closed.</param>
    /// <param name="openChart">Opens the stream for a chart file, given its name (<c>{chartPrefix}{chart id}.svg</c>); the stream is closed after writing.</param>
    /// <param name="chartPrefix">What each chart's file name begins with, e.g. the page's name and a hyphen; may be empty.</param>
    /// <param name="language">The language of the page and the charts.</param>
    /// <returns>The names of the chart files written, in page order.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">A compilation is of another region than <paramref name="profile"/>, a previous one is not earlier, or <paramref name="chartPrefix"/> holds a character not allowed in a file name.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is undefined.</exception>
    public static IReadOnlyList<string> Write(
        CompilationContent content,
        RegionProfile profile,
        IReadOnlyList<CompilationContent> previous,
        TextWriter markdown,
        Func<string, Stream> openChart,
        string chartPrefix,
        Language language)
    {
        Guard.Against.Null(markdown);
        Guard.Against.Null(openChart);
        Guard.Against.Null(chartPrefix);
        if (chartPrefix.IndexOfAny(['/', '\\', ':', '*', '?', '"', '<', '>', '|', '\0']) >= 0)
        {
            throw new ArgumentException($"The chart prefix '{chartPrefix}' holds a character not allowed in a file name.", nameof(chartPrefix));
        }

        var charts = CompilationCharts.For(content, profile, previous, language);
        var page = new StringBuilder(CompilationExport.ToMarkdown(content, profile, language));
        page.Append("## ").Append(Vocabulary.T(language, "Kaaviot", "Diagram", "Charts")).Append("\n\n");
        page.Append(Vocabulary.T(
            language,
            "Jokaisen kaavion luvut ovat myös taulukkona kaavion alla.",
            "Siffrorna i varje diagram finns också som tabell under diagrammet.",
            "The numbers of each chart are also given as a table under it.")).Append("\n\n");
        var files = new List<string>();
        foreach (var chart in charts)
        {
            var file = $"{chartPrefix}{chart.Id}.svg";
            using (var stream = openChart(file) ?? throw new ArgumentException($"openChart returned no stream for '{file}'.", nameof(openChart)))
            using (var writer = new StreamWriter(stream, new UTF8Encoding(false)))
            {
                chart.WriteSvg(writer);
            }

            files.Add(file);
            page.Append("### ").Append(MarkdownText.Escape(chart.Title)).Append("\n\n");
            page.Append("![").Append(MarkdownText.Escape(chart.Title)).Append("](").Append(Uri.EscapeDataString(file)).Append(")\n\n");
            page.Append(chart.TextAlternative).Append('\n');
        }

        markdown.Write(page.ToString());
        markdown.Flush();
        return files;
    }

    /// <summary>Writes <c>{name}.md</c> and its charts <c>{name}-{chart id}.svg</c> into <paramref name="directory"/>.</summary>
    /// <param name="directory">An existing directory.</param>
    /// <param name="name">The page's file name without <c>.md</c>, e.g. <c>kymenlaakso-2025-1</c>.</param>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The profile it was compiled with.</param>
    /// <param name="previous">Earlier compilations of the same region, for the theme trend; may be empty.</param>
    /// <param name="language">The language of the page and the charts.</param>
    /// <returns>The paths of the files written, the page first.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="directory"/> or <paramref name="name"/> is empty, <paramref name="name"/> holds a character not allowed in a file name, or a compilation does not fit (see <see cref="Write"/>).</exception>
    /// <exception cref="DirectoryNotFoundException"><paramref name="directory"/> does not exist.</exception>
    /// <exception cref="IOException">A file cannot be written.</exception>
    /// <exception cref="UnauthorizedAccessException">A file may not be written.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException"><paramref name="language"/> is undefined.</exception>
    public static IReadOnlyList<string> WriteToDirectory(string directory, string name, CompilationContent content, RegionProfile profile, IReadOnlyList<CompilationContent> previous, Language language = Language.Finnish)
    {
        Guard.Against.NullOrWhiteSpace(directory);
        Guard.Against.NullOrWhiteSpace(name);
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The directory '{directory}' does not exist; create it before writing the compilation into it.");
        }

        var pagePath = Path.Combine(directory, name + ".md");
        var written = new List<string> { pagePath };
        using var page = new StreamWriter(pagePath, append: false, new UTF8Encoding(false));
        var files = Write(content, profile, previous, page, file => File.Create(Path.Combine(directory, file)), name + "-", language);
        written.AddRange(files.Select(f => Path.Combine(directory, f)));
        return written;
    }
}
