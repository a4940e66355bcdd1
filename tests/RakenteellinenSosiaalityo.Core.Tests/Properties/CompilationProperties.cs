using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Reports;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>What happens to one generated report.</summary>
/// <param name="SubmitHours">Hours from the first period's start to the submission (may fall outside the periods).</param>
/// <param name="Fate">0–3 walked towards completion, 4 withdrawn, 5 returned, 6 returned and revised with personal data, 7 never submitted.</param>
/// <param name="StepHours">Hours between the steps.</param>
/// <param name="Steps">How many steps after submission are performed.</param>
/// <param name="Service">Index of the service.</param>
/// <param name="Themes">Indexes of the themes.</param>
public sealed record GeneratedReport(int SubmitHours, int Fate, int StepHours, int Steps, int Service, int[] Themes);

/// <summary>A profile, three consecutive periods with their cutoffs (as days after each period's end), and reports.</summary>
/// <param name="Profile">The profile.</param>
/// <param name="CutoffDays">Days after each period's end to its cutoff.</param>
/// <param name="Reports">The reports.</param>
public sealed record CompilationScenario(RegionProfile Profile, int[] CutoffDays, IReadOnlyList<GeneratedReport> Reports)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Profile.Id} cutoffs +[{string.Join(", ", CutoffDays)}] days, {Reports.Count} reports";
}

/// <summary>The months of an <c>inMonths</c> due rule: one or more distinct months 1–12.</summary>
/// <param name="Months">The months.</param>
public sealed record DueMonths(int[] Months)
{
    /// <inheritdoc/>
    public override string ToString() => $"inMonths [{string.Join(", ", Months)}]";
}

/// <summary>Generators for the compilation properties.</summary>
public static class CompilationArbitraries
{
    /// <summary>Due months built directly: a first month and any subset of the others, in a shuffled order.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DueMonths> Months() =>
        (from first in Gen.Choose(1, 12)
         from others in Gen.SubListOf(Enumerable.Range(1, 12).ToArray())
         from order in Gen.Shuffle(others.Append(first).Distinct().ToArray())
         select new DueMonths(order)).ToArbitrary();

    /// <summary>Scenarios on the built-in and random profiles.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<CompilationScenario> Scenarios()
    {
        var report =
            from submit in Gen.Choose(-24 * 40, 24 * 600)
            from fate in Gen.Choose(0, 7)
            from stepHours in Gen.Frequency((3, Gen.Choose(0, 48)), (1, Gen.Choose(48, 24 * 120)))
            from steps in Gen.Choose(0, 8)
            from service in Gen.Choose(0, 20)
            from themes in Gen.ArrayOf(Gen.Choose(0, 20)).Select(t => t.Distinct().Take(3).ToArray())
            select new GeneratedReport(submit, fate, stepHours, steps, service, themes);
        var profile = Gen.OneOf(
            Gen.Elements(BuiltInRegions.Kymenlaakso, BuiltInRegions.EtelaKarjala),
            DomainArbitraries.Profiles().Generator);
        return (from p in profile
                from cutoffs in Gen.ArrayOf(Gen.Choose(0, 90), 3)
                from reports in Gen.ListOf(report)
                select new CompilationScenario(p, cutoffs, reports.Take(40).ToList())).ToArbitrary();
    }
}

/// <summary>
/// Properties of the compiler: over consecutive periods every report is accounted for once and never lost, the result
/// does not depend on the order of the input, and compiling again gives an equal compilation.
/// </summary>
[Properties(Arbitrary = new[] { typeof(CompilationArbitraries), typeof(DomainArbitraries) }, MaxTest = 1000)]
public sealed class CompilationProperties
{
    private static readonly LocalDate Start = new(2025, 1, 1);

