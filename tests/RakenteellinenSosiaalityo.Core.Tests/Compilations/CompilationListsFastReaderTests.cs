using System.Text;
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
/// The fast path of reading a compilation's long lists beside its included reports (issue 11): the groups' report ids,
/// the carried-over and the excluded reports. Reading a document with it and without it gives the same problems (path,
/// rule and message, line and position included) and the same values; where it reads, the lists are blanked for the
/// precise path, which then reads the rest as before.
/// </summary>
public sealed class CompilationListsFastReaderTests
{
    private static readonly RegionProfile Profile = BuiltInRegions.EtelaKarjala;

    [Fact]
    public void GeneratedAndWalkedCompilations_TheFastPathReadsEveryList_AsThePrecisePathReadsIt()
    {
        var bilingual = GroupingDimensionTests.Bilingual;
        var content = GroupingDimensionTests.BilingualCompilation();
        var compilations = new[]
        {
            IncludedReportFastReaderTests.Generated(2_000),
            CompilationFixtures.Walked(BuiltInRegions.Kymenlaakso, 3),
            CompilationFixtures.Walked(Profile, Profile.CompilationProcess.Steps.Count),
            Compilation.Create(bilingual, content, new Performer(bilingual.CompilationProcess.First.PerformedBy), content.Cutoff),
        };
        Assert.True(compilations[0].Content.CarriedOver.Count > 10 && compilations[0].Content.Excluded.Count > 10);
        Assert.NotEmpty(compilations[^1].Content.Groups);

        foreach (var json in compilations.Select(CompilationJson.Serialize))
        {
            var (fast, fastProblems, took) = Read(json, withFastLists: true);
            var (precise, preciseProblems, _) = Read(json, withFastLists: false);

            Assert.True(took, "the fast path gave up on a valid document");
            Assert.Empty(fastProblems);
            Assert.Empty(preciseProblems);
            AssertSameLists(precise!, fast!);
        }
    }

    // Thousands of mutants of the rest of a compilation (its included reports left out, so that most mutations land in
    // the lists; deleted, duplicated, retyped, nulled, emptied, truncated, with lone surrogates, odd numbers, deep
    // nesting and swapped values) and of whole documents: with the fast path and without it, the same problems and the
    // same values.
    [Fact]
    public void Mutants_WithTheFastPathAndWithout_GiveTheSameProblemsAndValues()
    {
        var bilingual = GroupingDimensionTests.Bilingual;
        var content = GroupingDimensionTests.BilingualCompilation();
        var originals = new[]
        {
            CompilationJson.Serialize(IncludedReportFastReaderTests.Generated(40)),
            CompilationJson.Serialize(Compilation.Create(bilingual, content, new Performer(bilingual.CompilationProcess.First.PerformedBy), content.Cutoff)),
        };
        var rests = originals.Select(Rest).ToArray();
        var random = new Random(2_026);
        var (taken, refused, loaded) = (0, 0, 0);
        for (var i = 0; i < 2_000; i++)
        {
            var which = random.Next(originals.Length);
            var source = i % 8 == 7 ? originals[which] : rests[which];
            var mutant = DocumentMutationTests.Mutate(source, random, out var mutation);
            if (!IsUnicode(mutant))
            {
                continue;
            }

            var (fast, fastProblems, took) = Read(mutant, withFastLists: true);
            var (precise, preciseProblems, _) = Read(mutant, withFastLists: false);

            Assert.True(preciseProblems.SequenceEqual(fastProblems), $"{mutation}: without the fast path [{string.Join("; ", preciseProblems)}], with it [{string.Join("; ", fastProblems)}]");
            Assert.Equal(precise is null, fast is null);
            if (precise is not null)
            {
                AssertSameLists(precise, fast!);
                loaded++;
            }

            (taken, refused) = took ? (taken + 1, refused) : (taken, refused + 1);
        }

        Assert.True(taken > 500 && refused > 150 && loaded > 50, $"{taken} mutants read fast, {refused} left to the precise path, {loaded} loaded");
    }

