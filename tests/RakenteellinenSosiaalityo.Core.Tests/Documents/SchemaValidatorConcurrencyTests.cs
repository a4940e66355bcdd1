using System.Text;
using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;
using RakenteellinenSosiaalityo.Core.Tests.Regions;
using Xunit;

namespace RakenteellinenSosiaalityo.Core.Tests.Documents;

/// <summary>
/// One <see cref="JsonSchemaValidator"/> is shared by every thread that loads a profile (the validator of the shipped
/// schema is a static instance), and it compiles each schema pattern once into a cache. A clean CI run once failed 45
/// tests at once with <see cref="InvalidOperationException"/> from that cache (a plain dictionary written by several
/// threads): these tests make many threads start on a fresh validator at the same moment.
/// </summary>
public sealed class SchemaValidatorConcurrencyTests
{
    private const int Patterns = 400;
    private const int Threads = 8;

    [Fact]
    public void AFreshValidator_SharedByThreadsStartingTogether_GivesEveryThreadTheSameProblems()
    {
        // A schema of many properties, each with a pattern of its own, so that the threads fill the cache together;
        // every third value breaks its pattern, so the expected problems are known without the validator.
        var schema = new StringBuilder("{\"type\":\"object\",\"properties\":{");
        var document = new StringBuilder("{");
        var expected = new List<string>();
        for (var i = 0; i < Patterns; i++)
        {
            var separator = i == 0 ? string.Empty : ",";
            schema.Append($"{separator}\"p{i}\":{{\"type\":\"string\",\"pattern\":\"^v{i}$\"}}");
            var breaks = i % 3 == 0;
            document.Append($"{separator}\"p{i}\":\"{(breaks ? "x" : "v")}{i}\"");
            if (breaks)
            {
                expected.Add($"$.p{i}");
            }
        }

        schema.Append("}}");
        document.Append('}');
        using var schemaDocument = JsonDocument.Parse(schema.ToString());
        using var value = JsonDocument.Parse(document.ToString());

        for (var round = 0; round < 20; round++)
        {
            var validator = new JsonSchemaValidator(schemaDocument.RootElement);
            var results = RunTogether(() =>
            {
                var problems = new List<ValidationProblem>();
                validator.Validate(value.RootElement, "$", problems);
                return problems;
            });

            foreach (var problems in results)
            {
                Assert.Equal(expected, problems.Select(p => p.Path));
                Assert.All(problems, p => Assert.Equal(ValidationRules.InvalidValue, p.Rule));
            }
        }
    }

    [Fact]
    public void ProfilesLoadedOnManyThreadsAtOnce_AllLoadAndRefuseAlike()
    {
        // The shipped validator, as the library uses it: good and bad profiles on threads that start together.
        var good = RegionProfileJson.Serialize(BuiltInRegions.EtelaKarjala);
        var bad = ProfileDocuments.MinimalProfile.Replace("3221311-5", "3221311-4", StringComparison.Ordinal);
        Assert.NotEqual(ProfileDocuments.MinimalProfile, bad);
        var results = RunTogether(() =>
        {
            var loaded = RegionProfileJson.TryLoad(good, out _, out var goodProblems);
            var refused = !RegionProfileJson.TryLoad(bad, out _, out var badProblems);
            return (loaded, goodProblems.Count, refused, Bad: string.Join("\n", badProblems));
        });

        Assert.All(results, r => Assert.True(r.loaded && r.Count == 0 && r.refused));
        Assert.Single(results.Select(r => r.Bad).Distinct());
    }

    private static List<T> RunTogether<T>(Func<T> work)
    {
        using var barrier = new Barrier(Threads);
        var results = new T[Threads];
        var failures = new Exception?[Threads];
        var threads = Enumerable.Range(0, Threads).Select(i => new Thread(() =>
        {
            barrier.SignalAndWait();
            try
            {
                results[i] = work();
            }
            catch (Exception e)
            {
                failures[i] = e;
            }
        })).ToList();
        threads.ForEach(t => t.Start());
        threads.ForEach(t => t.Join());
        Assert.All(failures, Assert.Null);
        return [.. results];
    }
}
