using System.Reflection;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests;

/// <summary>One place for every rule code (issue 15): the catalogue holds each code once, and every other code constant is one of its.</summary>
public sealed class RuleCodesTests
{
    [Fact]
    public void Catalogue_HoldsEachCodeOnce_AsKebabCase()
    {
        var codes = Codes(typeof(RuleCodes));

        Assert.Equal(codes.Count, codes.Select(c => c.Value).Distinct(StringComparer.Ordinal).Count());
        Assert.All(codes, c => Assert.True(Slug.IsValid(c.Value), $"{c.Name} = '{c.Value}' is not kebab-case"));
        Assert.Contains(codes, c => c.Name == nameof(RuleCodes.RegionMismatch) && c.Value == "region-mismatch");
    }

    [Theory]
    [InlineData(typeof(LifecycleRules))]
    [InlineData(typeof(ValidationRules))]
    [InlineData(typeof(CompilationException))]
    [InlineData(typeof(EvaluationException))]
    public void EveryPerConceptCode_IsACodeOfTheCatalogue(Type type)
    {
        var catalogue = Codes(typeof(RuleCodes)).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);

        var codes = Codes(type);

        Assert.NotEmpty(codes);
        Assert.All(codes, c => Assert.True(catalogue.Contains(c.Value), $"{type.Name}.{c.Name} = '{c.Value}' is not in RuleCodes"));
    }

    [Fact]
    public void RegionMismatch_IsOneCode_WhereverItIsRaised() =>
        Assert.Equal(
            [RuleCodes.RegionMismatch],
            new[] { LifecycleRules.RegionMismatch, CompilationException.RegionMismatchCode, EvaluationException.RegionMismatchCode }.Distinct());

    private static List<(string Name, string Value)> Codes(Type type) =>
        type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(f => (f.Name, (string)f.GetRawConstantValue()!))
            .ToList();
}
