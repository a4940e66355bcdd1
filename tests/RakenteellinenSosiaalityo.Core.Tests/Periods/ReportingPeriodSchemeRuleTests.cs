using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Tests.Periods.ReportingPeriodSchemeTests;

namespace RakenteellinenSosiaalityo.Core.Tests.Periods;

/// <summary>
/// The rules of a reporting period scheme that a regression could break unnoticed (issue 16, Stryker's survivors in
/// Periods/): the guards, which problem is reported where and with what advice, equality, the calendar's ends.
/// </summary>
public sealed class ReportingPeriodSchemeRuleTests
{
    private static readonly ReportingPeriodScheme Kymenlaakso = BuiltInRegions.Kymenlaakso.ReportingPeriods;
    private static readonly ReportingPeriodScheme EtelaKarjala = BuiltInRegions.EtelaKarjala.ReportingPeriods;

    [Fact]
    public void NullPeriods_IsAProgrammingError_NotAnEmptyScheme()
    {
        var error = Assert.Throws<ArgumentNullException>(() => new ReportingPeriodScheme(null!));

        Assert.Equal("periods", error.ParamName);
    }

    [Fact]
    public void InvalidScheme_MessageNamesTheSchemeAndEveryProblem()
    {
        var error = Assert.Throws<ValidationException>(() => Scheme(("01-01", "06-29"), ("07-01", "12-31")));

        Assert.StartsWith("Reporting period scheme is invalid: 1 problem.", error.Message, StringComparison.Ordinal);
        Assert.Contains("periods[0].end", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PeriodFor_ADateOfAnotherCalendar_IsRefused()
    {
        var julian = new LocalDate(2025, 3, 1, CalendarSystem.Julian);

        var error = Assert.Throws<ArgumentException>(() => Kymenlaakso.PeriodFor(julian));

        Assert.Equal("date", error.ParamName);
        Assert.Contains("ISO calendar", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsPeriodOf_APeriodOfAnotherCalendar_IsFalse_NotAnError()
    {
        var julian = new ReportingPeriod(new LocalDate(2025, 6, 1, CalendarSystem.Julian), new LocalDate(2025, 11, 30, CalendarSystem.Julian));

        Assert.False(Kymenlaakso.IsPeriodOf(julian));
    }

    [Fact]
    public void Previous_And_DefinitionOf_APeriodOfAnotherScheme_AreRefused_NamingBoth()
    {
        // 1.1.2025–30.6.2025 (EK's half year) starts on no start day of Kymenlaakso's periods (K 4.1: 1.12. and 1.6.).
        var foreign = EtelaKarjala.PeriodFor(new LocalDate(2025, 3, 1));

        var previous = Assert.Throws<ArgumentException>(() => Kymenlaakso.Previous(foreign));
        var definition = Assert.Throws<ArgumentException>(() => Kymenlaakso.DefinitionOf(foreign));

        foreach (var error in new[] { previous, definition })
        {
            Assert.Equal("period", error.ParamName);
            Assert.Contains("1.1.2025–30.6.2025", error.Message, StringComparison.Ordinal);
            Assert.Contains(Kymenlaakso.ToString(), error.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void DefinitionOf_APeriodStartingOnAStartDayButEndingElsewhere_IsRefused()
    {
        // Starts on Kymenlaakso's 1.6. but is not one of its periods: only the whole period is the scheme's.
        var halfPeriod = new ReportingPeriod(new LocalDate(2025, 6, 1), new LocalDate(2025, 8, 31));

        Assert.Throws<ArgumentException>(() => Kymenlaakso.DefinitionOf(halfPeriod));
        Assert.Throws<ArgumentException>(() => Kymenlaakso.Previous(halfPeriod));
    }

    [Fact]
    public void PeriodsOverlapping_Null_IsRefused() =>
        Assert.Equal("interval", Assert.Throws<ArgumentNullException>(() => Kymenlaakso.PeriodsOverlapping(null!)).ParamName);

    [Theory]
    [InlineData(10_000)]
    [InlineData(-9_999)]
    [InlineData(int.MaxValue)]
    public void PeriodsInYear_BeyondTheCalendar_IsRefused(int year) =>
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Kymenlaakso.PeriodsInYear(year)).ParamName);

    // K 4.1: the compilation of a period follows its end, so the periods ending in 2025 are the winter period
    // 1.12.2024–31.5.2025 and the summer period 1.6.–30.11.2025, not the winter period running into 2026.
    [Fact]
    public void Kymenlaakso_K41_PeriodsEndingIn2025_AreTheTwoEndingThatYear()
    {
        Assert.Equal(
            ["1.12.2024–31.5.2025", "1.6.2025–30.11.2025"],
            Kymenlaakso.PeriodsEndingIn(2025).Select(p => p.ToString()));
    }

    [Fact]
    public void PeriodsEndingIn_OneCrossingPeriodAYear_IsThePeriodEndingThatYear()
    {
        var scheme = Scheme(("07-01", "06-30"));

        Assert.Equal(["1.7.2024–30.6.2025"], scheme.PeriodsEndingIn(2025).Select(p => p.ToString()));
    }

    [Fact]
    public void ToString_ListsThePeriodsInCalendarOrder_CommaSeparated()
    {
        Assert.Equal("1.6.–30.11., 1.12.–31.5.", Kymenlaakso.ToString());
        Assert.Equal("1.1.–31.3., 1.4.–31.12.", Scheme(("04-01", "12-31"), ("01-01", "03-31")).ToString());
    }

    [Fact]
    public void Equality_IsByThePeriodsInTheirGivenOrder()
    {
        var a = Scheme(("01-01", "06-30"), ("07-01", "12-31"));
        var same = Scheme(("01-01", "06-30"), ("07-01", "12-31"));
        var reordered = Scheme(("07-01", "12-31"), ("01-01", "06-30"));

        Assert.True(a.Equals(same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(a.Equals(reordered));
        Assert.False(a.Equals(Scheme(("01-01", "05-31"), ("06-01", "12-31"))));
        Assert.False(a.Equals(null));
        Assert.True(a == same);
        Assert.True(a != reordered);
    }

    [Theory]
    [InlineData(0, "start", "A period may not start on 29 February: start it on 1 March;")]
    [InlineData(0, "end", "A period may not end on 29 February: end it on 28 February;")]
    public void LeapDayBoundary_IsReportedAtItsField_WithTheFix(int index, string field, string advice)
    {
        var period = field == "start" ? ("02-29", "02-27") : ("03-01", "02-29");

        var error = Assert.Throws<ValidationException>(() => Scheme(period));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ValidationRules.PeriodLeapDay, problem.Rule);
        Assert.Equal($"periods[{index}].{field}", problem.Path);
        Assert.StartsWith(advice, problem.Message, StringComparison.Ordinal);
        Assert.Contains("in leap years 29 February then belongs to the period that holds 28 February", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LeapDayBoundary_IsReportedAlone_BeforeAnyGapItWouldLeave()
    {
        // Read in a common year the first period ends on 28.2. and the second starts on 2.3.: 1.3. is uncovered, but
        // the leap day is the one problem reported (the gap is only a consequence of the wrong boundary).
        var error = Assert.Throws<ValidationException>(() => Scheme(("01-01", "02-29"), ("03-02", "12-31")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ValidationRules.PeriodLeapDay, problem.Rule);
        Assert.Equal("periods[0].end", problem.Path);
    }

    [Fact]
    public void TwoPeriodsStartingOnTheSameDay_IsOneProblem_AtTheLaterOnesStart()
    {
        var error = Assert.Throws<ValidationException>(() => Scheme(("01-01", "06-30"), ("01-01", "06-30"), ("07-01", "12-31")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ValidationRules.PeriodOverlap, problem.Rule);
        Assert.Equal("periods[1].start", problem.Path);
        Assert.StartsWith("Periods 0 (1.1.–30.6.) and 1 (1.1.–30.6.) both start on 1.1.;", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlap_SaysWhereToEndThePeriod()
    {
        // K 4.1's periods with the winter period running one day into the summer period.
        var error = Assert.Throws<ValidationException>(() => Scheme(("12-01", "06-01"), ("06-01", "11-30")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("periods[0].end", problem.Path);
        Assert.Contains("ends on 1.6., after the next period, 1 (1.6.–30.11.), has started on 1.6.", problem.Message, StringComparison.Ordinal);
        Assert.Contains("End period 0 on 31.5.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Gap_SaysBothWaysToCloseIt()
    {
        var error = Assert.Throws<ValidationException>(() => Scheme(("12-01", "05-30"), ("06-01", "11-30")));

        var problem = Assert.Single(error.Problems);
        Assert.Equal(ValidationRules.PeriodGap, problem.Rule);
        Assert.Equal("periods[0].end", problem.Path);
        Assert.Contains("End period 0 on 31.5. or start period 1 on 31.5.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FirstPeriodOfTheCalendar_IsReachable_ItsPreviousIsNot()
    {
        // The winter period 1.12.-9998–31.5.-9997 starts in NodaTime's first year; the one before it would not.
        var first = Kymenlaakso.PeriodFor(new LocalDate(-9998, 12, 15));

        Assert.Equal(new ReportingPeriod(new LocalDate(-9998, 12, 1), new LocalDate(-9997, 5, 31)), first);
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Kymenlaakso.PeriodFor(new LocalDate(-9998, 1, 1)));
        Assert.Contains("reporting period lies beyond the supported calendar range", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IsPeriodOf_APeriodWhoseStartHasNoPeriodInTheCalendar_IsFalse_NotAnError()
    {
        // 1.1.-9998 lies in the winter period that began on 1.12.-9999, before NodaTime's first year.
        var beforeTheFirst = new ReportingPeriod(new LocalDate(-9998, 1, 1), new LocalDate(-9998, 5, 31));

        Assert.False(Kymenlaakso.IsPeriodOf(beforeTheFirst));
        Assert.True(Kymenlaakso.IsPeriodOf(new ReportingPeriod(new LocalDate(-9998, 6, 1), new LocalDate(-9998, 11, 30))));
    }

    [Fact]
    public void PeriodRunningPastTheCalendarsLastYear_IsRefused_NotAnInvalidDate()
    {
        // 1.12.9999 would start a period ending 31.5.10000.
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Kymenlaakso.PeriodFor(new LocalDate(9999, 12, 15)));

        Assert.Contains("reporting period lies beyond the supported calendar range", error.Message, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(9999, 11, 30), Kymenlaakso.PeriodFor(new LocalDate(9999, 11, 30)).End);
    }

    [Fact]
    public void NextOfTheCalendarsLastPeriod_IsRefused_NamingTheNeighbour()
    {
        var last = EtelaKarjala.PeriodFor(new LocalDate(9999, 12, 31));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => EtelaKarjala.Next(last));

        Assert.Contains("neighbouring reporting period lies beyond the supported calendar range", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("12-01", "05-31", true)] // K 4.1 winter period
    [InlineData("06-01", "11-30", false)] // K 4.1 summer period
    [InlineData("07-01", "07-01", false)] // one day
    [InlineData("01-01", "12-31", false)]
    [InlineData("01-02", "01-01", true)]
    public void PeriodDefinition_CrossesYearEnd_WhenItEndsBeforeItStartsInTheYear(string start, string end, bool crosses)
    {
        var definition = new PeriodDefinition(
            NodaTime.Text.AnnualDatePattern.Iso.Parse(start).Value, NodaTime.Text.AnnualDatePattern.Iso.Parse(end).Value);

        Assert.Equal(crosses, definition.CrossesYearEnd);
    }
}
