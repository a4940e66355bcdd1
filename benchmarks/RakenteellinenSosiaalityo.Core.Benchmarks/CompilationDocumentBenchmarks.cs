using System.Buffers;
using System.Text;
using System.Text.Json;
using BenchmarkDotNet.Attributes;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Csv;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Testing;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Benchmarks;

/// <summary>
/// A compilation of N synthetic Etelä-Karjala reports (as in <see cref="CompilationBenchmarks"/>) written and read as
/// the compilation JSON document, and exported as Markdown and CSV, each beside a hand-written floor that writes (or
/// reads) the same fields with <see cref="Utf8JsonWriter"/> / <see cref="Utf8JsonReader"/> / a <see cref="StreamWriter"/>
/// loop: no DTOs, no checks, no escaping. The Markdown and CSV floors redact the same free text as the exports (title,
/// description, client groups in CSV, action proposals, supervisor's remarks) with the same
/// <see cref="PersonalDataScanner.Redact"/>, because an export must: a floor that skipped it would measure a
/// different promise. Writers write to <see cref="Stream.Null"/>; readers read a temporary file written once in the
/// set-up.
/// </summary>
/// <remarks>
/// The sizes are 100,000 and 1,000,000; <c>RS_BENCHMARK_MAX_N</c> caps them (to 10,000 when it is lower than both).
/// </remarks>
[MemoryDiagnoser]
public class CompilationDocumentBenchmarks
{
    private static readonly int[] AllSizes = [100_000, 1_000_000];

    private Compilation compilation = null!;
    private string file = string.Empty;

    /// <summary>The profile: Etelä-Karjala.</summary>
    public RegionProfile Profile { get; } = BuiltInRegions.EtelaKarjala;

    /// <summary>The number of reports generated (about 90 % are included).</summary>
    [ParamsSource(nameof(Sizes))]
    public int N { get; set; } = 100_000;

    /// <summary>The sizes, capped by <c>RS_BENCHMARK_MAX_N</c> when it is set.</summary>
    public static IEnumerable<int> Sizes =>
        int.TryParse(Environment.GetEnvironmentVariable(CompilationBenchmarks.MaxNVariable), out var max)
            ? AllSizes.Where(n => n <= max).DefaultIfEmpty(Math.Min(max, 10_000))
            : AllSizes;

    /// <summary>Generates and compiles the reports and writes the document to a temporary file.</summary>
    [GlobalSetup]
    public void Setup()
    {
        compilation = Build();
        file = Path.Combine(Path.GetTempPath(), $"rs-compilation-{N}-{Environment.ProcessId}.json");
        using var stream = File.Create(file);
        CompilationJson.Serialize(compilation, stream);
    }

    /// <summary>The compilation of <see cref="N"/> generated reports, created by the first step's actor at the cutoff.</summary>
    /// <returns>The compilation.</returns>
    public Compilation Build()
    {
        var period = Profile.ReportingPeriods.PeriodsInYear(2025)[0];
        var options = SyntheticReportOptions.Default with { ReturnedShare = 0.01, WithdrawnShare = 0.01 };
        var reports = SyntheticReports.Generate(Profile, period, N, seed: 2025, options);
        var cutoff = FinnishTime.StartOf(period.End.PlusDays(31));
        var content = Compiler.Compile(Profile, period, cutoff, reports);
        return Compilation.Create(Profile, content, new Performer(Profile.CompilationProcess.First.PerformedBy), cutoff);
    }

    /// <summary>Removes the temporary file.</summary>
    [GlobalCleanup]
    public void Cleanup() => File.Delete(file);

    /// <summary><see cref="CompilationJson.Serialize(Compilation, Stream)"/>.</summary>
    [Benchmark]
    [BenchmarkCategory("JsonWrite")]
    public void JsonWrite() => CompilationJson.Serialize(compilation, Stream.Null);

    /// <summary>The floor: every field that grows with the reports, in one <see cref="Utf8JsonWriter"/> loop (<see cref="FloorWriter"/>).</summary>
    [Benchmark]
    [BenchmarkCategory("JsonWrite")]
    public void JsonWriteFloor() => FloorWriter.Write(compilation, Stream.Null);

    /// <summary><see cref="CompilationJson.Deserialize(Stream, RegionProfile)"/> from the file.</summary>
    /// <returns>The compilation.</returns>
    [Benchmark]
    [BenchmarkCategory("JsonRead")]
    public Compilation JsonRead()
    {
        using var stream = File.OpenRead(file);
        return CompilationJson.Deserialize(stream, Profile);
    }

