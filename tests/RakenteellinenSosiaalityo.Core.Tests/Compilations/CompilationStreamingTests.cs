using System.Text;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Csv;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Documents;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// Compilations at scale (issue 11): the JSON document and the exports are written to a stream or writer report by
/// report, and the document is read from a stream report by report, with the same result as the string forms.
/// 20,000 synthetic reports keep the suite fast and still span hundreds of reader buffers and writer flushes.
/// </summary>
public sealed class CompilationStreamingTests
{
    private const int LargeCount = 20_000;

    private static readonly RegionProfile Profile = BuiltInRegions.EtelaKarjala;

    private static readonly Lazy<Compilation> Large = new(() => CompilationFixtures.Generated(Profile, LargeCount, seed: 11, returnedShare: 0.01));

    private static readonly Lazy<string> LargeJson = new(() => CompilationJson.Serialize(Large.Value));

    // The tests of one writer or one oversized report: 2,000 reports are megabytes, many times the chunk bounds, and are
    // made in a tenth of the time (the mutation runs of CompilationDocuments run these tests for each mutant they cover).
    private const int MediumCount = 2_000;

    private static readonly Lazy<Compilation> Medium = new(() => CompilationFixtures.Generated(Profile, MediumCount, seed: 11, returnedShare: 0.01));

    [Fact]
    public void LargeCompilation_StreamedRoundTrip_EqualsTheStringRoundTrip()
    {
        var compilation = Large.Value;
        Assert.True(compilation.Content.Included.Count > LargeCount / 2, $"only {compilation.Content.Included.Count} reports included");
        using var stream = new MemoryStream();

        CompilationJson.Serialize(compilation, stream);
        Assert.Equal(Encoding.UTF8.GetBytes(LargeJson.Value), stream.ToArray());
        stream.Position = 0;
        var streamed = CompilationJson.Deserialize(stream, Profile);

        Assert.Equal(CompilationJson.Deserialize(LargeJson.Value, Profile), streamed);
        Assert.Equal(compilation, streamed);
    }

    [Fact]
    public void LargeCompilation_IsWrittenInChunks_NeverAsOneDocument()
    {
        var stream = new RecordingStream();

        CompilationJson.Serialize(Large.Value, stream);

        var total = stream.Bytes.Length;
        Assert.True(total > 10 * 1024 * 1024, $"the document is {total} bytes");
        Assert.True(stream.LargestWrite <= 256 * 1024, $"a single write of {stream.LargestWrite} bytes of {total}");
        Assert.True(stream.Writes >= total / (256 * 1024), $"{stream.Writes} writes for {total} bytes");
    }

    [Fact]
    public void LargeCompilation_ReadInChunksOfAnySize_IsTheSameCompilation()
    {
        var bytes = Encoding.UTF8.GetBytes(LargeJson.Value);

        var read = CompilationJson.Deserialize(new TrickleStream(bytes, seed: 3, maxChunk: 100_000), Profile);

        Assert.Equal(Large.Value, read);
    }

    // The stream reader refills its buffer at arbitrary points of the text: in a token, in a report, between them. On
    // mutants of a small compilation, handed out a few bytes at a time, it must find exactly what reading the whole
    // text finds.
    [Fact]
    public void Mutants_ReadFromATrickle_GiveTheSameProblemsAsTheWholeText()
    {
        var p = Profile;
        var original = CompilationJson.Serialize(CompilationFixtures.Walked(p, p.CompilationProcess.Steps.Count));
        var random = new Random(11_011);
        var loaded = 0;
        for (var i = 0; i < 300; i++)
        {
            var mutant = i == 0 ? original : DocumentMutationTests.Mutate(original, random, out _);
            byte[] bytes;
            try
            {
                bytes = new UTF8Encoding(false, true).GetBytes(mutant);
            }
            catch (EncoderFallbackException)
            {
                continue;
            }

            var whole = CompilationJson.TryDeserialize(mutant, p, out var fromText, out var textProblems);
            var trickled = CompilationJson.TryDeserialize(new TrickleStream(bytes, seed: i, maxChunk: 1 + (i % 40)), p, out var fromStream, out var streamProblems);

            Assert.Equal(whole, trickled);
            Assert.Equal(fromText, fromStream);
            Assert.Equal(textProblems, streamProblems);
            loaded += whole ? 1 : 0;
        }

        Assert.InRange(loaded, 1, 299);
    }

