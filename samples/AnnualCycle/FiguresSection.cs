using System.Reflection;
using System.Text;
using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Figures;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// The figures part of the main job: the year's annual clock wheel, a swimlane SVG and a Mermaid file of every process
/// of the profile, and each compilation's Markdown page with its charts. They go where the .ics goes (<c>--ics</c>),
/// or with <c>--figures &lt;dir&gt;</c> into that directory; README's figures under docs/figures are made this way.
/// </summary>
internal static class FiguresSection
{
    public const string Option = "--figures";

    // Titles of the processes the sample knows; a process the profile gains later is drawn under the region's name only.
    // Neither names a cadence: the compilation process's title is made from the profile (ProcessTitle).
    private static readonly Dictionary<string, LocalizedText> ProcessTitles = new(StringComparer.Ordinal)
    {
        ["reportProcess"] = new("Sosiaalisen raportin kulku", "Den sociala rapportens gång", "The flow of a social report"),
        ["phenomenonProcess"] = new("Ilmiölähtöisen sosiaalisen raportin kulku", "Den fenomenbaserade sociala rapportens gång", "The flow of a phenomenon-based social report"),
    };

    /// <summary>
    /// The title of the process <paramref name="name"/>: for the compilation process the profile's own compilation name
    /// (<see cref="RegionProfile.CompilationName"/>, after the period scheme) with "käsittely / behandling / processing",
    /// e.g. "Vuosikooste – käsittely" for one period a year; null for a process the sample does not know.
    /// </summary>
    public static LocalizedText? ProcessTitle(RegionProfile profile, string name)
    {
        if (name != "compilationProcess")
        {
            return ProcessTitles.GetValueOrDefault(name);
        }

        // The name is not inflected: a profile's own label has no genitive the library could know.
        var compilation = profile.CompilationName.Singular;
        return new(
            $"{CompilationName.Capitalized(compilation.Get(Language.Finnish))} – käsittely",
            $"{CompilationName.Capitalized(compilation.Get(Language.Swedish))} – behandling",
            $"{CompilationName.Capitalized(compilation.Get(Language.English))} – processing");
    }

    /// <summary>Takes <c>--figures &lt;dir&gt;</c> out of <paramref name="args"/>, so the main parser never sees it.</summary>
    public static bool TryTakeOption(ref string[] args, out string? directory, out string problem) =>
        SampleOption.TryTake(ref args, Option, "a directory", out directory, out problem);

    /// <summary>The directory the figures go to: <c>--figures</c>, else the .ics directory, else none.</summary>
    public static string? Directory(string? figures, string? ics) =>
        figures ?? (ics is null ? null : System.IO.Directory.Exists(ics) ? ics : Path.GetDirectoryName(Path.GetFullPath(ics)));

    /// <summary>Every process of the profile with its JSON name: each <see cref="ProcessDefinition"/> property that is set, so a process added to the profile later is drawn too.</summary>
    public static IReadOnlyList<(string Name, ProcessDefinition Process)> Processes(RegionProfile profile) =>
        typeof(RegionProfile).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.PropertyType == typeof(ProcessDefinition))
            .Select(p => (Name: p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? p.Name, Process: p.GetValue(profile) as ProcessDefinition))
            .Where(p => p.Process is not null)
            .OrderBy(p => p.Name, StringComparer.Ordinal)
            .Select(p => (p.Name, p.Process!))
            .ToList();

    /// <summary>Writes the figures into <paramref name="directory"/> (nothing when it is null); false when a file cannot be written.</summary>
    public static bool Write(RegionProfile profile, int year, Language language, string? directory, IReadOnlyList<Compilation> compilations, TextWriter output, TextWriter error)
    {
        if (directory is null)
        {
            return true;
        }

        try
        {
            System.IO.Directory.CreateDirectory(directory);
            var files = new List<string>();
            var wheel = Path.Combine(directory, $"{profile.Id}-{year}-clock.svg");
            Save(wheel, writer => ClockWheel.WriteSvg(AnnualClock.For(profile, year), writer, WheelOptions.Default with { Language = language }));
            files.Add(wheel);
            foreach (var (name, process) in Processes(profile))
            {
                var title = ProcessTitle(profile, name);
                var svg = Path.Combine(directory, $"{profile.Id}-{name}.svg");
                var mermaid = Path.Combine(directory, $"{profile.Id}-{name}.mmd");
                Save(svg, writer => ProcessFlow.WriteSvg(profile, process, writer, title, language));
                Save(mermaid, writer => ProcessFlow.WriteMermaid(profile, process, writer, title, language));
                files.Add(svg);
                files.Add(mermaid);
            }

            var contents = compilations.Select(c => c.Content).ToList();
            for (var i = 0; i < contents.Count; i++)
            {
                files.AddRange(CompilationMarkdown.WriteToDirectory(directory, $"{profile.Id}-{year}-compilation-{i + 1}", contents[i], profile, contents.Take(i).ToList(), language));
            }

            output.WriteLine();
            output.WriteLine($"{Words.Say(language, "Kuvat", "Figurer", "Figures")} ({files.Count}): {directory}");
            foreach (var file in files)
            {
                output.WriteLine($"- {Path.GetFileName(file)}");
            }

            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine($"error: Cannot write the figures into '{directory}': {e.Message}");
            return false;
        }
    }

    private static void Save(string path, Action<TextWriter> write)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        write(writer);
    }
}