    /// <summary>
    /// The floor: the file read in 64 KiB chunks with one <see cref="Utf8JsonReader"/>, building what the reader returns
    /// for each included report (its id and a history of <see cref="ReportEvent"/>s with their performers, entries and
    /// contents, through the same constructors) and making every other string a .NET string; no checks: no duplicate
    /// names, nulls, personal data or lifecycle rules, and no <see cref="Reports.SocialReport"/> (only the checked
    /// rebuild makes one).
    /// </summary>
    /// <returns>The number of history entries built.</returns>
    [Benchmark]
    [BenchmarkCategory("JsonRead")]
    public int JsonReadFloor()
    {
        using var stream = File.OpenRead(file);
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        var state = default(JsonReaderState);
        var (length, final, built, inIncluded, nextIsIncluded) = (0, false, 0, false, false);
        var reports = new List<(ReportId Id, List<ReportEvent> History)>();
        while (true)
        {
            var read = stream.Read(buffer, length, buffer.Length - length);
            final = read == 0;
            length += read;
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), final, state);
            var (resumeAt, resumeState) = (-1, default(JsonReaderState));
            while (true)
            {
                var (at, before) = ((int)reader.BytesConsumed, reader.CurrentState);
                if (!reader.Read())
                {
                    (resumeAt, resumeState) = (at, before);
                    break;
                }

                if (inIncluded && reader.TokenType == JsonTokenType.StartObject)
                {
                    var item = reader;
                    if (!reader.TrySkip())
                    {
                        (resumeAt, resumeState) = (at, before);
                        break;
                    }

                    var report = FloorReader.Included(ref item);
                    built += report.History.Count;
                    reports.Add(report);
                    continue;
                }

                switch (reader.TokenType)
                {
                    case JsonTokenType.PropertyName:
                        nextIsIncluded = reader.CurrentDepth == 2 && reader.ValueTextEquals("included"u8);
                        _ = reader.GetString();
                        continue;
                    case JsonTokenType.StartArray when nextIsIncluded:
                        inIncluded = true;
                        break;
                    case JsonTokenType.EndArray when inIncluded && reader.CurrentDepth == 2:
                        inIncluded = false;
                        break;
                    case JsonTokenType.String:
                        _ = reader.GetString();
                        break;
                }

                nextIsIncluded = false;
            }

            if (final)
            {
                ArrayPool<byte>.Shared.Return(buffer);
                GC.KeepAlive(reports);
                return built;
            }

            if (resumeAt == 0 && length == buffer.Length)
            {
                var larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                buffer.AsSpan(0, length).CopyTo(larger);
                ArrayPool<byte>.Shared.Return(buffer);
                buffer = larger;
            }
            else
            {
                buffer.AsSpan(resumeAt, length - resumeAt).CopyTo(buffer);
            }

