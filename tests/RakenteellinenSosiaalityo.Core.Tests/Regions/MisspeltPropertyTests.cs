using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Regions;

/// <summary>Issue 13: a misspelt property is named with the property it was probably meant to be.</summary>
public sealed class MisspeltPropertyTests
{
    private static IReadOnlyList<ValidationProblem> Rename(string from, string to)
    {
        var json = JsonNode.Parse(BuiltInRegions.Json(BuiltInRegions.EtelaKarjalaId))!.AsObject();
        var value = json[from]!.DeepClone();
        json.Remove(from);
        json[to] = value;
        return RegionProfileJson.Validate(json.ToJsonString());
    }

    [Theory]
    [InlineData("actors", "actros")]
    [InlineData("actors", "actor")]
    [InlineData("services", "servces")]
    [InlineData("compilationRules", "compilationrules")]
    public void MisspeltTopLevelProperty_SaysDidYouMean(string property, string misspelt)
    {
        var problem = Assert.Single(Rename(property, misspelt), p => p.Rule == ValidationRules.UnknownProperty);

        Assert.Equal("$." + misspelt, problem.Path);
        Assert.Contains($"Did you mean '{property}'?", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UnrelatedProperty_HasNoGuess()
    {
        var json = JsonNode.Parse(BuiltInRegions.Json(BuiltInRegions.EtelaKarjalaId))!.AsObject();
        json["somethingElse"] = 1;

        var problem = Assert.Single(RegionProfileJson.Validate(json.ToJsonString()), p => p.Rule == ValidationRules.UnknownProperty);

        Assert.DoesNotContain("Did you mean", problem.Message, StringComparison.Ordinal);
    }
}
