using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// The compiler's guards at their edges (issue 16): where each problem is reported, what its message names, and the
/// boundaries a mutant could move (the cutoff at the very end of the period, a report outside the period).
/// </summary>
public sealed class CompilerGuardTests
{
    private static readonly ReportingPeriod EkSpring = CompilerTests.EkSpring;
    private static readonly ReportingPeriod EkAutumn = CompilerTests.EkAutumn;

    // EK's spring period ends when 1 July begins in Finland: 30 June 21:00 UTC (summer time, UTC+3).
    private static readonly Instant SpringEnds = Instant.FromUtc(2025, 6, 30, 21, 0);

    [Fact]
    public void Cutoff_AtTheMomentThePeriodEnds_Compiles_AMomentBefore_IsRefusedNamingBoth()
    {
        Assert.Empty(Compiler.Check(EtelaKarjala, EkSpring, SpringEnds, []));

        var problem = Assert.Single(Compiler.Check(EtelaKarjala, EkSpring, SpringEnds - Duration.Epsilon, []));

        Assert.Equal(("cutoff", CompilationException.CutoffBeforePeriodEndCode), (problem.Path, problem.Rule));
        Assert.Contains(EkSpring.ToString(), problem.Message, StringComparison.Ordinal);
        Assert.Contains($"({SpringEnds})", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DefaultPeriod_IsNotAPeriodOfTheRegion()
    {
        var problem = Assert.Single(Compiler.Check(EtelaKarjala, default, SpringEnds, []));

        Assert.Equal(("period", CompilationException.UnknownPeriodCode), (problem.Path, problem.Rule));
        Assert.Contains("region 'etela-karjala'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(CompilationException.UnknownPeriodCode, Assert.Throws<CompilationException>(() => Compiler.DueWindow(EtelaKarjala, default)).Code);
    }

    [Fact]
    public void DueWindow_OfAnotherRegionsPeriod_IsRefused()
    {
        var kymenlaaksoWinter = Kymenlaakso.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 1));

        var e = Assert.Throws<CompilationException>(() => Compiler.DueWindow(EtelaKarjala, kymenlaaksoWinter));

        Assert.Equal(CompilationException.UnknownPeriodCode, e.Code);
        Assert.Contains(kymenlaaksoWinter.ToString(), e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => Compiler.DueWindow(null!, EkSpring));
    }

    [Fact]
    public void NullArguments_AreProgrammingErrors_NamingTheArgument()
    {
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => Compiler.Check(null!, EkSpring, SpringEnds, [])).ParamName);
        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => Compiler.Check(EtelaKarjala, EkSpring, SpringEnds, null!)).ParamName);
        Assert.Equal("reports", Assert.ThrowsAny<ArgumentException>(() => Compiler.Check(EtelaKarjala, EkSpring, SpringEnds, [null!])).ParamName);
        Assert.Equal("previous", Assert.ThrowsAny<ArgumentException>(() => Compiler.Check(EtelaKarjala, EkAutumn, Instant.FromUtc(2026, 1, 20, 9, 0), [], [null!])).ParamName);
    }

    [Fact]
    public void ReportOfAnotherRegion_IsAProblemAtItsIndex_NamingBothRegions()
    {
        var other = Submitted(Kymenlaakso, "K-1");

        var problem = Assert.Single(Compiler.Check(EtelaKarjala, EkSpring, SpringEnds, [Submitted(EtelaKarjala, "E-1"), other]));

        Assert.Equal(("reports[1]", CompilationException.RegionMismatchCode), (problem.Path, problem.Rule));
        Assert.Equal("Report K-1 follows the process of region 'kymenlaakso', not 'etela-karjala'.", problem.Message);
    }

    [Fact]
    public void ReportOfAnotherPeriod_IsLeftOut_WhateverItsRegion()
    {
        // The fixtures' reports are submitted in March 2025, in the spring period: none of them is the autumn's.
        var reports = new[] { Submitted(EtelaKarjala, "E-1"), Submitted(Kymenlaakso, "K-1"), Submitted(EtelaKarjala, "E-1") };

        Assert.Empty(Compiler.Check(EtelaKarjala, EkAutumn, Instant.FromUtc(2026, 1, 20, 9, 0), reports));
        var autumn = Compiler.Compile(EtelaKarjala, EkAutumn, Instant.FromUtc(2026, 1, 20, 9, 0), reports);
        Assert.Empty(autumn.Included);
        Assert.Empty(autumn.CarriedOver);
        Assert.Empty(autumn.Excluded);
    }

    [Fact]
    public void DraftNeverSubmitted_IsLeftOut_EvenTwice()
    {
        var draft = Draft(EtelaKarjala, "E-9");

        Assert.Empty(Compiler.Check(EtelaKarjala, EkSpring, SpringEnds, [draft, draft]));
    }

    [Fact]
    public void SameReportTwice_IsAProblemAtTheSecond_SayingToGiveItOnce()
    {
        var report = Submitted(EtelaKarjala, "E-1");

        var problem = Assert.Single(Compiler.Check(EtelaKarjala, EkSpring, SpringEnds, [report, Submitted(EtelaKarjala, "E-2"), report]));

        Assert.Equal(("reports[2]", CompilationException.DuplicateReportCode), (problem.Path, problem.Rule));
        Assert.Equal("Report E-1 is given twice; give each report once, in its latest state.", problem.Message);
    }

    [Fact]
    public void EarlierCompilations_OfAnotherRegionOrTwiceForAPeriod_AreProblemsAtTheirIndex()
    {
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, SpringEnds, []);
        var kymenlaakso = Compiler.Compile(Kymenlaakso, Kymenlaakso.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 3)), SpringEnds, []);

        var problems = Compiler.Check(EtelaKarjala, EkAutumn, Instant.FromUtc(2026, 1, 20, 9, 0), [Submitted(Kymenlaakso, "K-1")], [kymenlaakso, spring, spring]);

        // Wrong earlier compilations hide the problems of the reports (the carried-over reports are then unknown).
        Assert.Equal(
            [("previous[0]", CompilationException.RegionMismatchCode), ("previous[2]", CompilationException.DuplicateCompilationCode)],
            problems.Select(p => (p.Path, p.Rule)));
        Assert.Equal($"The compilation of {kymenlaakso.Period} is of region 'kymenlaakso', not 'etela-karjala'.", problems[0].Message);
        Assert.Equal($"Two earlier compilations cover {EkSpring}; give each period's compilation once.", problems[1].Message);
    }

    [Fact]
    public void CompilationsOfOtherPeriods_AmongThePrevious_AreNoProblem()
    {
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, SpringEnds, []);
        var winter = Compiler.Compile(EtelaKarjala, EtelaKarjala.ReportingPeriods.Previous(EkSpring), SpringEnds, []);

        Assert.Empty(Compiler.Check(EtelaKarjala, EkAutumn, Instant.FromUtc(2026, 1, 20, 9, 0), [], [spring, winter]));
    }

    // A previous compilation (read from a document) that lists a carried-over report twice: the report is one, found
    // or missing once, as before the compiler counted by number in the list.
    [Fact]
    public void CarriedOverReport_ListedTwiceByThePrevious_IsFoundOrMissingOnce()
    {
        var report = Submitted(EtelaKarjala, "E-1");
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, SpringEnds, [report]);
        var carried = Assert.Single(spring.CarriedOver);
        var doubled = new CompilationContent(
            spring.RegionId,
            spring.Period,
            spring.Cutoff,
            ValueList<SocialReport>.From(spring.Included),
            ValueList<CarriedOverReport>.From([carried, carried]),
            ValueList<ExcludedReport>.From(spring.Excluded),
            ValueList<ReportGroup>.From(spring.ByTheme),
            ValueList<ReportGroup>.From(spring.ByService),
            ValueList<ReportGroup>.From(spring.BySubject),
            spring.Counts,
            ValueList<ThemeSummary>.From(spring.Themes),
            spring.Dimensions,
            ValueList<ReportGroup>.From(spring.Groups));
        var january = Instant.FromUtc(2026, 1, 20, 9, 0);

        var autumn = Compiler.Compile(EtelaKarjala, EkAutumn, january, [report], [doubled]);
        var missing = Assert.Single(Compiler.Check(EtelaKarjala, EkAutumn, january, [], [doubled]));

        Assert.Equal([(report.Id, EkSpring)], autumn.CarriedOver.Select(c => (c.Id, c.OriginalPeriod)));
        Assert.Equal(("previous[0].carriedOver", CompilationException.MissingCarriedOverReportCode), (missing.Path, missing.Rule));
        Assert.Contains("carried over 1 report(s) that are not in the input: E-1.", missing.Message);
    }

    // Many carried-over reports missing: the message counts them all and names the first twenty in ordinal order.
    [Theory]
    [InlineData(20, false)]
    [InlineData(21, true)]
    public void MissingCarriedOverReports_AreCounted_AndTheFirstTwentyNamedInOrder(int count, bool ellipsis)
    {
        var reports = Enumerable.Range(1, count).Reverse().Select(i => Submitted(EtelaKarjala, $"E-{i:D2}")).ToList();
        var spring = Compiler.Compile(EtelaKarjala, EkSpring, SpringEnds, reports);
        Assert.Equal(count, spring.CarriedOver.Count);

        var missing = Assert.Single(Compiler.Check(EtelaKarjala, EkAutumn, Instant.FromUtc(2026, 1, 20, 9, 0), [], [spring]));

        var named = string.Join(", ", Enumerable.Range(1, 20).Select(i => $"E-{i:D2}"));
        Assert.Contains($"carried over {count} report(s) that are not in the input: {named}{(ellipsis ? ", …" : string.Empty)}. Give", missing.Message, StringComparison.Ordinal);
    }
}
