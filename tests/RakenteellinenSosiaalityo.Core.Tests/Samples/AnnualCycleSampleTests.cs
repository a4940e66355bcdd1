using AnnualCycle;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Samples;

/// <summary>The main job's command line: output on built-in data, one-line errors and exit code 2 on bad input.</summary>
public sealed class AnnualCycleSampleTests
{
    [Fact]
    public void Kymenlaakso2025_PrintsActorsWithResponsibilities_AndThePeriodsTouchingTheYear()
    {
        var (code, output, error) = SampleRunner.Run("--region", "kymenlaakso", "--year", "2025");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Empty(error);
        Assert.Contains("Rakenteellisen sosiaalityön johtoryhmä [steering-group]", output, StringComparison.Ordinal);
        Assert.Contains("    1. ", output, StringComparison.Ordinal);
        Assert.Contains("- 1.12.2024–31.5.2025", output, StringComparison.Ordinal);
        Assert.Contains("- 1.6.2025–30.11.2025", output, StringComparison.Ordinal);
        Assert.Contains("- 1.12.2025–31.5.2026", output, StringComparison.Ordinal);
    }

    [Fact]
    public void EtelaKarjala_InEnglish_PrintsTheAssumption()
    {
        var (code, output, _) = SampleRunner.Run("--region", "etela-karjala", "--year", "2025", "--language", "en");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("Reporting periods touching 2025", output, StringComparison.Ordinal);
        Assert.Contains("Assumption (reportingPeriods)", output, StringComparison.Ordinal);
    }

    // EK 5.3: the unit supervisor processes each report before it is compiled; K 4.3: the named supervisor is informed.
    [Theory]
    [InlineData("etela-karjala", "supervisor-review — Toimintayksikön esihenkilö")]
    [InlineData("kymenlaakso", "supervisor-informed — Esihenkilö")]
    public void Reports_WalkThroughTheSupervisorStep(string region, string supervisorLine)
    {
        var (code, output, _) = SampleRunner.Run("--region", region, "--year", "2025");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Contains("Sosiaaliset raportit: submit → supervisor-", output, StringComparison.Ordinal);
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains(supervisorLine, StringComparison.Ordinal)));
        Assert.Equal(3, output.Split('\n').Count(l => l.Contains(": valmis, ", StringComparison.Ordinal)));
        Assert.Contains("palautettu täydennettäväksi", output, StringComparison.Ordinal);
        Assert.Contains("tietosuoja esti lähettämisen: puhelinnumero @ description", output, StringComparison.Ordinal);
        Assert.DoesNotContain("040 123 4567", output, StringComparison.Ordinal);
    }

    // EK 5.3: compilations in January (of the autumn before) and August (of the spring), decided on by ArTu; K 4.3:
    // compiled within 30 days of each period, the steering group decides actions and responsible persons. The year
    // shows the compilations made in it, as its annual clock does (issue 13).
    [Theory]
    [InlineData("etela-karjala", "- 1.7.2024–31.12.2024: ", "- 1.1.2025–30.6.2025: ", "Arjen tuen ja toimintakyvyn johtoryhmä, seuranta")]
    [InlineData("kymenlaakso", "- 1.12.2024–31.5.2025: ", "- 1.6.2025–30.11.2025: ", "Rakenteellisen sosiaalityön johtoryhmä, seuranta")]
    public void Compilations_MadeInTheYear_AreCompiledAndDecidedOn(string region, string first, string second, string decidedBy)
    {
        var (code, output, _) = SampleRunner.Run("--region", region, "--year", "2025");

        Assert.Equal(CommandLine.Ok, code);
        var section = output[output.IndexOf("Puolivuosikoosteet: compile", StringComparison.Ordinal)..];
        Assert.Contains(first, section, StringComparison.Ordinal);
        Assert.Contains(second, section, StringComparison.Ordinal);
        Assert.Contains("raporttia mukana", section, StringComparison.Ordinal);
        Assert.Contains("— toistuva", section, StringComparison.Ordinal);
        Assert.Contains(decidedBy, section, StringComparison.Ordinal);
        Assert.Contains("Avoimet toimenpiteet, joiden seuranta-aika on ohitettu 31.12.2025: ", section, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--region", "lappi")]
    [InlineData("--region", "kymenlaakso", "--year", "20x5")]
    [InlineData("--year", "2025")]
    [InlineData("--region")]
    [InlineData("--region", "kymenlaakso", "--colour", "blue")]
    [InlineData("--region", "does-not-exist.json")]
    public void BadInput_GivesOneLineError_AndExitCode2(params string[] args)
    {
        var (code, output, error) = SampleRunner.Run(args);

        Assert.Equal(CommandLine.BadInput, code);
        Assert.Empty(output);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n', '\r').Split('\n'));
    }

    [Fact]
    public void InvalidProfileFile_GivesOneLineError_NamingPathAndRule()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rs-invalid-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, ProfileDocuments.MinimalProfile.Replace("\"board\", \"on\"", "\"nobody\", \"on\"", StringComparison.Ordinal));
        try
        {
            var (code, _, error) = SampleRunner.Run("--region", file);

            Assert.Equal(CommandLine.BadInput, code);
            Assert.Contains("$.plan.approvals[0].by", error, StringComparison.Ordinal);
            Assert.Contains("unknown-actor", error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n', '\r').Split('\n'));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void ValidProfileFile_IsUsed()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rs-valid-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, ProfileDocuments.MinimalProfile);
        try
        {
            var (code, output, _) = SampleRunner.Run("--region", file, "--year", "2024");

            Assert.Equal(CommandLine.Ok, code);
            Assert.Contains("Testiniemen hyvinvointialue", output, StringComparison.Ordinal);
            Assert.Contains("- 1.10.2024–31.12.2024", output, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void BuiltInJson_CopiedToAFile_RunsLikeTheBuiltIn()
    {
        var file = Path.Combine(Path.GetTempPath(), $"rs-copy-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, BuiltInRegions.Json(BuiltInRegions.EtelaKarjalaId));
        try
        {
            Assert.Equal(SampleRunner.Run("--region", "etela-karjala", "--year", "2025").Output, SampleRunner.Run("--region", file, "--year", "2025").Output);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