    [Fact]
    public void AReportLargerThanTheReadBuffer_IsReadWhole_AndItsProblemIsAtItsPath()
    {
        var json = CompilationJson.Serialize(Medium.Value);
        var at = json.IndexOf("\"history\"", json.IndexOf("\"included\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var mutant = json.Insert(at, "\"note\": \"" + new string('x', 300_000) + "\", ");

        var ok = CompilationJson.TryDeserialize(new TrickleStream(Encoding.UTF8.GetBytes(mutant), seed: 5, maxChunk: 70_000), Profile, out _, out var problems);

        Assert.False(ok);
        var problem = Assert.Single(problems);
        Assert.Equal(ValidationRules.UnknownProperty, problem.Rule);
        Assert.StartsWith("$.content.included[0]", problem.Path, StringComparison.Ordinal);
    }

    [Fact]
    public void ByteOrderMark_IsSkippedOnce_ASecondIsMalformed()
    {
        var bytes = Encoding.UTF8.GetBytes(CompilationJson.Serialize(CompilationFixtures.Created(Profile)));
        byte[] bom = [0xEF, 0xBB, 0xBF];

        Assert.True(CompilationJson.TryDeserialize(new MemoryStream([.. bom, .. bytes]), Profile, out _, out _));
        Assert.False(CompilationJson.TryDeserialize(new MemoryStream([.. bom, .. bom, .. bytes]), Profile, out _, out var problems));
        Assert.Equal(ValidationRules.MalformedJson, Assert.Single(problems).Rule);
    }

    [Fact]
    public void ExportJson_WrittenToAStream_IsTheStringExport_InChunks()
    {
        var content = Medium.Value.Content;
        var stream = new RecordingStream();

        CompilationExport.WriteJson(content, Profile, stream);

        Assert.Equal(Encoding.UTF8.GetBytes(CompilationExport.ToJson(content, Profile)), stream.Bytes);
        Assert.True(stream.Bytes.Length > 4 * 256 * 1024, $"only {stream.Bytes.Length} bytes");
        Assert.True(stream.LargestWrite <= 256 * 1024, $"a single write of {stream.LargestWrite} bytes of {stream.Bytes.Length}");
    }

    [Fact]
    public void Markdown_WrittenToAWriter_IsPassedOnReportByReport()
    {
        var content = Large.Value.Content;
        using var writer = new RecordingTextWriter();

        CompilationExport.WriteMarkdown(content, Profile, writer, Core.Text.Language.Swedish);

        var page = writer.ToString();
        Assert.Contains("Sammandrag", page, StringComparison.Ordinal);
        Assert.Contains($"### {content.Included[^1].Id}: ", page, StringComparison.Ordinal);
        Assert.True(writer.Writes >= content.Included.Count, $"{writer.Writes} writes for {content.Included.Count} reports");
        Assert.True(writer.LargestWrite <= 64 * 1024, $"a single write of {writer.LargestWrite} characters of {page.Length}");
    }

    [Fact]
    public void Csv_WrittenToAWriter_IsPassedOnInChunks()
    {
        var content = Medium.Value.Content;
        using var writer = new RecordingTextWriter();

        CompilationCsv.Write(content, Profile, writer);

        var csv = writer.ToString();
        Assert.Equal(CompilationCsv.ToCsv(content, Profile), csv);
        Assert.True(csv.Length > 4 * 64 * 1024, $"only {csv.Length} characters");
        Assert.True(writer.LargestWrite <= 64 * 1024, $"a single write of {writer.LargestWrite} characters of {csv.Length}");
    }
}