    // Issue 13: an inMonths due window is the first run of consecutive listed months after the period, whole.
    [Property]
    public void DueWindow_InMonths_IsTheFirstWholeRunOfListedMonthsAfterThePeriod(DueMonths due)
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var profile = ek with
        {
            CompilationProcess = new ProcessDefinition([ek.CompilationProcess.Steps[0] with { Due = StepDue.InMonthsOf(due.Months) }, .. ek.CompilationProcess.Steps.Skip(1)]),
        };
        foreach (var period in new[] { ek.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 1)), ek.ReportingPeriods.PeriodFor(new LocalDate(2025, 9, 1)) })
        {
            var window = Compiler.DueWindow(profile, period)!;
            var day = period.End.PlusDays(1);
            Assert.True(window.Start >= day);
            Assert.Equal(1, window.End.PlusDays(1).Day);
            var months = 0;
            for (var m = new LocalDate(window.Start.Year, window.Start.Month, 1); m <= window.End; m = m.PlusMonths(1))
            {
                Assert.Contains(m.Month, due.Months);
                months++;
            }

            Assert.True(months == 12 || !due.Months.Contains(window.End.PlusDays(1).Month));
            for (var m = new LocalDate(day.Year, day.Month, 1); m < new LocalDate(window.Start.Year, window.Start.Month, 1); m = m.PlusMonths(1))
            {
                Assert.DoesNotContain(m.Month, due.Months);
            }
        }
    }

    [Property]
    public void ConsecutivePeriods_AccountForEveryReportExactlyOnce(CompilationScenario scenario)
    {
        var (periods, cutoffs) = Periods(scenario);
        var reports = Build(scenario, periods[0]);
        var compilations = new List<CompilationContent>();
        foreach (var (period, cutoff) in periods.Zip(cutoffs))
        {
            compilations.Add(Compiler.Compile(scenario.Profile, period, cutoff, reports, compilations));
        }

        var first = FinnishTime.StartOf(periods[0].Start);
        var end = FinnishTime.StartOf(periods[^1].End.PlusDays(1));
        foreach (var report in reports)
        {
            var included = compilations.Count(c => c.Included.Any(r => r.Id == report.Id));
            var excluded = compilations.Count(c => c.Excluded.Any(e => e.Id == report.Id));
            var stillCarried = compilations[^1].CarriedOver.Any(c => c.Id == report.Id);
            var belongs = report.SubmittedAt is { } at && at >= first && at < end;
            Assert.Equal(belongs ? 1 : 0, included + excluded + (stillCarried ? 1 : 0));
        }

        for (var k = 0; k < compilations.Count; k++)
        {
            var c = compilations[k];
            var ids = c.Included.Select(r => r.Id).Concat(c.CarriedOver.Select(x => x.Id)).Concat(c.Excluded.Select(x => x.Id)).ToList();
            Assert.Equal(ids.Count, ids.Distinct().Count());
            Assert.Equal(c.Counts.Total, c.Included.Count);
            Assert.Equal(c.Included.Sum(r => r.Content.Themes.Count), c.ByTheme.Sum(g => g.Reports.Count));
            Assert.Equal(c.Included.Count, c.ByService.Sum(g => g.Reports.Count));
            if (k + 1 < compilations.Count)
            {
                var next = compilations[k + 1];
                Assert.All(c.CarriedOver, carried => Assert.True(
                    next.Included.Any(r => r.Id == carried.Id) || next.Excluded.Any(e => e.Id == carried.Id && e.OriginalPeriod == carried.OriginalPeriod) || next.CarriedOver.Any(x => x.Id == carried.Id && x.OriginalPeriod == carried.OriginalPeriod)));
            }
        }
    }

    // Placement, against an oracle that does not ask the compiler nor FinnishTime: a report first appears in the
    // compilation of the period whose days hold its submission's date in Helsinki (K 4.3, EK 4.1: each half year's
    // reports are compiled after it), never in an earlier one; until it is included or excluded it is carried over, under
    // its original period, by every compilation in between.
    [Property]
    public void EachReport_FirstAppearsInThePeriodHoldingItsSubmission(CompilationScenario scenario)
    {
        var (periods, cutoffs) = Periods(scenario);
        var reports = Build(scenario, periods[0]);
        var compilations = new List<CompilationContent>();
        foreach (var (period, cutoff) in periods.Zip(cutoffs))
        {
            compilations.Add(Compiler.Compile(scenario.Profile, period, cutoff, reports, compilations));
        }

        var helsinki = DateTimeZoneProviders.Tzdb["Europe/Helsinki"];
        foreach (var report in reports)
        {
            var home = report.SubmittedAt is { } at
                ? Array.FindIndex(periods, p => at.InZone(helsinki).Date >= p.Start && at.InZone(helsinki).Date <= p.End)
                : -1;
            for (var k = 0; k < compilations.Count; k++)
            {
                var c = compilations[k];
                var appears = c.Included.Any(r => r.Id == report.Id) || c.Excluded.Any(x => x.Id == report.Id) || c.CarriedOver.Any(x => x.Id == report.Id);
                if (home < 0 || k < home)
                {
                    Assert.False(appears, $"{report.Id} (submitted {report.SubmittedAt}) appears in the compilation of {c.Period}");
                    continue;
                }

                var decided = compilations.Take(k).Any(e => e.Included.Any(r => r.Id == report.Id) || e.Excluded.Any(x => x.Id == report.Id));
                Assert.Equal(!decided, appears);
                Assert.All(c.CarriedOver.Where(x => x.Id == report.Id), x => Assert.Equal(periods[home], x.OriginalPeriod));
                Assert.All(c.Excluded.Where(x => x.Id == report.Id), x => Assert.Equal(periods[home], x.OriginalPeriod));
            }
        }
    }

    [Property]
    public void Compilation_IsIndependentOfInputOrder_AndRepeatable(CompilationScenario scenario, Seed seed)
    {
        var (periods, cutoffs) = Periods(scenario);
        var reports = Build(scenario, periods[0]);
        var shuffled = reports.OrderBy(_ => 0).ToArray();
        new Random(seed.Value).Shuffle(shuffled);

        var first = Compiler.Compile(scenario.Profile, periods[0], cutoffs[0], reports);
        var again = Compiler.Compile(scenario.Profile, periods[0], cutoffs[0], reports);
        var fromShuffled = Compiler.Compile(scenario.Profile, periods[0], cutoffs[0], shuffled);
        var second = Compiler.Compile(scenario.Profile, periods[1], cutoffs[1], shuffled, [first]);

        Assert.Equal(first, again);
        Assert.Equal(first, fromShuffled);
        Assert.Equal(second, Compiler.Compile(scenario.Profile, periods[1], cutoffs[1], reports, [fromShuffled]));
    }

    internal static (ReportingPeriod[] Periods, Instant[] Cutoffs) Periods(CompilationScenario scenario)
    {
        var scheme = scenario.Profile.ReportingPeriods;
        var periods = new ReportingPeriod[3];
        periods[0] = scheme.PeriodFor(Start);
        periods[1] = scheme.Next(periods[0]);
        periods[2] = scheme.Next(periods[1]);
        var cutoffs = new Instant[3];
        for (var i = 0; i < 3; i++)
        {
            var cutoff = FinnishTime.StartOf(periods[i].End.PlusDays(1 + scenario.CutoffDays[i]));
            cutoffs[i] = i > 0 && cutoff < cutoffs[i - 1] ? cutoffs[i - 1] : cutoff;
        }

        return (periods, cutoffs);
    }

    private static List<RecordEntry> Entries(ProcessStep step) => step.Records.Select(k => new RecordEntry(k, "Kirjaus.")).ToList();

    internal static List<SocialReport> Build(CompilationScenario scenario, ReportingPeriod firstPeriod)
    {
        var profile = scenario.Profile;
        var process = profile.ReportProcess;
        var author = new Performer(process.First.PerformedBy);
        var origin = FinnishTime.StartOf(firstPeriod.Start);
        var reports = new List<SocialReport>();
        for (var i = 0; i < scenario.Reports.Count; i++)
        {
            var g = scenario.Reports[i];
            var at = origin + Duration.FromHours(g.SubmitHours);
            var themes = g.Themes.Select(t => profile.PhenomenonThemes[t % profile.PhenomenonThemes.Count].Id).Distinct().ToArray();
            var content = ReportFixtures.Content(serviceId: profile.Services[g.Service % profile.Services.Count].Id) with
            {
                Themes = themes,
                Polarity = (g.Fate % 3) switch { 0 => ReportPolarity.Negative, 1 => ReportPolarity.Positive, _ => null },
            };
            var report = SocialReport.Create(profile, new ReportId($"R-{i}"), content, author, at);
            if (g.Fate == 7)
            {
                reports.Add(report);
                continue;
            }

            report = report.Perform(profile, process.First.Id, author, at, Entries(process.First));
            for (var s = 0; s < g.Steps && report.PendingSteps(profile) is [var step, ..]; s++)
            {
                if (g.Fate >= 5 && s == 1)
                {
                    break;
                }

                at += Duration.FromHours(g.StepHours);
                report = report.Perform(profile, step.Id, new Performer(step.PerformedBy), at, Entries(step));
            }

            at += Duration.FromHours(g.StepHours);
            if (g.Fate == 4)
            {
                report = report.Withdraw(profile, author, at);
            }
            else if (g.Fate >= 5 && report.PendingSteps(profile) is [var reviewer, ..] && reviewer != process.First)
            {
                report = report.ReturnForCompletion(profile, new Performer(reviewer.PerformedBy), at, "Täydennä.");
                if (g.Fate == 6)
                {
                    report = report.Revise(profile, content with { Description = "Soita 040 123 4567." }, author, at);
                }
            }

            reports.Add(report);
        }

        return reports;
    }
}
