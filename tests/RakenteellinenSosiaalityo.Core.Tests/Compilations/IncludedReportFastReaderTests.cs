using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Tests.Documents;
using RakenteellinenSosiaalityo.Core.Tests.Properties;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// The fast path of reading a compilation's included reports (issue 11): it reads an item only when the precise path
/// (parse, text and null walks, serializer) would read it without a problem, and then into equal values; anything else
/// it leaves to the precise path, so a document's problems never change.
/// </summary>
public sealed class IncludedReportFastReaderTests
{
    private static readonly RegionProfile Profile = BuiltInRegions.EtelaKarjala;

    [Fact]
    public void EveryIncludedReportOfGeneratedCompilations_IsReadByTheFastPath_AsThePrecisePathReadsIt()
    {
        var items = Items(Generated(2_000)).Concat(Items(CompilationFixtures.Walked(BuiltInRegions.Kymenlaakso, 3))).ToList();
        Assert.True(items.Count > 1_000, $"{items.Count} items");

        foreach (var item in items)
        {
            var precise = Precise(item, out var problems);
            Assert.Empty(problems);
            AssertSame(precise!, Fast(item, final: true) ?? throw new Xunit.Sdk.XunitException($"The fast path gave up on a valid report: {item[..Math.Min(200, item.Length)]}"));
        }
    }

    // Several thousand mutants of included reports (deleted, duplicated, retyped, nulled, emptied, truncated, with
    // lone surrogates, odd numbers and escaped names): where the fast path reads one, the precise path reads it too,
    // without a problem, into the same values.
    [Fact]
    public void Mutants_TheFastPathReadsOnlyWhatThePrecisePathReadsWithoutAProblem_AndTheSameValues()
    {
        var items = Items(Generated(200)).Concat(Items(CompilationFixtures.Walked(BuiltInRegions.Kymenlaakso, 3))).ToList();
        var random = new Random(1_111);
        var (taken, refused) = (0, 0);
        for (var i = 0; i < 4_000; i++)
        {
            var mutant = DocumentMutationTests.Mutate(items[random.Next(items.Count)], random, out var mutation);
            byte[] bytes;
            try
            {
                bytes = new UTF8Encoding(false, true).GetBytes(mutant);
            }
            catch (EncoderFallbackException)
            {
                continue;
            }

            var fast = Fast(bytes, final: true);
            var precise = Precise(mutant, out var problems);
            if (fast is null)
            {
                refused += problems.Count > 0 ? 1 : 0;
                continue;
            }

            Assert.True(problems.Count == 0, $"{mutation}: the fast path read a report the precise path refuses ({string.Join("; ", problems)})");
            AssertSame(precise!, fast);
            taken++;
        }

        Assert.True(taken > 100 && refused > 1_000, $"{taken} mutants read fast, {refused} refused");
    }

    // A reader over part of a report (a chunk of the stream) must give up, never read a report it has not seen whole.
    [Fact]
    public void PartOfAReport_IsNeverRead_TheWholeIs()
    {
        var item = Encoding.UTF8.GetBytes(Items(CompilationFixtures.Walked(BuiltInRegions.Kymenlaakso, 3))[0]);

        for (var cut = 1; cut < item.Length; cut++)
        {
            Assert.Null(Fast(item.AsSpan(0, cut).ToArray(), final: false));
        }

        Assert.NotNull(Fast(item, final: false));
    }

    [Property(Arbitrary = new[] { typeof(CompilationLifecycleArbitraries) }, MaxTest = 60)]
    public Property FastPath_OnRandomCompilationLifecycles_ReadsEveryIncludedReport_AsThePrecisePath(CompilationLifecycleScenario scenario)
    {
        var compilation = CompilationLifecycleProperties.Walk(scenario.Profile, scenario.Operations).Compilation;

        foreach (var item in Items(compilation))
        {
            var precise = Precise(item, out var problems);
            Assert.Empty(problems);
            AssertSame(precise!, Fast(item, final: true)!);
        }

        return Prop.Classify(true, compilation.Content.Included.Count > 0, "reports included");
    }

    internal static Compilation Generated(int count) => CompilationFixtures.Generated(Profile, count, seed: 7, returnedShare: 0.05);

    // Each included report of the compilation's document, as the text the document holds.
    private static List<string> Items(Compilation compilation)
    {
        using var document = JsonDocument.Parse(CompilationJson.Serialize(compilation));
        return [.. document.RootElement.GetProperty("content").GetProperty("included").EnumerateArray().Select(e => e.GetRawText())];
    }

    private static IncludedReportDocument? Precise(string item, out List<ValidationProblem> problems)
    {
        problems = [];
        return DocumentJson.ReadWithoutNulls(item, ProcessDocumentJson.TypeInfo<IncludedReportDocument>(), "a compilation", problems);
    }

    private static IncludedReportDocument? Fast(string item, bool final) => Fast(Encoding.UTF8.GetBytes(item), final);

    private static IncludedReportDocument? Fast(byte[] item, bool final)
    {
        var reader = new Utf8JsonReader(item, final, new JsonReaderState(new JsonReaderOptions { MaxDepth = DocumentJson.MaxDepth }));
        try
        {
            if (!reader.Read())
            {
                return null;
            }
        }
        catch (JsonException)
        {
            return null;
        }

        if (IncludedReportFastReader.TryRead(ref reader) is not { } read)
        {
            return null;
        }

        // In a document the reader goes on after the item; here the item is the whole text, and text after it is no
        // report (the precise path refuses it as malformed, as the stream reader would find on).
        try
        {
            return reader.Read() ? null : read;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void AssertSame(IncludedReportDocument expected, IncludedReportDocument actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.History, actual.History);
    }
}