            length -= resumeAt;
            state = resumeState;
        }
    }

    /// <summary><see cref="CompilationExport.WriteMarkdown"/> in Finnish.</summary>
    [Benchmark]
    [BenchmarkCategory("Markdown")]
    public void Markdown()
    {
        using var writer = new StreamWriter(Stream.Null, Encoding.UTF8, 16 * 1024);
        CompilationExport.WriteMarkdown(compilation.Content, Profile, writer);
    }

    /// <summary>The floor: each included report's heading, service, themes, description, proposals and remarks in a <see cref="StreamWriter"/> loop, the free text redacted.</summary>
    [Benchmark]
    [BenchmarkCategory("Markdown")]
    public void MarkdownFloor()
    {
        using var writer = new StreamWriter(Stream.Null, Encoding.UTF8, 16 * 1024);
        foreach (var report in compilation.Content.Included)
        {
            var c = report.Content;
            writer.Write("### ");
            writer.Write(report.Id.Value);
            writer.Write(": ");
            writer.Write(PersonalDataScanner.Redact(c.Title));
            writer.Write("\n\n- Palvelu: ");
            writer.Write(Profile.FindService(c.ServiceId)?.Name.Get(Language.Finnish) ?? c.ServiceId.Value);
            writer.Write("\n- Ilmiöt: ");
            foreach (var theme in c.Themes)
            {
                writer.Write(Profile.FindTheme(theme)?.Name.Get(Language.Finnish) ?? theme.Value);
                writer.Write(", ");
            }

            if (c.Polarity is { } polarity)
            {
                writer.Write(polarity == ReportPolarity.Positive ? "\n- Myönteinen ilmiö" : "\n- Kielteinen ilmiö");
            }

            writer.Write("\n\n");
            writer.Write(PersonalDataScanner.Redact(c.Description));
            writer.Write("\n\n");
            if (c.ActionProposals.Count > 0)
            {
                writer.Write("**Toimenpide-ehdotukset**\n\n");
                foreach (var proposal in c.ActionProposals)
                {
                    writer.Write("- ");
                    writer.Write(PersonalDataScanner.Redact(proposal));
                    writer.Write('\n');
                }

                writer.Write('\n');
            }

            var remarks = report.Recorded(RecordKind.Remark);
            if (remarks.Count > 0)
            {
                writer.Write("**Esihenkilön huomiot**\n\n");
                foreach (var remark in remarks)
                {
                    writer.Write("- ");
                    writer.Write(PersonalDataScanner.Redact(remark.Text));
                    writer.Write('\n');
                }

                writer.Write('\n');
            }
        }
    }

    /// <summary><see cref="CompilationCsv.Write(CompilationContent, RegionProfile, TextWriter, Language, char)"/>.</summary>
    [Benchmark]
    [BenchmarkCategory("Csv")]
    public void Csv()
    {
        using var writer = new StreamWriter(Stream.Null, Encoding.UTF8, 16 * 1024);
        CompilationCsv.Write(compilation.Content, Profile, writer);
    }

    /// <summary>The floor: the same sixteen columns in a <see cref="StreamWriter"/> loop, without quoting, the free text redacted.</summary>
    [Benchmark]
    [BenchmarkCategory("Csv")]
    public void CsvFloor()
    {
        using var writer = new StreamWriter(Stream.Null, Encoding.UTF8, 16 * 1024);
        writer.Write(string.Join(",", CompilationCsv.Columns));
        writer.Write("\r\n");
        var period = compilation.Content.Period.ToString();
        foreach (var report in compilation.Content.Included)
        {
            var c = report.Content;
            writer.Write(report.Id.Value);
            writer.Write(',');
            writer.Write(period);
            writer.Write(",false,");
            writer.Write(report.SubmittedAt!.Value.ToString());
            writer.Write(',');
            writer.Write(c.ObservedOn.ToString("yyyy-MM-dd", null));
            writer.Write(',');
            writer.Write(c.ServiceId.Value);
            writer.Write(',');
            writer.Write(Profile.FindService(c.ServiceId)?.Name.Get(Language.Finnish) ?? c.ServiceId.Value);
            writer.Write(',');
            Join(writer, c.Themes.Select(t => t.Value));
            writer.Write(',');
            Join(writer, c.Subjects.Select(s => Names.Subject[(int)s]));
            writer.Write(',');
            writer.Write(c.Polarity is { } p ? Names.Polarity[(int)p] : string.Empty);
            writer.Write(',');
            Join(writer, c.Authors.Select(a => Names.Profession[(int)a.Profession]).Distinct());
            writer.Write(',');
            writer.Write(PersonalDataScanner.Redact(c.Title));
            writer.Write(',');
            writer.Write(PersonalDataScanner.Redact(c.Description));
            writer.Write(',');
            Join(writer, c.ClientGroups.Select(PersonalDataScanner.Redact));
            writer.Write(',');
            Join(writer, c.ActionProposals.Select(PersonalDataScanner.Redact));
            writer.Write(',');
            Join(writer, report.Recorded(RecordKind.Remark).Select(r => PersonalDataScanner.Redact(r.Text)));
            writer.Write("\r\n");
        }
    }

    private static void Join(StreamWriter writer, IEnumerable<string> items)
    {
        var first = true;
        foreach (var item in items)
        {
            if (!first)
            {
                writer.Write("; ");
            }

            writer.Write(item);
            first = false;
        }
    }

    // The camelCase names of the enums, made once.
    private static class Names
    {
        public static readonly string[] Subject = Of<ReportSubject>();
        public static readonly string[] Polarity = Of<ReportPolarity>();
        public static readonly string[] Profession = Of<Profession>();
        public static readonly string[] Duty = Of<StatutoryDuty>();

        private static string[] Of<T>()
            where T : struct, Enum
        {
            var values = Enum.GetValues<T>();
            var names = new string[values.Max(v => Convert.ToInt32(v, System.Globalization.CultureInfo.InvariantCulture)) + 1];
            foreach (var value in values)
            {
                names[Convert.ToInt32(value, System.Globalization.CultureInfo.InvariantCulture)] = CamelCase.Of(value);
            }

            return names;
        }
    }
}
