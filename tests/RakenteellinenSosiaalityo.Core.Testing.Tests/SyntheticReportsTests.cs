using FsCheck;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Testing.Tests;

public class SyntheticReportsTests
{
    private static readonly SyntheticReportOptions Mixed = SyntheticReportOptions.Default with { PendingShare = 0.2, ReturnedShare = 0.1, WithdrawnShare = 0.1, DistinctContents = 200 };

    public static TheoryData<string> BuiltInIds => [.. BuiltInRegions.Ids.Select(id => id.Value)];

    private static ReportingPeriod FirstPeriodOf2025(RegionProfile profile) => profile.ReportingPeriods.PeriodsInYear(2025)[0];

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Generate_SameSeed_GivesEqualReports(string regionId)
    {
        var profile = BuiltInRegions.Get(new RegionId(regionId));
        var period = FirstPeriodOf2025(profile);

        var first = SyntheticReports.Generate(profile, period, 500, seed: 7, Mixed);
        var second = SyntheticReports.Generate(profile, period, 500, seed: 7, Mixed);
        var other = SyntheticReports.Generate(profile, period, 500, seed: 8, Mixed);

        Assert.Equal(first, second);
        Assert.NotEqual(first, other);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Generate_BuiltInProfile_EveryReportIsValidPrivateAndInThePeriod(string regionId)
    {
        var profile = BuiltInRegions.Get(new RegionId(regionId));
        var period = FirstPeriodOf2025(profile);

        var reports = SyntheticReports.Generate(profile, period, 2000, seed: 2025, Mixed);

        Assert.Equal(2000, reports.Count);
        AssertValid(profile, period.ToDateInterval(), reports);
    }

    [Theory]
    [MemberData(nameof(BuiltInIds))]
    public void Generate_Mixed_HasEveryKindOfOutcome(string regionId)
    {
        var profile = BuiltInRegions.Get(new RegionId(regionId));

        var reports = SyntheticReports.Generate(profile, FirstPeriodOf2025(profile), 2000, seed: 1, Mixed);

        var statuses = reports.GroupBy(r => r.Status).ToDictionary(g => g.Key, g => g.Count());
        Assert.InRange(statuses[LifecycleStatus.Withdrawn], 100, 300);
        Assert.InRange(statuses[LifecycleStatus.Returned], 100, 300);
        Assert.True(reports.Count(r => r.IsReadyForCompilation) > 1000);

        // Pending: a step still to perform (Etelä-Karjala: the supervisor's review; Kymenlaakso: informing the supervisor).
        Assert.True(reports.Count(r => r.Status is LifecycleStatus.InProcess or LifecycleStatus.Completed && r.PendingSteps(profile).Count > 0) > 200);
    }

    [Fact]
    public void Generate_Default_MostReportsAreReadyAndContentsAreShared()
    {
        var profile = BuiltInRegions.EtelaKarjala;

        var reports = SyntheticReports.Generate(profile, FirstPeriodOf2025(profile), 20_000, seed: 3);

        Assert.InRange(reports.Count(r => r.IsReadyForCompilation), 17_800, 18_600);
        var distinct = reports.Select(r => r.Content).Distinct(ReferenceEqualityComparer.Instance).Count();
        Assert.InRange(distinct, 1500, SyntheticReportOptions.Default.DistinctContents);
    }

    [Fact]
    public void Generate_IdsFollowSubmissionOrder()
    {
        var profile = BuiltInRegions.Kymenlaakso;

        var reports = SyntheticReports.Generate(profile, FirstPeriodOf2025(profile), 1000, seed: 5);

        Assert.Equal("SR-0000001", reports[0].Id.Value);
        Assert.Equal(reports.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id.Value, StringComparer.Ordinal), reports);
    }

    [Fact]
    public void GenerateForDates_OneDay_SubmitsOnThatDayInFinland()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var day = new LocalDate(2025, 3, 30); // Daylight saving time starts in Finland.

        var reports = SyntheticReports.GenerateForDates(profile, new DateInterval(day, day), 300, seed: 11);

        Assert.All(reports, r => Assert.Equal(day, FinnishTime.DateOf(r.SubmittedAt!.Value)));
    }

    [Fact]
    public void Generate_ZeroReports_IsEmpty() =>
        Assert.Empty(SyntheticReports.Generate(BuiltInRegions.Kymenlaakso, FirstPeriodOf2025(BuiltInRegions.Kymenlaakso), 0, seed: 1));

    [Fact]
    public void Generate_BadArguments_Throw()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        Assert.Throws<ArgumentNullException>(() => SyntheticReports.Generate(null!, FirstPeriodOf2025(profile), 1, 1));
        Assert.Throws<ArgumentException>(() => SyntheticReports.Generate(profile, default, 1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticReports.Generate(profile, FirstPeriodOf2025(profile), -1, 1));
        Assert.Throws<ArgumentOutOfRangeException>(() => SyntheticReportOptions.Default with { PendingShare = 1.5 });
        Assert.Throws<ArgumentException>(() => SyntheticReportOptions.Default with { IdPrefix = "a b" });
    }

    [Property(MaxTest = 60, Arbitrary = [typeof(RandomProfiles)])]
    public void Generate_RandomProfile_EveryReportIsValidPrivateAndInThePeriod(RegionProfile profile, PositiveInt seed)
    {
        var dates = new DateInterval(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30));

        var reports = SyntheticReports.GenerateForDates(profile, dates, 60, seed.Get, Mixed);

        AssertValid(profile, dates, reports);
        Assert.Equal(reports, SyntheticReports.GenerateForDates(profile, dates, 60, seed.Get, Mixed));
    }

    // Valid: the history alone rebuilds an equal report under every rule of the profile (actors, order, records,
    // privacy). Private: no free text, recorded entry or reason holds personal data, and no person is named.
    private static void AssertValid(RegionProfile profile, DateInterval dates, IReadOnlyList<SocialReport> reports)
    {
        var from = FinnishTime.StartOf(dates.Start);
        var to = FinnishTime.StartOf(dates.End.PlusDays(1));
        Assert.Equal(reports.Count, reports.Select(r => r.Id).Distinct().Count());
        foreach (var report in reports)
        {
            Assert.Equal(report, SocialReport.Rebuild(profile, report.Id, report.History));
            Assert.Equal(profile.Id, report.RegionId);
            Assert.InRange(report.SubmittedAt!.Value, from, to - Duration.Epsilon);
            Assert.True(report.Content.ObservedOn <= dates.Start);
            Assert.NotNull(profile.FindService(report.Content.ServiceId));
            Assert.All(report.Content.Themes, t => Assert.NotNull(profile.FindTheme(t)));
            Assert.Empty(report.Content.FindPersonalData());
            foreach (var e in report.History)
            {
                Assert.Null(e.By.Person);
                Assert.False(PersonalDataScanner.ContainsPersonalData(e.Reason));
                Assert.All(e.Entries, entry => Assert.False(PersonalDataScanner.ContainsPersonalData(entry.Text)));
            }
        }
    }
}
