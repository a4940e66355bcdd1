using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Periods;

public sealed class ReportingPeriodSchemeTests
{
    private static readonly ReportingPeriodScheme Kymenlaakso = BuiltInRegions.Kymenlaakso.ReportingPeriods;
    private static readonly ReportingPeriodScheme EtelaKarjala = BuiltInRegions.EtelaKarjala.ReportingPeriods;

    // K 4.1: "Raportit kootaan raportointikausittain (1.12. – 31.5. ja 1.6. - 30.11.)".
    [Theory]
    [InlineData(2026, 5, 31, 2025, 12, 1, 2026, 5, 31)]
    [InlineData(2025, 12, 1, 2025, 12, 1, 2026, 5, 31)]
    [InlineData(2026, 1, 1, 2025, 12, 1, 2026, 5, 31)]
    [InlineData(2025, 6, 1, 2025, 6, 1, 2025, 11, 30)]
    [InlineData(2025, 11, 30, 2025, 6, 1, 2025, 11, 30)]
    [InlineData(2024, 2, 29, 2023, 12, 1, 2024, 5, 31)]
    public void Kymenlaakso_K41_PeriodFor_GivesThePlansPeriod(int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed)
    {
        var period = Kymenlaakso.PeriodFor(new LocalDate(y, m, d));

        Assert.Equal(new ReportingPeriod(new LocalDate(sy, sm, sd), new LocalDate(ey, em, ed)), period);
    }

    // K 4.1: the summer period starts on 1.6.; in Finland (UTC+3 in summer) 1 June begins at 21:00 UTC on 31 May, so a
    // report submitted a second before belongs to the winter period and one submitted then to the summer period.
    [Theory]
    [InlineData("2026-05-31T20:59:59Z", 2025, 12, 1)]
    [InlineData("2026-05-31T21:00:00Z", 2026, 6, 1)]
    [InlineData("2025-11-30T21:59:59Z", 2025, 6, 1)] // winter time (UTC+2): 1 December begins at 22:00 UTC
    [InlineData("2025-11-30T22:00:00Z", 2025, 12, 1)]
    public void Kymenlaakso_K41_PeriodOf_TakesTheDateInFinland(string instant, int sy, int sm, int sd)
    {
        var period = Kymenlaakso.PeriodOf(NodaTime.Text.InstantPattern.General.Parse(instant).Value);

        Assert.Equal(new LocalDate(sy, sm, sd), period.Start);
    }

    // DOMAIN.md §4 (assumed for EK, whose plan names only the compilation months January and August, EK 5.3).
    [Theory]
    [InlineData(2025, 6, 30, 2025, 1, 1, 2025, 6, 30)]
    [InlineData(2025, 7, 1, 2025, 7, 1, 2025, 12, 31)]
    [InlineData(2025, 12, 31, 2025, 7, 1, 2025, 12, 31)]
    [InlineData(2026, 1, 1, 2026, 1, 1, 2026, 6, 30)]
    public void EtelaKarjala_AssumedHalfYears_PeriodFor_GivesTheHalfYear(int y, int m, int d, int sy, int sm, int sd, int ey, int em, int ed)
    {
        var period = EtelaKarjala.PeriodFor(new LocalDate(y, m, d));

        Assert.Equal(new ReportingPeriod(new LocalDate(sy, sm, sd), new LocalDate(ey, em, ed)), period);
    }

    [Fact]
    public void Kymenlaakso_WinterPeriod_ToString_IsFinnishDateStyle()
    {
        Assert.Equal("1.12.2025–31.5.2026", Kymenlaakso.PeriodFor(new LocalDate(2026, 3, 15)).ToString());
    }

    [Fact]
    public void Kymenlaakso_Next_And_Previous_CrossTheYear()
    {
        var summer = Kymenlaakso.PeriodFor(new LocalDate(2025, 8, 1));

        Assert.Equal("1.12.2025–31.5.2026", Kymenlaakso.Next(summer).ToString());
        Assert.Equal("1.12.2024–31.5.2025", Kymenlaakso.Previous(summer).ToString());
    }

    [Fact]
    public void Kymenlaakso_PeriodsInYear2025_AreTheThreePeriodsTouchingIt()
    {
        var periods = Kymenlaakso.PeriodsInYear(2025).Select(p => p.ToString());

        Assert.Equal(["1.12.2024–31.5.2025", "1.6.2025–30.11.2025", "1.12.2025–31.5.2026"], periods);
    }

    [Fact]
    public void EtelaKarjala_PeriodsInYear2025_AreTheTwoHalves()
    {
        var periods = EtelaKarjala.PeriodsInYear(2025).Select(p => p.ToString());

        Assert.Equal(["1.1.2025–30.6.2025", "1.7.2025–31.12.2025"], periods);
    }

