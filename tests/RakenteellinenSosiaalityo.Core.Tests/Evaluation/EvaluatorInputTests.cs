using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Reports;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Tests.Evaluation;

/// <summary>
/// What the evaluator refuses and how it names it (issue 16): the years and dates it takes, lists holding null, the
/// problems of inputs of another region and of assessments (path, rule, and what the message names), the latest
/// assessment, and the values of the report, metric and result types and their JSON documents.
/// </summary>
public sealed class EvaluatorInputTests
{
    private static readonly RegionProfile Ek = BuiltInRegions.EtelaKarjala;
    private static readonly RegionProfile K = BuiltInRegions.Kymenlaakso;

    private static LocalDate D(int month, int day) => new(2025, month, day);

    private static ManualAssessment Assessment(string metric, MetricStatus status, LocalDate on, string how = "Arvioitu.") => new(new MetricId(metric), status, how, "Verkosto", on);

    [Theory]
    [InlineData(AnnualClock.MinYear - 1)]
    [InlineData(AnnualClock.MaxYear + 1)]
    public void Year_OutsideTheCalendar_IsRefusedAsTheYearArgument(int year)
    {
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.Evaluate(Ek, year, [], [], [], [])).ParamName);
    }

    [Theory]
    [InlineData(AnnualClock.MinYear)]
    [InlineData(AnnualClock.MaxYear)]
    public void Year_AtTheEdgesOfTheCalendar_IsEvaluated(int year)
    {
        var report = Evaluator.Evaluate(Ek, year, [], [], [], []);

        Assert.Equal((new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), (report.From, report.To));
    }

    [Fact]
    public void Dates_ReachingOutsideTheCalendar_AreRefusedAsTheDatesArgument()
    {
        var early = new DateInterval(new LocalDate(AnnualClock.MinYear - 1, 12, 1), new LocalDate(AnnualClock.MinYear, 1, 31));
        var late = new DateInterval(new LocalDate(AnnualClock.MaxYear, 12, 1), new LocalDate(AnnualClock.MaxYear + 1, 1, 31));

        Assert.Equal("dates", Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.Check(Ek, early, [], [], [], [])).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.Check(Ek, late, [], [], [], [])).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentOutOfRangeException>(() => Evaluator.Evaluate(Ek, late, [], [], [], [])).ParamName);
        Assert.Equal("dates", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(Ek, null!, [], [], [], [])).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(null!, 2025, [], [], [], [])).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => Evaluator.EvaluatePlan(null!, [], [], [], [])).ParamName);
    }

    [Fact]
    public void AListHoldingNull_IsRefusedNamingTheList()
    {
        var year = new DateInterval(D(1, 1), D(12, 31));

        Assert.Equal("reports", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(Ek, year, [null!], [], [], [])).ParamName);
        Assert.Equal("compilations", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(Ek, year, [], [null!], [], [])).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(Ek, year, [], [], [null!], [])).ParamName);
        Assert.Equal("assessments", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(Ek, year, [], [], [], [null!])).ParamName);
        Assert.Equal("records", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(Ek, year, [], [], null!, [])).ParamName);
        Assert.Equal("phenomenonReports", Assert.Throws<ArgumentNullException>(() => Evaluator.Evaluate(Ek, 2025, [], [], [null!], [], [])).ParamName);
    }

    // Records count only within the dates, both ends included.
    [Fact]
    public void Records_OnTheFirstAndLastDate_Count_TheDayOutsideDoesNot()
    {
        var dates = new DateInterval(D(3, 1), D(3, 31));
        var network = new ActorId("network");
        ActivityRecord[] records = [new MeetingHeld(D(2, 28), network), new MeetingHeld(D(3, 1), network), new MeetingHeld(D(3, 31), network), new MeetingHeld(D(4, 1), network)];

        var result = Evaluator.Evaluate(Ek, dates, [], [], records, []).Results.Single(r => r.Metric.Id.Value == "network-meetings");

        Assert.Equal(2, result.Measured);
    }

    [Fact]
    public void Problems_NameTheReportTheCompilationAndTheMetric_AtTheirPositions()
    {
        var year = new DateInterval(D(1, 1), D(12, 31));
        var foreignReport = ReportFixtures.Submitted(K, "R-9");
        var spring = K.ReportingPeriods.PeriodFor(D(3, 3));
        var foreignCompilation = Compiler.Compile(K, spring, FinnishTime.StartOf(D(6, 10)), [foreignReport]);
        ManualAssessment[] assessments = [Assessment("knowledge-use", MetricStatus.Realized, D(5, 1)), Assessment("ghost", MetricStatus.Realized, D(5, 1)), Assessment("network-meetings", MetricStatus.Realized, D(5, 1))];

        var problems = Evaluator.Check(Ek, year, [ReportFixtures.Submitted(Ek, "R-1"), foreignReport], [foreignCompilation], [], assessments);

        Assert.Equal(
            [("reports[1]", EvaluationException.RegionMismatchCode), ("compilations[0]", EvaluationException.RegionMismatchCode), ("assessments[1]", EvaluationException.UnknownMetricCode), ("assessments[2]", EvaluationException.DerivedMetricAssessedCode)],
            problems.Select(p => (p.Path, p.Rule)));
        Assert.Contains("R-9", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains($"'{Ek.Id}'", problems[0].Message, StringComparison.Ordinal);
        Assert.Contains(spring.ToString(), problems[1].Message, StringComparison.Ordinal);
        Assert.Contains($"'{Ek.Id}'", problems[1].Message, StringComparison.Ordinal);
        Assert.Contains("'ghost'", problems[2].Message, StringComparison.Ordinal);
        Assert.All(Ek.Metrics, m => Assert.Contains(m.Id.Value, problems[2].Message, StringComparison.Ordinal));
        Assert.Contains("'network-meetings'", problems[3].Message, StringComparison.Ordinal);
        Assert.Contains(Ek.FindMetric(new MetricId("network-meetings"))!.Derived!.Kind, problems[3].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void PhenomenonReportOfAnotherRegion_IsRefused_NamingTheReportAndBothRegions()
    {
        var report = Phenomena.PhenomenonFixtures.Ek2024("choose-theme");
        var year = new DateInterval(new LocalDate(2024, 1, 1), new LocalDate(2024, 12, 31));

        var e = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(K, 2024, [], [], [report], [], []));
        Assert.False(Evaluator.TryEvaluate(K, year, [], [], [report], [], [], out var none, out var error));

        Assert.Equal(EvaluationException.RegionMismatchCode, e.Code);
        Assert.Contains(report.Id.ToString(), e.Message, StringComparison.Ordinal);
        Assert.Contains($"'{K.Id}'", e.Message, StringComparison.Ordinal);
        Assert.Contains($"'{Ek.Id}'", e.Message, StringComparison.Ordinal);
        Assert.Null(none);
        Assert.Equal(e.Code, error!.Code);
        Assert.True(Evaluator.TryEvaluate(Ek, year, [], [], [report], [], [], out var evaluation, out var noError));
        Assert.Null(noError);
        Assert.Equal(Ek.Metrics.Count, evaluation.Results.Count);
    }

    // A manual metric takes its latest assessment; on the same date, the one given last.
    [Fact]
    public void Assessments_OnTheSameDate_TheOneGivenLastWins_AndAnEarlierDateNeverWins()
    {
        ManualAssessment[] sameDay = [Assessment("knowledge-use", MetricStatus.Partly, D(6, 1), "Ensin."), Assessment("knowledge-use", MetricStatus.Realized, D(6, 1), "Sitten.")];
        ManualAssessment[] earlierLast = [Assessment("knowledge-use", MetricStatus.Partly, D(6, 2)), Assessment("knowledge-use", MetricStatus.Realized, D(6, 1))];

        var same = Evaluator.Evaluate(Ek, 2025, [], [], [], sameDay).Results.Single(r => r.Metric.Id.Value == "knowledge-use");
        var earlier = Evaluator.Evaluate(Ek, 2025, [], [], [], earlierLast).Results.Single(r => r.Metric.Id.Value == "knowledge-use");
        var other = Evaluator.Evaluate(Ek, 2025, [], [], [], sameDay).Results.Single(r => r.Metric.Id.Value == "hyte-cooperation");

        Assert.Equal((MetricStatus.Realized, "Sitten."), (same.Status, same.Assessment!.How));
        Assert.Equal(MetricStatus.Partly, earlier.Status);
        Assert.Equal((MetricStatus.NotAssessed, (ManualAssessment?)null), (other.Status, other.Assessment));
        Assert.Equal(((int?)null, (int?)null, (LocalizedText?)null), (same.Measured, same.Target, same.Explanation));
    }

    [Fact]
    public void EvaluationReport_RefusesDatesThatEndBeforeTheyStart_AndSaysWhatItHolds()
    {
        var e = Assert.Throws<ArgumentException>(() => new EvaluationReport(Ek.Id, D(2, 1), D(1, 31), []));
        var oneDay = new EvaluationReport(Ek.Id, D(2, 1), D(2, 1), []);
        var report = Evaluator.Evaluate(Ek, 2025, [], [], [], []);

        Assert.Equal("to", e.ParamName);
        Assert.Contains("31.1.2025", e.Message, StringComparison.Ordinal);
        Assert.Contains("1.2.2025", e.Message, StringComparison.Ordinal);
        Assert.Equal(oneDay.From, oneDay.To);
        Assert.Throws<ArgumentException>(() => new EvaluationReport(default, D(1, 1), D(1, 2), []));
        var text = report.ToString();
        Assert.Contains(Ek.Id.ToString(), text, StringComparison.Ordinal);
        Assert.Contains("1.1.2025", text, StringComparison.Ordinal);
        Assert.Contains("31.12.2025", text, StringComparison.Ordinal);
        Assert.Contains(report.Results.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), text, StringComparison.Ordinal);
    }

    [Fact]
    public void EvaluationMetric_IsExactlyOneOfDerivedAndManual()
    {
        var goal = new MetricGoal(2, new LocalizedText("Tavoite"));
        var label = new LocalizedText("Mittari");
        var rule = new OnboardingRule();

        Assert.Equal("derived", Assert.Throws<ArgumentException>(() => new EvaluationMetric(new MetricId("m"), goal, label, null, rule, true)).ParamName);
        Assert.Equal("derived", Assert.Throws<ArgumentException>(() => new EvaluationMetric(new MetricId("m"), goal, label, null, null, false)).ParamName);
        Assert.Equal("derived", Assert.Throws<ArgumentException>(() => new EvaluationMetric(new MetricId("m"), goal, label, null, null, null)).ParamName);
        Assert.Throws<ArgumentException>(() => new EvaluationMetric(new MetricId("m"), goal, label, " ", rule, null));
        Assert.Throws<ArgumentException>(() => new EvaluationMetric(default, goal, label, null, rule, null));
        Assert.Throws<ArgumentNullException>(() => EvaluationMetric.DerivedBy(new MetricId("m"), goal, label, null!));
        var derived = new EvaluationMetric(new MetricId("m"), goal, label, "EK 3", rule, false);
        var manual = EvaluationMetric.Assessed(new MetricId("a"), goal, label);
        Assert.Equal((false, (bool?)null, "EK 3"), (derived.IsManual, derived.Manual, derived.Source));
        Assert.Equal((true, (bool?)true), (manual.IsManual, manual.Manual));
        Assert.Equal(["m", "2", "onboarding"], System.Text.RegularExpressions.Regex.Matches(derived.ToString(), @"[\w-]+").Select(m => m.Value).Where(w => w is "m" or "2" or "onboarding"));
        Assert.Contains("manual", manual.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("manual", derived.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void MetricResult_ToString_ShowsTheValueOnlyWhenMeasured()
    {
        var metric = EvaluationMetric.DerivedBy(new MetricId("m"), new MetricGoal(1, new LocalizedText("T")), new LocalizedText("M"), new OnboardingRule());

        Assert.EndsWith($"{MetricStatus.Partly} 1 / 2", new MetricResult(metric, MetricStatus.Partly, 1, 2, null, null).ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"{MetricStatus.NotAssessed}", new MetricResult(metric, MetricStatus.NotAssessed, null, null, null, null).ToString(), StringComparison.Ordinal);
        Assert.EndsWith($"{MetricStatus.Partly}", new MetricResult(metric, MetricStatus.Partly, 1, null, null, null).ToString(), StringComparison.Ordinal);
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new MetricResult(metric, (MetricStatus)42, null, null, null, null));
    }

    [Fact]
    public void ActivityRecordDocument_RefusesOtherShapes_AtTheirPaths()
    {
        Assert.Equal(("$", ValidationRules.WrongType), Single("[]"));
        Assert.Equal(("$.records", ValidationRules.MissingProperty), Single("""{ "schemaVersion": 1 }"""));
        Assert.Equal(("$.records", ValidationRules.MissingProperty), Single("""{ "schemaVersion": 1, "records": {} }"""));
        Assert.False(ActivityRecordJson.TryDeserialize("""{ "schemaVersion": 1, "records": [], "extra": 1 }""", out _, out var problems));
        Assert.Equal(("$.extra", ValidationRules.UnknownProperty), (Assert.Single(problems).Path, problems[0].Rule));
        var e = Assert.Throws<ValidationException>(() => ActivityRecordJson.Deserialize(new MemoryStream("[]"u8.ToArray())));
        Assert.Equal(RuleCodes.ActivityRecordsInvalid, e.Code);
        Assert.StartsWith("Activity record document", e.Message, StringComparison.Ordinal);
        var fromText = Assert.Throws<ValidationException>(() => ActivityRecordJson.Deserialize("[]"));
        Assert.Equal((RuleCodes.ActivityRecordsInvalid, e.Message), (fromText.Code, fromText.Message));

        // The version is checked and named as the activity record document's.
        Assert.False(ActivityRecordJson.TryDeserialize("""{ "records": [] }""", out _, out var noVersion));
        Assert.Equal("The activity record document has no \"schemaVersion\"; give \"schemaVersion\": 1.", Assert.Single(noVersion).Message);
        Assert.False(ActivityRecordJson.TryDeserialize("""{ "schemaVersion": 2, "records": [] }""", out _, out var laterVersion));
        Assert.Equal(("$.schemaVersion", ValidationRules.UnsupportedSchemaVersion), (Assert.Single(laterVersion).Path, laterVersion[0].Rule));
        Assert.Contains("activity record document format version 1", laterVersion[0].Message, StringComparison.Ordinal);

        static (string, string) Single(string json)
        {
            Assert.False(ActivityRecordJson.TryDeserialize(json, out var records, out var problems));
            Assert.Null(records);
            return (Assert.Single(problems).Path, problems[0].Rule);
        }
    }

    [Fact]
    public void ActivityRecordDocument_RoundTripsThroughAStream_AndRefusesANullRecordNamingItsIndex()
    {
        ActivityRecord[] records = [new OnboardingGiven(D(2, 1), 2), new CommunicationMade(D(3, 1), CommunicationAudience.External, "tiedote")];
        using var stream = new MemoryStream();

        ActivityRecordJson.Serialize(records, stream);
        stream.Position = 0;

        Assert.Equal(records, ActivityRecordJson.Deserialize(stream));
        var e = Assert.Throws<ArgumentException>(() => ActivityRecordJson.Serialize([records[0], null!]));
        Assert.Equal("records", e.ParamName);
        Assert.Contains("index 1", e.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ActivityRecordJson.Serialize(null!));
        Assert.Throws<ArgumentNullException>(() => ActivityRecordJson.Serialize(records, null!));
    }

    // A document larger than the writer's buffer is flushed as it is written and reads back whole.
    [Fact]
    public void ActivityRecordDocument_OfManyRecords_RoundTrips()
    {
        var records = Enumerable.Range(0, 400).Select(i => (ActivityRecord)new CommunicationMade(D(1, 1).PlusDays(i % 365), CommunicationAudience.Internal, $"kanava {i}")).ToList();

        Assert.Equal(records, ActivityRecordJson.Deserialize(ActivityRecordJson.Serialize(records)));
    }

    [Fact]
    public void EvaluationReportDocument_RoundTripsThroughAStream_AndRefusesWhatIsNotOne()
    {
        var report = Evaluator.Evaluate(Ek, 2025, [], [], EvaluatorTests.EtelaKarjalaRecords(), EvaluatorTests.EtelaKarjalaAssessments());
        using var stream = new MemoryStream();

        EvaluationReportJson.Serialize(report, stream);
        stream.Position = 0;

        Assert.Equal(report, EvaluationReportJson.Deserialize(stream));
        var fromText = Assert.Throws<ValidationException>(() => EvaluationReportJson.Deserialize("[]"));
        var fromStream = Assert.Throws<ValidationException>(() => EvaluationReportJson.Deserialize(new MemoryStream("{}"u8.ToArray())));
        Assert.Equal(RuleCodes.EvaluationInvalid, fromText.Code);
        Assert.Equal(RuleCodes.EvaluationInvalid, fromStream.Code);
        Assert.StartsWith("Evaluation report document", fromText.Message, StringComparison.Ordinal);
        Assert.StartsWith("Evaluation report document", fromStream.Message, StringComparison.Ordinal);
        var noVersion = Assert.Single(fromStream.Problems);
        Assert.Equal(("$.schemaVersion", "The evaluation has no \"schemaVersion\"; give \"schemaVersion\": 1."), (noVersion.Path, noVersion.Message));
        Assert.False(EvaluationReportJson.TryDeserialize("""{ "schemaVersion": 1 }""", out var none, out var problems));
        Assert.Null(none);
        Assert.NotEmpty(problems);
    }
}
