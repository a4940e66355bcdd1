using AnnualCycle;

namespace RakenteellinenSosiaalityo.Core.Tests.Samples;

/// <summary>The main job's annual clock: printed after the report, written as .ics with --ics.</summary>
public sealed class ClockSectionSampleTests
{
    [Fact]
    public void EtelaKarjala2025_PrintsTheClock_WithTheNetworkMeetings()
    {
        var (code, output, error) = SampleRunner.Run("--region", "etela-karjala", "--year", "2025");

        Assert.Equal(CommandLine.Ok, code);
        Assert.Empty(error);
        Assert.Contains("Vuosikello 2025", output, StringComparison.Ordinal);
        Assert.Contains("- 1.1.2025–31.1.2025 Sosiaalityön verkoston tapaaminen [network-meeting] (Sosiaalityön verkosto)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("1.7.2025–31.7.2025 Sosiaalityön verkoston tapaaminen", output, StringComparison.Ordinal);
    }

    [Fact]
    public void IcsOption_WithADirectory_WritesRegionYearIcs_WithOneEventPerActivity()
    {
        var directory = Directory.CreateTempSubdirectory("rs-ics-");
        try
        {
            var (code, output, error) = SampleRunner.Run("--ics", directory.FullName, "--region", "kymenlaakso", "--year", "2025", "--language", "en");

            var file = Path.Combine(directory.FullName, "kymenlaakso-2025.ics");
            Assert.Equal(CommandLine.Ok, code);
            Assert.Empty(error);
            Assert.Contains("iCalendar: " + file, output, StringComparison.Ordinal);
            var text = File.ReadAllText(file);
            var activities = Core.Clock.AnnualClock.For(Core.Regions.BuiltInRegions.Kymenlaakso, 2025).Activities.Count;
            Assert.StartsWith("BEGIN:VCALENDAR", text, StringComparison.Ordinal);
            Assert.Equal(activities, text.Split("BEGIN:VEVENT").Length - 1);
            Assert.Contains("SUMMARY:The reporting period ends", text, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("--region", "kymenlaakso", "--ics")]
    [InlineData("--region", "kymenlaakso", "--ics", "/no/such/directory/x.ics")]
    public void BadIcsOption_GivesOneLineError_AndExitCode2(params string[] args)
    {
        var (code, _, error) = SampleRunner.Run(args);

        Assert.Equal(CommandLine.BadInput, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n', '\r').Split('\n'));
    }
}
