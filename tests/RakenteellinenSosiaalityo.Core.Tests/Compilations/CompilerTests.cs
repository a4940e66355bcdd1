using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;
using RakenteellinenSosiaalityo.Core.Phenomena;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>The compiler on a fixed small data set of each built-in region, with pinned results.</summary>
public sealed class CompilerTests
{
    internal static readonly ReportingPeriod EkSpring = new(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30));
    internal static readonly ReportingPeriod EkAutumn = new(new LocalDate(2025, 7, 1), new LocalDate(2025, 12, 31));

    // EK 5.3: compilations are made in January and August; the spring period is compiled in August.
    internal static readonly Instant EkAugust = Utc(2025, 8, 15, 9, 0);
    internal static readonly Instant EkJanuary = Utc(2026, 1, 20, 9, 0);

    private static Instant Utc(int y, int m, int d, int h, int min) => Instant.FromUtc(y, m, d, h, min);

    private static ReportContent Content(string id, string service, ReportPolarity? polarity, params string[] themes) =>
        Tests.Reports.ReportFixtures.Content(serviceId: new ServiceId(service)) with { Title = $"Raportti {id}", Themes = themes.Select(t => new ThemeId(t)).ToArray(), Polarity = polarity };

    private static SocialReport Draft(RegionProfile profile, string id, ReportContent content, Instant at) =>
        SocialReport.Create(profile, new ReportId(id), content, By("professionals"), at);

    private static SocialReport Submit(RegionProfile profile, string id, ReportContent content, Instant at) =>
        Draft(profile, id, content, at).Submit(profile, By("professionals"), at);

    private static SocialReport Processed(SocialReport report, Instant at) =>
        report.Perform(EtelaKarjala, new StepId("supervisor-review"), By("unit-supervisor"), at);

    /// <summary>The EK data set: every way a report can fare in a compilation.</summary>
    internal static List<SocialReport> EtelaKarjalaReports()
    {
        var p = EtelaKarjala;
        var returned = Submit(p, "R6", Content("R6", "family-social-work", ReportPolarity.Negative, "violence"), Utc(2025, 4, 2, 8, 0))
            .ReturnForCompletion(p, By("unit-supervisor"), Utc(2025, 4, 3, 8, 0), "Täydennä kuvausta.");
        return
        [
            Processed(Submit(p, "R1", Content("R1", "child-welfare", ReportPolarity.Negative, "housing", "financial-support"), Utc(2025, 2, 1, 8, 0)), Utc(2025, 2, 5, 8, 0)),
            Processed(Submit(p, "R2", Content("R2", "adult-social-work", ReportPolarity.Positive, "housing"), Utc(2025, 3, 1, 8, 0)), Utc(2025, 3, 4, 8, 0)),

            // 30.6. at 21:30 UTC is 1.7. at 00:30 in Helsinki: the autumn period.
            Processed(Submit(p, "R3", Content("R3", "child-welfare", ReportPolarity.Negative, "housing"), Utc(2025, 6, 30, 21, 30)), Utc(2025, 7, 2, 8, 0)),

            // Not processed by the supervisor by August: carried over, then processed in September.
            Processed(Submit(p, "R4", Content("R4", "disability-services", null, "functional-capacity"), Utc(2025, 5, 10, 8, 0)), Utc(2025, 9, 1, 8, 0)),
            Submit(p, "R5", Content("R5", "child-welfare", ReportPolarity.Negative, "housing"), Utc(2025, 4, 1, 8, 0)).Withdraw(p, By("professionals"), Utc(2025, 4, 10, 8, 0)),
            returned.Revise(p, returned.Content with { Description = "Soita 040 123 4567." }, By("professionals"), Utc(2025, 4, 4, 8, 0)),

            // Processed after the August cutoff: carried over although it is ready now.
            Processed(Submit(p, "R7", Content("R7", "student-welfare", ReportPolarity.Positive, "child-wellbeing"), Utc(2025, 6, 1, 8, 0)), Utc(2025, 8, 20, 8, 0)),
            Processed(Submit(p, "R8", Content("R8", "child-welfare", ReportPolarity.Negative, "housing"), Utc(2024, 12, 20, 8, 0)), Utc(2024, 12, 22, 8, 0)),
            Draft(p, "R9", Content("R9", "child-welfare", ReportPolarity.Negative, "housing"), Utc(2025, 3, 1, 8, 0)),
        ];
    }

    [Fact]
    public void ServicesAndThemesTheProfileNoLongerHas_AreStillCounted_UnderTheirIds()
    {
        // Reports made under an earlier version of the profile keep their service and themes; a compilation under the
        // profile of today counts them all the same.
        var trimmed = EtelaKarjala with
        {
            Services = [EtelaKarjala.Services.Single(s => s.Id.Value == "child-welfare")],
            PhenomenonThemes = [EtelaKarjala.PhenomenonThemes.Single(t => t.Id.Value == "housing")],
        };

        var compilation = Compiler.Compile(trimmed, EkSpring, EkAugust, EtelaKarjalaReports());

        Assert.Equal(["R1", "R2"], compilation.Included.Select(r => r.Id.Value));
        Assert.Equal([("adult-social-work", 1), ("child-welfare", 1)], compilation.Counts.ByService.Select(k => (k.Key, k.Count)).OrderBy(k => k.Key, StringComparer.Ordinal));
        Assert.Equal([("financial-support", 1), ("housing", 2)], compilation.Counts.ByTheme.Select(k => (k.Key, k.Count)).OrderBy(k => k.Key, StringComparer.Ordinal));
        Assert.Equal(["R2"], compilation.ByService.Single(g => g.Key == "adult-social-work").Reports.Select(r => r.Value));
        Assert.Equal(["R1"], compilation.ByTheme.Single(g => g.Key == "financial-support").Reports.Select(r => r.Value));
    }

    // EK 5.1 and 5.3: processed reports are compiled; the compilation shows the reported problems, proposals and
    // supervisors' remarks, and how widely a phenomenon touches the services.
    [Fact]
    public void EtelaKarjala_Spring2025_PinnedResult()
    {
        var compilation = Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, EtelaKarjalaReports());

        Assert.Equal(["R1", "R2"], compilation.Included.Select(r => r.Id.Value));
        Assert.Equal([("R4", LifecycleStatus.InProcess), ("R7", LifecycleStatus.InProcess)], compilation.CarriedOver.Select(c => (c.Id.Value, c.StatusAtCutoff)));
        Assert.All(compilation.CarriedOver, c => Assert.Equal(EkSpring, c.OriginalPeriod));
        Assert.Equal([("R5", ExclusionReason.Withdrawn), ("R6", ExclusionReason.PersonalData)], compilation.Excluded.Select(e => (e.Id.Value, e.Reason)));

        var counts = compilation.Counts;
        Assert.Equal((2, 1, 1, 0), (counts.Total, counts.Positive, counts.Negative, counts.PolarityNotRecorded));
        Assert.Equal([new KeyCount("adult-social-work", 1), new KeyCount("child-welfare", 1)], counts.ByService);
        Assert.Equal([new KeyCount("financial-support", 1), new KeyCount("housing", 2)], counts.ByTheme);
        Assert.Equal([new KeyCount("clientNeeds", 2), new KeyCount("serviceSystem", 2)], counts.BySubject);
        Assert.Equal([new KeyCount("socialInstructor", 2), new KeyCount("socialWorker", 2)], counts.ByProfession);
        Assert.Equal(["financial-support", "housing"], compilation.ByTheme.Select(g => g.Key));
        Assert.Equal(["R1", "R2"], compilation.ByTheme[1].Reports.Select(r => r.Value));
        Assert.Equal(new ThemeSummary(new ThemeId("housing"), 2, 2, 1, false), compilation.Themes[1]);
        Assert.Empty(compilation.RecurringThemes);
    }

    [Fact]
    public void EtelaKarjala_Autumn2025_TakesTheCarriedOverReports_AndFindsTheRecurringTheme()
    {
        var reports = EtelaKarjalaReports();
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, reports);

        var autumn = Compiler.Compile(EtelaKarjala, EkAutumn, EkJanuary, reports, [spring]);

        Assert.Equal(["R4", "R7", "R3"], autumn.Included.Select(r => r.Id.Value));
        Assert.Empty(autumn.CarriedOver);
        Assert.Empty(autumn.Excluded);

        // Housing appears in two consecutive compilations: recurring by the default rule (2).
        var housing = Assert.Single(autumn.Themes, t => t.ThemeId == new ThemeId("housing"));
        Assert.Equal(new ThemeSummary(new ThemeId("housing"), 1, 1, 2, true), housing);
        Assert.Equal([new ThemeId("housing")], autumn.RecurringThemes);
    }

    [Fact]
    public void RecurringMinReports_FromTheProfile_MakesAThemeRecurringWithinOnePeriod()
    {
        var profile = EtelaKarjala with { CompilationRules = new CompilationRules { RecurringMinReports = 2 } };

        var compilation = Compiler.Compile(profile, EkSpring, EkAugust, EtelaKarjalaReports());

        Assert.Equal([new ThemeId("housing")], compilation.RecurringThemes);
    }

    // A theme recurs when it shows in as many consecutive compilations as the profile's rules say (neither plan sets the
    // number; CompilationRules documents the assumption): with 3, the spring and autumn compilations of 2025 are not
    // enough, and the spring of 2026 makes it recurring.
    [Fact]
    public void RecurringConsecutiveCompilations_Three_NeedsAThirdCompilationInARow()
    {
        var profile = EtelaKarjala with { CompilationRules = new CompilationRules { RecurringConsecutiveCompilations = 3 } };
        var reports = EtelaKarjalaReports();
        var spring = Compiler.Compile(profile, EkSpring, EkAugust, reports);
        var autumn = Compiler.Compile(profile, EkAutumn, EkJanuary, reports, [spring]);
        var later = Processed(Submit(profile, "R10", Content("R10", "child-welfare", ReportPolarity.Negative, "housing"), Utc(2026, 2, 2, 8, 0)), Utc(2026, 2, 3, 8, 0));
        var spring2026 = Compiler.Compile(profile, profile.ReportingPeriods.Next(EkAutumn), Utc(2026, 8, 14, 9, 0), [.. reports, later], [spring, autumn]);

        Assert.Empty(autumn.RecurringThemes);
        Assert.Equal(2, Assert.Single(autumn.Themes, t => t.ThemeId == new ThemeId("housing")).ConsecutiveCompilations);
        Assert.Equal([new ThemeId("housing")], spring2026.RecurringThemes);
        Assert.Equal(3, Assert.Single(spring2026.Themes, t => t.ThemeId == new ThemeId("housing")).ConsecutiveCompilations);
    }

    [Fact]
    public void PreviousCompilation_OfAnotherRegion_IsRefused()
    {
        var kymenlaakso = Compiler.Compile(Kymenlaakso, Kymenlaakso.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 3)), EkAugust, []);

        var e = Assert.Throws<CompilationException>(() => Compiler.Compile(EtelaKarjala, EkAutumn, EkJanuary, EtelaKarjalaReports(), [kymenlaakso]));

        Assert.Equal(CompilationException.RegionMismatchCode, e.Code);
        Assert.Contains("'kymenlaakso'", e.Message, StringComparison.Ordinal);
        Assert.Contains("'etela-karjala'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void SamePeriodCompiledTwice_AmongThePrevious_IsRefused()
    {
        var reports = EtelaKarjalaReports();
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, reports);

        var e = Assert.Throws<CompilationException>(() => Compiler.Compile(EtelaKarjala, EkAutumn, EkJanuary, reports, [spring, spring]));

        Assert.Equal(CompilationException.DuplicateCompilationCode, e.Code);
        Assert.Contains(EkSpring.ToString(), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CarriedOverReport_MissingFromTheInput_IsRefused()
    {
        var reports = EtelaKarjalaReports();
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, reports);

        var e = Assert.Throws<CompilationException>(() => Compiler.Compile(EtelaKarjala, EkAutumn, EkJanuary, reports.Where(r => r.Id.Value != "R7"), [spring]));

        Assert.Equal(CompilationException.MissingCarriedOverReportCode, e.Code);
        Assert.Contains("R7", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Cutoff_BeforeThePeriodEnds_IsRefused()
    {
        var e = Assert.Throws<CompilationException>(() => Compiler.Compile(EtelaKarjala, EkSpring, Utc(2025, 6, 30, 12, 0), EtelaKarjalaReports()));

        Assert.Equal(CompilationException.CutoffBeforePeriodEndCode, e.Code);
    }

    [Fact]
    public void Period_NotOfTheProfile_IsRefused()
    {
        var e = Assert.Throws<CompilationException>(() => Compiler.Compile(EtelaKarjala, new ReportingPeriod(new LocalDate(2025, 1, 1), new LocalDate(2025, 3, 31)), EkAugust, []));

        Assert.Equal(CompilationException.UnknownPeriodCode, e.Code);
    }

    [Fact]
    public void SameReportTwice_IsRefused()
    {
        var reports = EtelaKarjalaReports();

        var e = Assert.Throws<CompilationException>(() => Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, [.. reports, reports[0]]));

        Assert.Equal(CompilationException.DuplicateReportCode, e.Code);
    }

    [Fact]
    public void ReportOfAnotherRegion_IsRefused()
    {
        var other = Submitted(Kymenlaakso, "K-1");

        var e = Assert.Throws<CompilationException>(() => Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, [other]));

        Assert.Equal(CompilationException.RegionMismatchCode, e.Code);
    }

    // K 4.1 and 4.3: the period 1.12.–31.5. crosses the turn of the year, and a report is ready for compilation as soon
    // as it is submitted (the supervisor is informed only).
    [Fact]
    public void Kymenlaakso_WinterPeriod_CrossesTheYear_AndIncludesSubmittedReports()
    {
        var p = Kymenlaakso;
        var winter = p.ReportingPeriods.PeriodFor(new LocalDate(2025, 1, 15));
        SocialReport[] reports =
        [
            Submit(p, "K1", Content("K1", "child-welfare", null, "housing"), Utc(2024, 12, 1, 8, 0)),
            Submit(p, "K2", Content("K2", "adult-social-work", null, "housing"), Utc(2025, 5, 31, 20, 0)),
            Submit(p, "K3", Content("K3", "adult-social-work", null, "housing"), Utc(2025, 5, 31, 21, 30)), // 1.6. in Helsinki
            Submit(p, "K4", Content("K4", "adult-social-work", null, "housing"), Utc(2024, 11, 30, 21, 59)), // 30.11. 23:59 in Helsinki
        ];

        var compilation = Compiler.Compile(p, winter, Utc(2025, 6, 10, 9, 0), reports);

        Assert.Equal(new ReportingPeriod(new LocalDate(2024, 12, 1), new LocalDate(2025, 5, 31)), winter);
        Assert.Equal(["K1", "K2"], compilation.Included.Select(r => r.Id.Value));
        Assert.Empty(compilation.CarriedOver);
        Assert.Equal(new ThemeSummary(new ThemeId("housing"), 2, 2, 1, false), Assert.Single(compilation.Themes));
    }

    [Fact]
    public void OperationsAfterTheCutoff_DoNotChangeTheCompilation()
    {
        var p = EtelaKarjala;
        var ready = Processed(Submit(p, "R1", Content("R1", "child-welfare", null, "housing"), Utc(2025, 2, 1, 8, 0)), Utc(2025, 2, 2, 8, 0));
        var withdrawnLater = ready.Withdraw(p, By("professionals"), Utc(2025, 9, 1, 8, 0));

        Assert.Equal(
            Compiler.Compile(p, EkSpring, EkAugust, [ready]).Included.Select(r => r.Id),
            Compiler.Compile(p, EkSpring, EkAugust, [withdrawnLater]).Included.Select(r => r.Id));
    }

    [Fact]
    public void Compilation_IsIndependentOfInputOrder_AndRepeatable()
    {
        var reports = EtelaKarjalaReports();

        var forward = Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, reports);
        var backward = Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, Enumerable.Reverse(reports));

        Assert.Equal(forward, backward);
        Assert.Equal(forward, Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, reports));
    }

    // EK 5.3: the safety expert compiles in January and August.
    [Fact]
    public void DueWindow_EtelaKarjala_IsAugustForSpring_AndJanuaryForAutumn()
    {
        Assert.Equal(new DateInterval(new LocalDate(2025, 8, 1), new LocalDate(2025, 8, 31)), Compiler.DueWindow(EtelaKarjala, EkSpring));
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 1, 31)), Compiler.DueWindow(EtelaKarjala, EkAutumn));
        Assert.Equal("safety-expert", EtelaKarjala.CompilationProcess.First.PerformedBy.Value);
    }

    // K 4.3: compiled after each period ends; the 30 days and the working group as maker are assumptions of the profile.
    [Fact]
    public void DueWindow_Kymenlaakso_Is30DaysAfterThePeriod()
    {
        var winter = Kymenlaakso.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 1));

        Assert.Equal(new DateInterval(new LocalDate(2025, 6, 1), new LocalDate(2025, 6, 30)), Compiler.DueWindow(Kymenlaakso, winter));
        Assert.Equal("working-group", Kymenlaakso.CompilationProcess.First.PerformedBy.Value);
    }

    private static RegionProfile EkDueIn(params int[] months) => EtelaKarjala with
    {
        CompilationProcess = new ProcessDefinition([EtelaKarjala.CompilationProcess.Steps[0] with { Due = StepDue.InMonthsOf(months) }, .. EtelaKarjala.CompilationProcess.Steps.Skip(1)]),
    };

    // Issue 13: `inMonths: [1, 2, 3]` is the first quarter, not January only.
    [Fact]
    public void DueWindow_ConsecutiveMonths_IsTheWholeRun()
    {
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), Compiler.DueWindow(EkDueIn(1, 2, 3), EkAutumn));
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 3, 31)), Compiler.DueWindow(EkDueIn(3, 1, 2), EkAutumn));
    }

    [Fact]
    public void DueWindow_NonContiguousMonths_IsTheFirstRunAfterThePeriod()
    {
        Assert.Equal(new DateInterval(new LocalDate(2025, 8, 1), new LocalDate(2025, 9, 30)), Compiler.DueWindow(EkDueIn(1, 2, 8, 9), EkSpring));
        Assert.Equal(new DateInterval(new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 28)), Compiler.DueWindow(EkDueIn(1, 2, 8, 9), EkAutumn));
    }

    [Fact]
    public void DueWindow_MonthsAcrossTheTurnOfTheYear_RunIntoTheNextYear()
    {
        Assert.Equal(new DateInterval(new LocalDate(2025, 12, 1), new LocalDate(2026, 1, 31)), Compiler.DueWindow(EkDueIn(12, 1), EkSpring));
        Assert.Equal(new DateInterval(new LocalDate(2025, 11, 1), new LocalDate(2026, 2, 28)), Compiler.DueWindow(EkDueIn(11, 12, 1, 2), EkSpring));
    }

    [Fact]
    public void DueWindow_OneMonth_IsThatMonth()
    {
        Assert.Equal(new DateInterval(new LocalDate(2025, 10, 1), new LocalDate(2025, 10, 31)), Compiler.DueWindow(EkDueIn(10), EkSpring));
        Assert.Equal(new DateInterval(new LocalDate(2026, 10, 1), new LocalDate(2026, 10, 31)), Compiler.DueWindow(EkDueIn(10), EkAutumn));
    }

    [Fact]
    public void DueWindow_EveryMonth_IsTheTwelveMonthsAfterThePeriod()
    {
        Assert.Equal(new DateInterval(new LocalDate(2025, 7, 1), new LocalDate(2026, 6, 30)), Compiler.DueWindow(EkDueIn(Enumerable.Range(1, 12).ToArray()), EkSpring));
    }

    [Fact]
    public void DueWindow_WithoutADueRule_IsNull()
    {
        var profile = EtelaKarjala with
        {
            CompilationProcess = new ProcessDefinition([EtelaKarjala.CompilationProcess.Steps[0] with { Due = null }, .. EtelaKarjala.CompilationProcess.Steps.Skip(1)]),
        };

        Assert.Null(Compiler.DueWindow(profile, EkSpring));
    }

    [Fact]
    public void TryCompile_AnswersTheBrokenRuleInsteadOfThrowing()
    {
        var reports = EtelaKarjalaReports();

        Assert.False(Compiler.TryCompile(EtelaKarjala, EkSpring, Utc(2025, 6, 1, 0, 0), reports, null, out var none, out var error));
        Assert.Null(none);
        Assert.Equal(CompilationException.CutoffBeforePeriodEndCode, error!.Code);

        Assert.True(Compiler.TryCompile(EtelaKarjala, EkSpring, EkAugust, reports, null, out var content, out var noError));
        Assert.Null(noError);
        Assert.Equal(Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, reports), content);
    }
    [Fact]
    public void Check_ReturnsEveryBrokenRuleWithItsPath_AndCompileThrowsThemAll()
    {
        var reports = EtelaKarjalaReports();
        var other = Submitted(Kymenlaakso, "K-1");
        SocialReport[] input = [.. reports, other, reports[0]];

        var problems = Compiler.Check(EtelaKarjala, EkSpring, EkAugust, input);

        Assert.Equal(
            [($"reports[{reports.Count}]", CompilationException.RegionMismatchCode), ($"reports[{reports.Count + 1}]", CompilationException.DuplicateReportCode)],
            problems.Select(p => (p.Path, p.Rule)));
        var e = Assert.Throws<CompilationException>(() => Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, input));
        Assert.Equal(problems, e.Problems);
        Assert.Equal(CompilationException.RegionMismatchCode, e.Code);
        Assert.StartsWith(problems[0].Message, e.Message, StringComparison.Ordinal);
        Assert.Contains(problems[1].Message, e.Message, StringComparison.Ordinal);
        Assert.False(Compiler.TryCompile(EtelaKarjala, EkSpring, EkAugust, input, null, out _, out var error));
        Assert.Equal(problems, error.Problems);
    }

    [Fact]
    public void Check_OfInputsThatCompile_IsEmpty()
    {
        var reports = EtelaKarjalaReports();
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, reports);

        Assert.Empty(Compiler.Check(EtelaKarjala, EkSpring, EkAugust, reports));
        Assert.Empty(Compiler.Check(EtelaKarjala, EkAutumn, EkJanuary, reports, [spring]));
    }

    [Fact]
    public void Check_MissingCarriedOverReport_PointsAtThePreviousCompilation()
    {
        var reports = EtelaKarjalaReports();
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, EkAugust, reports);
        var older = Compiler.Compile(EtelaKarjala, EtelaKarjala.ReportingPeriods.Previous(EkSpring), EkAugust, reports);

        var problem = Assert.Single(Compiler.Check(EtelaKarjala, EkAutumn, EkJanuary, reports.Where(r => r.Id.Value != "R7"), [older, spring]));

        Assert.Equal(("previous[1].carriedOver", CompilationException.MissingCarriedOverReportCode), (problem.Path, problem.Rule));
    }
}
