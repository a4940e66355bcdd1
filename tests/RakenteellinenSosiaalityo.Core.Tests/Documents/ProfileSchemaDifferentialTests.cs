using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Json.Schema;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Tests.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Documents;

/// <summary>
/// Differential test of the shipped profile schema (issue 11): for every mutant of a profile document (the mutator of
/// <see cref="DocumentMutationTests"/>), an independent validator (JsonSchema.Net, 2020-12, format assertion on) and
/// the library's schema pass (<see cref="JsonSchemaValidator"/> with <see cref="RegionProfileJson.Schema"/>) must agree
/// on whether the document satisfies the schema. Only the schema pass is compared: the library's later checks
/// (references, uniqueness, periods, clock, metrics) are not in the schema. Mutants the strict parser refuses
/// (malformed JSON, a name twice, a lone surrogate, more than 64 levels) never reach a schema and are not compared.
/// The library's own formats <c>annual-date</c> and <c>business-id</c> are registered with JsonSchema.Net as
/// independent predicates written here from their definitions; <c>date</c> is JsonSchema.Net's own.
/// </summary>
public sealed partial class ProfileSchemaDifferentialTests
{
    private const int Mutants = 2000;

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    private static readonly JsonSchema Independent = JsonSchema.FromText(RegionProfileJson.Schema);

    private static readonly EvaluationOptions Options = CreateOptions();

    [Fact]
    public void ProfileMutants_IndependentValidatorAndSchemaPass_Agree()
    {
        string[] originals = [ProfileDocuments.MinimalProfile, RegionProfileJson.Serialize(BuiltInRegions.EtelaKarjala)];
        using var schemaDocument = JsonDocument.Parse(RegionProfileJson.Schema);
        var library = new JsonSchemaValidator(schemaDocument.RootElement);
        var random = new Random(11_101);
        var disagreements = new List<string>();
        int compared = 0, accepted = 0;
        for (var i = 0; i < Mutants && disagreements.Count < 5; i++)
        {
            var mutant = DocumentMutationTests.Mutate(originals[i % originals.Length], random, out var mutation);
            var parseProblems = new List<ValidationProblem>();
            using var document = DocumentJson.Parse(mutant, parseProblems);
            if (document is null)
            {
                continue;
            }

            compared++;
            var problems = new List<ValidationProblem>();
            library.Validate(document.RootElement, JsonPath.Root, problems);
            var independent = Independent.Evaluate(document.RootElement, Options).IsValid;
            accepted += independent ? 1 : 0;
            if (independent != (problems.Count == 0))
            {
                var ours = problems.Count == 0 ? "no schema problem" : string.Join("; ", problems.Take(3));
                disagreements.Add($"mutant {i} ({mutation}): JsonSchema.Net {(independent ? "accepts" : "refuses")}, the library finds {ours}\n{(mutant.Length <= 400 ? mutant : mutant[..400] + "…")}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join("\n\n", disagreements));

        // The comparison must be about something: most mutants parse, and both verdicts occur.
        Assert.InRange(compared, Mutants / 2, Mutants);
        Assert.InRange(accepted, 1, compared - 1);
    }

    [Theory]
    [InlineData("3221313-1", true)]
    [InlineData("3221313-2", false)]
    [InlineData("0000000-0", true)]
    [InlineData("322131-31", false)]
    public void BusinessIdFormat_IndependentPredicateAndLibrary_Agree(string text, bool valid)
    {
        Assert.Equal(valid, IsBusinessId(text));
        Assert.Equal(valid, BusinessId.TryParse(text, out _));
    }

    [Theory]
    [InlineData("12-01", true)]
    [InlineData("02-29", true)]
    [InlineData("02-30", false)]
    [InlineData("13-01", false)]
    [InlineData("1-01", false)]
    public void AnnualDateFormat_IndependentPredicateAndSchemaPass_Agree(string text, bool valid)
    {
        Assert.Equal(valid, IsAnnualDate(text));
        Assert.Equal(valid, NodaTime.Text.AnnualDatePattern.Iso.Parse(text).Success);
    }

    private static EvaluationOptions CreateOptions()
    {
        var registry = new FormatRegistry();
        registry.Register(new PredicateFormat("annual-date", e => e.ValueKind != JsonValueKind.String || IsAnnualDate(e.GetString()!)));
        registry.Register(new PredicateFormat("business-id", e => e.ValueKind != JsonValueKind.String || IsBusinessId(e.GetString()!)));
        return new EvaluationOptions { RequireFormatValidation = true, FormatRegistry = registry, OutputFormat = OutputFormat.Flag };
    }

    /// <summary>MM-DD, a day that exists in some year (29 February included).</summary>
    private static bool IsAnnualDate(string text) =>
        AnnualDateForm().IsMatch(text)
        && int.Parse(text.AsSpan(0, 2), CultureInfo.InvariantCulture) is var month and >= 1 and <= 12
        && int.Parse(text.AsSpan(3, 2), CultureInfo.InvariantCulture) is var day and >= 1
        && day <= DateTime.DaysInMonth(2024, month);

    /// <summary>Y-tunnus: seven digits, a hyphen and the check digit (weights 7, 9, 10, 5, 8, 4, 2; modulo 11; remainder 1 is never issued).</summary>
    private static bool IsBusinessId(string text)
    {
        if (!BusinessIdForm().IsMatch(text))
        {
            return false;
        }

        var remainder = Enumerable.Range(0, 7).Sum(i => (text[i] - '0') * Weights[i]) % 11;
        return remainder != 1 && text[8] - '0' == (remainder == 0 ? 0 : 11 - remainder);
    }

    [GeneratedRegex("^[0-9]{2}-[0-9]{2}$")]
    private static partial Regex AnnualDateForm();

    [GeneratedRegex("^[0-9]{7}-[0-9]$")]
    private static partial Regex BusinessIdForm();
}
