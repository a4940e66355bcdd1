using AnnualCycle;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Samples;

/// <summary>The main job runs the year's phenomenon report through every step, prints it, and writes it beside the calendar.</summary>
public sealed class PhenomenonSectionSampleTests
{
    [Theory]
    [InlineData("kymenlaakso", "en", "## 3. Prevalence in the region's social services")]
    [InlineData("etela-karjala", "fi", "## 3. Esiintyvyys hyvinvointialueen sosiaalipalveluissa")]
    public void Year_RunsThePhenomenonReportThroughEveryStep_PrintsIt_AndWritesMarkdownAndJson(string region, string language, string heading)
    {
        var directory = Directory.CreateTempSubdirectory("phenomenon-sample-");
        try
        {
            using var output = new StringWriter();
            using var error = new StringWriter();

            var code = CommandLine.Run(["--region", region, "--year", "2025", "--language", language, "--ics", directory.FullName], output, error);

            Assert.Equal(CommandLine.Ok, code);
            Assert.Empty(error.ToString());
            Assert.Contains(heading, output.ToString(), StringComparison.Ordinal);
            var profile = BuiltInRegions.Get(new RegionId(region));
            var json = File.ReadAllText(Path.Combine(directory.FullName, $"{region}-2025-phenomenon-report.json"));
            var report = PhenomenonReportJson.Deserialize(json, profile);
            Assert.Equal(profile.PhenomenonProcess!.Steps.Count, report.PerformedSteps.Count);
            Assert.True(report.IsCompleted);
            Assert.NotEmpty(report.Sessions);
            Assert.StartsWith("# ", File.ReadAllText(Path.Combine(directory.FullName, $"{region}-2025-phenomenon-report.md")), StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }
}
