using System.Text.Json.Nodes;
using AnnualCycle;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Samples;

/// <summary>The main job's check mode (issue 13): findings printed in the chosen language, exit codes 0, 1 and 2.</summary>
public sealed class CheckModeSampleTests
{
    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var code = CommandLine.Run(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string WriteProfile(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"check-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json);
        return path;
    }

    [Theory]
    [InlineData("kymenlaakso")]
    [InlineData("etela-karjala")]
    public void BuiltInProfile_ByIdAndAsAFile_HasNoErrors(string region)
    {
        var byId = Run("check", region, "--year", "2025");
        var path = WriteProfile(BuiltInRegions.Json(new RegionId(region)));
        try
        {
            var byFile = Run("check", path, "--year", "2025");

            Assert.InRange(byId.Code, CommandLine.Ok, CheckMode.WarningsOnly);
            Assert.Equal(byId, byFile);
            Assert.Contains("Virheitä: 0", byId.Output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void WarningsOnly_Exit1_Or2WithWarningsAsErrors()
    {
        var json = JsonNode.Parse(BuiltInRegions.Json(BuiltInRegions.EtelaKarjalaId))!;
        json["reportingPeriods"] = JsonNode.Parse("""{ "periods": [ { "start": "01-01", "end": "03-31" }, { "start": "04-01", "end": "12-31" } ] }""");
        var path = WriteProfile(json.ToJsonString());
        try
        {
            var (code, output, _) = Run("check", path, "--year", "2025", "--language", "en");
            var strict = Run("check", path, "--year", "2025", "--warnings-as-errors");

            Assert.Equal(CheckMode.WarningsOnly, code);
            Assert.Contains("warning uneven-periods @ $.reportingPeriods.periods", output, StringComparison.Ordinal);
            Assert.Equal(CommandLine.BadInput, strict.Code);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void AnError_Exit2_InSwedish()
    {
        var json = JsonNode.Parse(BuiltInRegions.Json(BuiltInRegions.KymenlaaksoId))!;
        json["compilationProcess"]!["steps"]![0]!.AsObject().Remove("due");
        var path = WriteProfile(json.ToJsonString());
        try
        {
            var (code, output, _) = Run("check", path, "--year", "2025", "--language", "sv");

            Assert.Equal(CommandLine.BadInput, code);
            Assert.Contains("fel compilation-never-due @ $.compilationProcess.steps[0].due", output, StringComparison.Ordinal);
            Assert.Contains("Kontroll av profilen", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("check")]
    [InlineData("check", "nowhere")]
    [InlineData("check", "kymenlaakso", "--colour", "red")]
    public void BadArguments_Exit2_WithAOneLineError(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.Equal(CommandLine.BadInput, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }
}
