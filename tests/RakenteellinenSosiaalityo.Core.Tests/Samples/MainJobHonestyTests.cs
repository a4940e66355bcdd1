using System.Globalization;
using System.Text.RegularExpressions;
using AnnualCycle;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Samples;

/// <summary>
/// Issue 13, "The main job is not honest for every profile": its activity records count no more handled compilations
/// than the year made, and the year's compilations are the ones its annual clock shows.
/// </summary>
public sealed partial class MainJobHonestyTests
{
    public static TheoryData<string> Kinds => new() { "one-period", "four-periods", "february-end", "bilingual" };


    [Theory]
    [MemberData(nameof(Kinds))]
    public void HandledCompilations_AreNoMoreThanTheYearMade(string kind)
    {
        var profile = Tests.Regions.TestProfiles.Load(kind);
        var made = Compiler.PeriodsCompiledIn(profile, 2025);

        var (code, output, _) = SampleRunner.Run("--region", Tests.Regions.TestProfiles.PathOf(kind), "--year", "2025");

        Assert.Equal(CommandLine.Ok, code);
        Assert.All(made, p => Assert.Contains($"\n- {p}: ", output, StringComparison.Ordinal));
        var handled = Handled().Matches(output).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(handled);
        Assert.All(handled, n => Assert.InRange(n, 0, made.Count));
    }

    // Issue 13: a one-period region showed next year's compilation while its clock showed last year's.
    [Fact]
    public void OnePeriodRegion_ShowsTheCompilationItsClockShows()
    {
        var profile = Tests.Regions.TestProfiles.Load("one-period");
        var clocked = AnnualClock.For(profile, 2025).Activities.Where(a => a.Rule.Activity == ActivityKind.Compilation).Select(a => a.Period!.Value).Distinct().ToList();

        var (_, output, _) = SampleRunner.Run("--region", Tests.Regions.TestProfiles.PathOf("one-period"), "--year", "2025");

        var shown = Shown().Matches(output[output.IndexOf("Vuosikoosteet: ", StringComparison.Ordinal)..output.IndexOf("Vuosikello", StringComparison.Ordinal)]).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(clocked.Select(p => p.ToString()), shown);
        Assert.Equal(["1.1.2024–31.12.2024"], shown);
    }

    [GeneratedRegex(@"(\d+) / \d+ koostetta käsitelty")]
    private static partial Regex Handled();

    [GeneratedRegex(@"\n- (\d+\.\d+\.\d+–\d+\.\d+\.\d+): ")]
    private static partial Regex Shown();
}
