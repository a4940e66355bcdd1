using AnnualCycle;

namespace RakenteellinenSosiaalityo.Core.Tests.Samples;

/// <summary>The main job ends its year with the evaluation table of the region's metrics.</summary>
public sealed class EvaluationSectionSampleTests
{
    [Theory]
    [InlineData("etela-karjala", "fi", "| Tavoite | Toimenpide | Tilanne | Arvo / miten |", "Sosiaalityön verkoston tapaamiset toteutuvat suunnitellusti")]
    [InlineData("kymenlaakso", "en", "| Goal | Measure | Status | Value / how |", "| 1. Collecting structural social work knowledge |")]
    public void Year_EndsWithTheEvaluationTable(string region, string language, string header, string row)
    {
        var (code, text, error) = SampleRunner.Run("--region", region, "--year", "2025", "--language", language);

        Assert.Equal(CommandLine.Ok, code);
        Assert.Empty(error);
        Assert.Contains(header, text, StringComparison.Ordinal);
        Assert.Contains(row, text, StringComparison.Ordinal);
        Assert.True(text.IndexOf(header, StringComparison.Ordinal) > text.LastIndexOf("Vuosikello", StringComparison.Ordinal) || language != "fi");
    }
}