    [Fact]
    public void Next_OfAPeriodFromAnotherScheme_IsRefused()
    {
        var foreign = EtelaKarjala.PeriodFor(new LocalDate(2025, 3, 1));

        var error = Assert.Throws<ArgumentException>(() => Kymenlaakso.Next(foreign));
        Assert.Contains("1.1.2025–30.6.2025", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodEndingOn28February_TakesTheLeapDay()
    {
        var scheme = Scheme(("03-01", "02-28"));

        var period = scheme.PeriodFor(new LocalDate(2024, 2, 29));

        Assert.Equal(new ReportingPeriod(new LocalDate(2023, 3, 1), new LocalDate(2024, 2, 29)), period);
        Assert.Equal(366, period.LengthInDays);
        Assert.Equal(new LocalDate(2025, 2, 28), scheme.Next(period).End);
    }

    [Fact]
    public void FourQuarters_PartitionTheYear()
    {
        var scheme = Scheme(("10-01", "12-31"), ("01-01", "03-31"), ("07-01", "09-30"), ("04-01", "06-30"));

        Assert.Equal(["1.1.2025–31.3.2025", "1.4.2025–30.6.2025", "1.7.2025–30.9.2025", "1.10.2025–31.12.2025"], scheme.PeriodsInYear(2025).Select(p => p.ToString()));
    }

    [Fact]
    public void Gap_IsRejected_NamingTheUncoveredDays()
    {
        var error = Assert.Throws<ValidationException>(() => Scheme(("01-01", "06-29"), ("07-01", "12-31")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ValidationRules.PeriodGap, problem.Rule);
        Assert.Equal("periods[0].end", problem.Path);
        Assert.Contains("30.6.–30.6.", problem.Message, StringComparison.Ordinal);
        Assert.Equal("period-scheme-invalid", error.Code);
    }

    [Fact]
    public void Overlap_IsRejected()
    {
        var error = Assert.Throws<ValidationException>(() => Scheme(("12-01", "06-01"), ("06-01", "11-30")));

        Assert.Contains(error.Problems, p => p.Rule == ValidationRules.PeriodOverlap && p.Path == "periods[0].end");
    }

    [Fact]
    public void TwoPeriodsStartingOnTheSameDay_AreAnOverlap()
    {
        var error = Assert.Throws<ValidationException>(() => Scheme(("01-01", "12-31"), ("01-01", "12-31")));

        Assert.Contains(error.Problems, p => p.Rule == ValidationRules.PeriodOverlap);
    }

    [Theory]
    [InlineData("02-29", "02-27")]
    [InlineData("03-01", "02-29")]
    public void LeapDayBoundary_IsRejected(string start, string end)
    {
        var error = Assert.Throws<ValidationException>(() => Scheme((start, end)));

        Assert.Contains(error.Problems, p => p.Rule == ValidationRules.PeriodLeapDay);
    }

    [Fact]
    public void EmptyScheme_IsRejected()
    {
        var error = Assert.Throws<ValidationException>(() => new ReportingPeriodScheme([]));

        Assert.Equal(ValidationRules.NoPeriods, Assert.Single(error.Problems).Rule);
    }

    [Fact]
    public void SinglePeriod_CrossingTheYear_IsValid()
    {
        var scheme = Scheme(("07-01", "06-30"));

        Assert.Equal("1.7.2024–30.6.2025", scheme.PeriodFor(new LocalDate(2025, 1, 1)).ToString());
    }

    [Fact]
    public void PeriodDefinition_ToString_IsFinnishDayMonthStyle()
    {
        Assert.Equal("1.12.–31.5.", new PeriodDefinition(new AnnualDate(12, 1), new AnnualDate(5, 31)).ToString());
    }

    [Fact]
    public void DefinitionOf_GivesTheNamedDefinition()
    {
        var scheme = new ReportingPeriodScheme(
        [
            new PeriodDefinition(new AnnualDate(1, 1), new AnnualDate(6, 30), new LocalizedText("kevät")),
            new PeriodDefinition(new AnnualDate(7, 1), new AnnualDate(12, 31), new LocalizedText("syksy")),
        ]);

        Assert.Equal("syksy", scheme.DefinitionOf(scheme.PeriodFor(new LocalDate(2030, 9, 9))).Name!.Fi);
    }

    [Fact]
    public void PeriodAtTheEndOfTheCalendarRange_HasNoNext()
    {
        var last = EtelaKarjala.PeriodFor(new LocalDate(9999, 12, 31));

        Assert.Throws<ArgumentOutOfRangeException>(() => EtelaKarjala.Next(last));
    }

    internal static ReportingPeriodScheme Scheme(params (string Start, string End)[] periods) =>
        new(periods.Select(p => new PeriodDefinition(Parse(p.Start), Parse(p.End))).ToList());

    private static AnnualDate Parse(string text) => NodaTime.Text.AnnualDatePattern.Iso.Parse(text).Value;
}
