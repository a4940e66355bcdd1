using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Evaluation;

/// <summary>The record a clock activity leaves when it is carried out (issue 15: moved from the main job).</summary>
public sealed class ActivityRecordForTests
{
    private static readonly RegionProfile EtelaKarjala = BuiltInRegions.EtelaKarjala;
    private static readonly RegionProfile Kymenlaakso = BuiltInRegions.Kymenlaakso;

    private static ScheduledActivity Activity(RegionProfile profile, string ruleId, int month) =>
        AnnualClock.For(profile, 2025).Activities.First(a => a.Rule.Id.Value == ruleId && a.Start.Month == month);

    // EK 3: the network's monthly meetings are counted as meetings held by the network.
    [Fact]
    public void Meeting_IsAMeetingHeldByTheResponsibleBody_TiedToItsRule()
    {
        var on = new LocalDate(2025, 2, 12);

        var record = Assert.IsType<MeetingHeld>(ActivityRecord.For(Activity(EtelaKarjala, "network-meeting", 2), on, EtelaKarjala.ReportingPeriods));

        Assert.Equal((on, new ActorId("network"), "network-meeting"), (record.On, record.Body, record.ClockRuleId?.Value));
    }

    // EK 5.3: the network reviews in August the compilation of the spring period that ended in June.
    [Fact]
    public void Review_IsTheHandlingOfTheCompilationOfTheLastPeriodThatEnded()
    {
        var on = new LocalDate(2025, 8, 20);

        var record = Assert.IsType<KnowledgeProductHandled>(ActivityRecord.For(Activity(EtelaKarjala, "network-compilation-review", 8), on, EtelaKarjala.ReportingPeriods));

        Assert.Equal(new ReportingPeriod(new LocalDate(2025, 1, 1), new LocalDate(2025, 6, 30)), record.CompilationPeriod);
        Assert.Equal((new ActorId("network"), "network-compilation-review"), (record.Body, record.ClockRuleId?.Value));
    }

    // K 4.3: the working group's compilation follows the periods: the record names the activity's own period.
    [Fact]
    public void PeriodRule_IsTheHandlingOfTheActivitysOwnPeriod()
    {
        var activity = AnnualClock.For(Kymenlaakso, 2025).Activities.First(a => a.Rule.Id.Value == "compilation" && a.Period is not null);

        var record = Assert.IsType<KnowledgeProductHandled>(ActivityRecord.For(activity, activity.End, Kymenlaakso.ReportingPeriods));

        Assert.Equal(activity.Period, record.CompilationPeriod);
        Assert.Equal(activity.Rule.Responsible, record.Body);
    }

    [Fact]
    public void InfoSession_IsInternalCommunication()
    {
        var activity = AnnualClock.For(Kymenlaakso, 2025).Activities.First(a => a.Rule.Activity == ActivityKind.InfoSession);

        var record = Assert.IsType<CommunicationMade>(ActivityRecord.For(activity, activity.Start, Kymenlaakso.ReportingPeriods));

        Assert.Equal((CommunicationAudience.Internal, activity.Rule.Id), (record.Audience, record.ClockRuleId));
    }

    [Theory]
    [InlineData(ActivityKind.Planning)]
    [InlineData(ActivityKind.PlanReview)]
    [InlineData(ActivityKind.Feedback)]
    public void ActivityNoMetricCounts_LeavesNoRecord(ActivityKind kind)
    {
        var activity = AnnualClock.For(EtelaKarjala, 2025).Activities.First(a => a.Rule.Activity == kind);

        Assert.Null(ActivityRecord.For(activity, activity.Start, EtelaKarjala.ReportingPeriods));
    }

    [Fact]
    public void NullArguments_Throw()
    {
        var activity = Activity(EtelaKarjala, "network-meeting", 2);

        Assert.Throws<ArgumentNullException>(() => ActivityRecord.For(null!, activity.Start, EtelaKarjala.ReportingPeriods));
        Assert.Throws<ArgumentNullException>(() => ActivityRecord.For(activity, activity.Start, null!));
    }
}
