using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>When a compilation is made by default, and which compilations a year holds (issue 15: moved from the main job).</summary>
public sealed class DefaultCutoffTests
{
    private static readonly RegionProfile EtelaKarjala = BuiltInRegions.EtelaKarjala;
    private static readonly RegionProfile Kymenlaakso = BuiltInRegions.Kymenlaakso;

    private static ReportingPeriod Period(int sy, int sm, int sd, int ey, int em, int ed) => new(new LocalDate(sy, sm, sd), new LocalDate(ey, em, ed));

    private static Instant NineInHelsinki(int y, int m, int d) => new LocalDateTime(y, m, d, 9, 0).InZoneStrictly(DateTimeZoneProviders.Tzdb["Europe/Helsinki"]).ToInstant();

    private static RegionProfile OnePeriod => Tests.Regions.TestProfiles.Load("one-period");

    // EK 5.3: the spring period is compiled in August, the autumn period in January: the cutoff is the window's last day.
    [Fact]
    public void EtelaKarjala_EK53_IsNineOnTheLastDayOfAugust_AndOfJanuary()
    {
        Assert.Equal(NineInHelsinki(2025, 8, 31), Compiler.DefaultCutoff(EtelaKarjala, Period(2025, 1, 1, 2025, 6, 30)));
        Assert.Equal(NineInHelsinki(2026, 1, 31), Compiler.DefaultCutoff(EtelaKarjala, Period(2025, 7, 1, 2025, 12, 31)));
    }

    // K 4.3: compiled within 30 days of the period's end.
    [Fact]
    public void Kymenlaakso_K43_IsNineOnThe30thDayAfterThePeriod()
    {
        Assert.Equal(NineInHelsinki(2025, 6, 30), Compiler.DefaultCutoff(Kymenlaakso, Period(2024, 12, 1, 2025, 5, 31)));
    }

    [Fact]
    public void WithoutADueRule_Is30DaysAfterThePeriod()
    {
        var profile = EtelaKarjala with
        {
            CompilationProcess = new ProcessDefinition([EtelaKarjala.CompilationProcess.Steps[0] with { Due = null }, .. EtelaKarjala.CompilationProcess.Steps.Skip(1)]),
        };

        Assert.Equal(NineInHelsinki(2025, 7, 30), Compiler.DefaultCutoff(profile, Period(2025, 1, 1, 2025, 6, 30)));
    }

    [Fact]
    public void APeriodOfAnotherScheme_IsRefused()
    {
        var e = Assert.Throws<CompilationException>(() => Compiler.DefaultCutoff(EtelaKarjala, Period(2025, 2, 1, 2025, 7, 31)));

        Assert.Equal(CompilationException.UnknownPeriodCode, e.Code);
    }

    // EK 5.3: in 2025 the January compilation is of autumn 2024, the August one of spring 2025.
    [Fact]
    public void PeriodsCompiledIn_EtelaKarjala2025_AreAutumn2024AndSpring2025()
    {
        Assert.Equal([Period(2024, 7, 1, 2024, 12, 31), Period(2025, 1, 1, 2025, 6, 30)], Compiler.PeriodsCompiledIn(EtelaKarjala, 2025));
    }

    // K 4.1, 4.3: both periods ending in 2025 are compiled within 30 days, still in 2025.
    [Fact]
    public void PeriodsCompiledIn_Kymenlaakso2025_AreThePeriodsEndingIn2025()
    {
        Assert.Equal(Kymenlaakso.ReportingPeriods.PeriodsEndingIn(2025), Compiler.PeriodsCompiledIn(Kymenlaakso, 2025));
    }

    // Issue 13: a one-period region compiling in the first quarter compiles the year before's period, as its clock shows.
    [Fact]
    public void PeriodsCompiledIn_OnePeriodRegion_IsTheYearBeforesPeriod()
    {
        Assert.Equal([Period(2024, 1, 1, 2024, 12, 31)], Compiler.PeriodsCompiledIn(OnePeriod, 2025));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(9999)]
    public void PeriodsCompiledIn_YearOutOfRange_Throws(int year)
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Compiler.PeriodsCompiledIn(EtelaKarjala, year));
    }
}