    // A problem after the lists keeps its line and position: the blanked lists keep their line breaks and their length.
    [Fact]
    public void AProblemAfterTheLists_KeepsItsLineAndPosition()
    {
        var json = CompilationJson.Serialize(IncludedReportFastReaderTests.Generated(200));
        var at = json.IndexOf("\"themes\": [", json.IndexOf("\"bySubject\"", StringComparison.Ordinal), StringComparison.Ordinal);
        var mutant = json.Insert(at + "\"themes\": [".Length, " 7,");

        var (_, fastProblems, took) = Read(mutant, withFastLists: true);
        var (_, preciseProblems, _) = Read(mutant, withFastLists: false);

        Assert.True(took);
        var problem = Assert.Single(preciseProblems);
        Assert.Equal(ValidationRules.WrongType, problem.Rule);
        Assert.Contains(" at line ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(preciseProblems, fastProblems);
    }

    [Property(Arbitrary = new[] { typeof(CompilationLifecycleArbitraries) }, MaxTest = 60)]
    public Property FastPath_OnRandomCompilationLifecycles_ReadsEveryList_AsThePrecisePath(CompilationLifecycleScenario scenario)
    {
        var json = CompilationJson.Serialize(CompilationLifecycleProperties.Walk(scenario.Profile, scenario.Operations).Compilation);

        var (fast, fastProblems, took) = Read(json, withFastLists: true);
        var (precise, preciseProblems, _) = Read(json, withFastLists: false);

        Assert.True(took);
        Assert.Empty(fastProblems);
        Assert.Empty(preciseProblems);
        AssertSameLists(precise!, fast!);
        return Prop.Classify(true, precise!.Content.ByTheme.Count > 0, "groups");
    }

    // The document read as CompilationJson reads it (the included reports item by item, on their fast path), with the
    // lists' fast path or without it; whether the lists' fast path read them.
    private static (CompilationDocument? Document, List<ValidationProblem> Problems, bool Took) Read(string json, bool withFastLists)
    {
        var problems = new List<ValidationProblem>();
        var took = false;
        var document = DocumentJson.ReadWithoutNulls(
            new MemoryStream(Encoding.UTF8.GetBytes(json)),
            ProcessDocumentJson.TypeInfo<CompilationDocument>(),
            ProcessDocumentJson.TypeInfo<IncludedReportDocument>(),
            "a compilation",
            ("content", "included"),
            [],
            problems,
            IncludedReportFastReader.TryRead,
            withFastLists ? rest => CompilationListsFastReader.TryRead(rest) is { } complete ? Took(complete) : null : null);
        return (document, problems, took);

        Func<CompilationDocument, CompilationDocument> Took(Func<CompilationDocument, CompilationDocument> complete)
        {
            took = true;
            return complete;
        }
    }

    // The document without its included reports' text (the array left empty), as the stream reader sees the rest.
    private static string Rest(string json)
    {
        var rest = JsonStreamSplitter.Split(new MemoryStream(Encoding.UTF8.GetBytes(json)), "content", "included", (_, _) => { });
        return Encoding.UTF8.GetString(rest);
    }

    private static bool IsUnicode(string text)
    {
        try
        {
            _ = new UTF8Encoding(false, true).GetBytes(text);
            return true;
        }
        catch (EncoderFallbackException)
        {
            return false;
        }
    }

    private static void AssertSameLists(CompilationDocument expected, CompilationDocument actual)
    {
        var (e, a) = (expected.Content, actual.Content);
        Assert.Equal(e.ByTheme, a.ByTheme);
        Assert.Equal(e.ByService, a.ByService);
        Assert.Equal(e.BySubject, a.BySubject);
        Assert.Equal(e.CarriedOver, a.CarriedOver);
        Assert.Equal(e.Excluded, a.Excluded);
        Assert.Equal(e.Groups is null, a.Groups is null);
        Assert.Equal(
            e.Groups?.Select(g => (g!.Dimension, g.Key, string.Join(",", g.Reports))),
            a.Groups?.Select(g => (g!.Dimension, g.Key, string.Join(",", g.Reports))));
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.History, actual.History);
        Assert.Equal(e.Themes, a.Themes);
    }
}
