using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Evaluation;

/// <summary>Evaluation of fixed 2025 scenarios pinned for both built-in regions (EK section 3 goals table, K section 7 table 1).</summary>
public sealed class EvaluatorTests
{
    private static readonly ActorId Network = new("network");
    private static readonly ActorId Artu = new("artu");
    private static readonly ActorId SteeringGroup = new("steering-group");
    private static readonly ActorId WorkingGroup = new("working-group");

    private static LocalDate D(int month, int day) => new(2025, month, day);

    /// <summary>EK 2025: 9 of 11 network meetings held, compilations reviewed in January and August, ArTu once, report approved in Q3.</summary>
    internal static List<ActivityRecord> EtelaKarjalaRecords()
    {
        var records = new List<ActivityRecord>();
        int[] meetingMonths = [1, 2, 3, 4, 5, 8, 9, 10, 12]; // June workshop and November meeting missed: 9 of 11
        foreach (var month in meetingMonths)
        {
            records.Add(new MeetingHeld(D(month, 14), Network, ["Ajankohtaiset ilmiöt"]) { ClockRuleId = month is 4 or 5 ? "phenomenon-workshop" : "network-meeting" });
        }

        records.Add(KnowledgeProductHandled.Compilation(D(1, 14), Network, new ReportingPeriod(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31))) with { ClockRuleId = "network-compilation-review" });
        records.Add(KnowledgeProductHandled.Compilation(D(8, 19), Network, new ReportingPeriod(D(1, 1), D(6, 30))) with { ClockRuleId = "network-compilation-review" });
        records.Add(KnowledgeProductHandled.Compilation(D(1, 28), Artu, new ReportingPeriod(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31))));
        records.Add(KnowledgeProductHandled.Phenomenon(D(9, 16), Network, "Yksinäisyys ikääntyneiden palveluissa", approved: true));
        records.Add(new CommunicationMade(D(3, 3), CommunicationAudience.Internal, "Viva Engage", "Raporttikooste"));
        return records;
    }

    internal static ManualAssessment[] EtelaKarjalaAssessments() =>
    [
        new("knowledge-use", MetricStatus.Realized, "Ilmiötietoa käytetty hyvinvointikertomuksessa.", "Sosiaalityön verkosto", D(12, 9)),
        new("hyte-cooperation", MetricStatus.Partly, "Yhteinen tapaaminen HYTE-työryhmän kanssa.", "Professiojohtaja", D(12, 9)),
    ];

    [Fact]
    public void EtelaKarjala2025_Section3GoalsTable_IsPinned()
    {
        var report = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], EtelaKarjalaRecords(), EtelaKarjalaAssessments());

        var byId = report.Results.ToDictionary(r => r.Metric.Id);
        Assert.Equal(10, report.Results.Count);
        Assert.Equal((MetricStatus.NotRealized, 9, 11), (byId["network-meetings"].Status, byId["network-meetings"].Measured, byId["network-meetings"].Target));
        Assert.Equal("9 / 11 kokousta pidetty (Sosiaalityön verkosto)", byId["network-meetings"].Explanation!.Fi);
        Assert.Equal(MetricStatus.Realized, byId["network-compilation-reviews"].Status);
        Assert.Equal("2 / 2 koostetta käsitelty kuukausina 1, 8 (Sosiaalityön verkosto: 14.1.2025, 19.8.2025)", byId["network-compilation-reviews"].Explanation!.Fi);
        Assert.Equal((MetricStatus.Partly, 1, 2), (byId["artu-report-handling"].Status, byId["artu-report-handling"].Measured, byId["artu-report-handling"].Target));
        Assert.Equal(MetricStatus.Realized, byId["phenomenon-report"].Status);
        Assert.Equal(MetricStatus.Realized, byId["knowledge-use"].Status);
        Assert.Equal("Sosiaalityön verkosto", byId["knowledge-use"].Assessment!.Assessor);
        Assert.Equal(MetricStatus.NotRealized, byId["onboarding"].Status);
        Assert.Equal(MetricStatus.NotAssessed, byId["systematic-knowledge-production"].Status);
        Assert.Equal(MetricStatus.Partly, byId["hyte-cooperation"].Status);
        Assert.Null(byId["information-needs"].Assessment);
    }

    [Fact]
    public void EtelaKarjala_AugustReviewOutsideJanuaryAndAugust_DoesNotCount()
    {
        var records = EtelaKarjalaRecords();
        records[10] = KnowledgeProductHandled.Compilation(D(9, 2), Network, new ReportingPeriod(D(1, 1), D(6, 30)));

        var result = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], records, []).Results.Single(r => r.Metric.Id == "network-compilation-reviews");

        Assert.Equal((MetricStatus.Partly, 1), (result.Status, result.Measured));
    }

    [Fact]
    public void EtelaKarjala_EvaluatePlan_UsesTheValidity2025()
    {
        var report = Evaluator.EvaluatePlan(BuiltInRegions.EtelaKarjala, [], [], EtelaKarjalaRecords(), []);

        Assert.Equal((D(1, 1), D(12, 31)), (report.From, report.To));
    }

    [Fact]
    public void Kymenlaakso_HasNoValidity_EvaluatePlanIsRefused()
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluator.EvaluatePlan(BuiltInRegions.Kymenlaakso, [], [], [], []));
        Assert.Equal(EvaluationException.NoValidityCode, e.Code);
    }

    [Fact]
    public void Kymenlaakso2025_Table1_IsPinned()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var report = ReportFixtures.Submitted(profile, "R-1"); // submitted 3.3.2025: period 1.12.2024–31.5.2025
        var spring = profile.ReportingPeriods.PeriodFor(D(3, 3));
        var compilation = Compiler.Compile(profile, spring, FinnishTime.StartOf(D(6, 10)), [report]);
        var records = new List<ActivityRecord>
        {
            new MeetingHeld(D(2, 5), WorkingGroup) { ClockRuleId = "working-group-meeting" },
            new MeetingHeld(D(5, 6), WorkingGroup) { ClockRuleId = "working-group-meeting" },
            new MeetingHeld(D(9, 9), WorkingGroup) { ClockRuleId = "working-group-meeting" },
            new MeetingHeld(D(11, 4), WorkingGroup) { ClockRuleId = "working-group-meeting" },
            new MeetingHeld(D(2, 12), SteeringGroup),
            new MeetingHeld(D(6, 16), SteeringGroup),
            new MeetingHeld(D(10, 10), SteeringGroup),
            KnowledgeProductHandled.Compilation(D(6, 16), SteeringGroup, spring),
            KnowledgeProductHandled.Phenomenon(D(10, 10), SteeringGroup, "Nuorten yksinäisyys", approved: false),
            new CommunicationMade(D(3, 20), CommunicationAudience.Internal, "toimialainfo"),
            new CommunicationMade(D(4, 2), CommunicationAudience.DecisionMakers, "valtuustoseminaari"),
        };

        var evaluation = Evaluator.Evaluate(profile, 2025, [report], [compilation], records, []);

        var byId = evaluation.Results.ToDictionary(r => r.Metric.Id);
        Assert.Equal(["reports-collected", "phenomenon-report", "working-group-meetings", "steering-group-meetings", "knowledge-products-handled", "communication"], evaluation.Results.Select(r => r.Metric.Id));
        Assert.Equal(MetricStatus.Partly, byId["reports-collected"].Status);
        Assert.Equal(
            "1 / 2 reporting periods meet the target (at least 1 reports and a compilation): 1.12.2024–31.5.2025: 1 reports, compiled; 1.6.2025–30.11.2025: 0 reports, not compiled",
            byId["reports-collected"].Explanation!.En);
        Assert.Equal(MetricStatus.Realized, byId["phenomenon-report"].Status);
        Assert.Equal((MetricStatus.Realized, 4, 4), (byId["working-group-meetings"].Status, byId["working-group-meetings"].Measured, byId["working-group-meetings"].Target));
        Assert.Equal((MetricStatus.NotRealized, 3, 4), (byId["steering-group-meetings"].Status, byId["steering-group-meetings"].Measured, byId["steering-group-meetings"].Target));
        Assert.Equal((MetricStatus.Partly, 2, 3), (byId["knowledge-products-handled"].Status, byId["knowledge-products-handled"].Measured, byId["knowledge-products-handled"].Target));
        Assert.Equal(MetricStatus.Partly, byId["communication"].Status);
        Assert.Equal("Communications: internal 1, external 0", byId["communication"].Explanation!.En);
    }

    [Fact]
    public void RecordsOutsideTheYear_DoNotCount()
    {
        var records = EtelaKarjalaRecords().Select(r => r with { On = r.On.PlusYears(1) }).ToList();

        var result = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], records, []).Results[0];

        Assert.Equal(0, result.Measured);
    }

    [Fact]
    public void Records_FeedTheAnnualClock_ThroughTheirClockRuleIds()
    {
        var clock = AnnualClock.For(BuiltInRegions.EtelaKarjala, 2025);

        var progress = clock.Progress(ActivityRecord.Completions(EtelaKarjalaRecords()), D(12, 31));

        Assert.Equal(11, progress.Done.Count); // 7 network meetings, 2 workshops, 2 compilation reviews
        Assert.Empty(progress.Unmatched);
        Assert.Contains(progress.Overdue, a => a.Rule.Id == "network-meeting" && a.Start == D(11, 1));
    }

    [Fact]
    public void AssessmentOfAnUnknownMetric_IsRefused()
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], [new ManualAssessment("ghost", MetricStatus.Realized, "x", "y", D(12, 1))]));
        Assert.Equal(EvaluationException.UnknownMetricCode, e.Code);
    }

    [Fact]
    public void TryEvaluate_AnswersTheBrokenRuleInsteadOfThrowing()
    {
        var year = new DateInterval(D(1, 1), D(12, 31));

        Assert.False(Evaluator.TryEvaluate(BuiltInRegions.EtelaKarjala, year, [], [], [], [new ManualAssessment("ghost", MetricStatus.Realized, "x", "y", D(12, 1))], out var none, out var error));
        Assert.Null(none);
        Assert.Equal(EvaluationException.UnknownMetricCode, error!.Code);

        Assert.True(Evaluator.TryEvaluate(BuiltInRegions.EtelaKarjala, year, [], [], [], [], out var evaluation, out var noError));
        Assert.Null(noError);
        Assert.Equal(BuiltInRegions.EtelaKarjala.Metrics.Count, evaluation.Results.Count);
    }

    [Fact]
    public void AssessmentOfADerivedMetric_IsRefused()
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], [new ManualAssessment("network-meetings", MetricStatus.Realized, "x", "y", D(12, 1))]));
        Assert.Equal(EvaluationException.DerivedMetricAssessedCode, e.Code);
    }

    [Fact]
    public void ReportOfAnotherRegion_IsRefused()
    {
        var report = ReportFixtures.Submitted(BuiltInRegions.Kymenlaakso);

        var e = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [report], [], [], []));
        Assert.Equal(EvaluationException.RegionMismatchCode, e.Code);
    }

    [Fact]
    public void LatestAssessment_Wins()
    {
        ManualAssessment[] assessments =
        [
            new("knowledge-use", MetricStatus.Realized, "Myöhempi arvio.", "Verkosto", D(12, 10)),
            new("knowledge-use", MetricStatus.NotRealized, "Aiempi arvio.", "Verkosto", D(6, 1)),
        ];

        var result = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], assessments).Results.Single(r => r.Metric.Id == "knowledge-use");

        Assert.Equal(MetricStatus.Realized, result.Status);
    }

    [Fact]
    public void Markdown_Finnish_IsLaidOutLikeThePlansTable()
    {
        var markdown = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], EtelaKarjalaRecords(), EtelaKarjalaAssessments()).ToMarkdown();
        var lines = markdown.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal("| Tavoite | Toimenpide | Tilanne | Arvo / miten |", lines[0]);
        Assert.Equal("|---|---|---|---|", lines[1]);
        Assert.Equal(12, lines.Length);
        Assert.StartsWith("| 1. Varmistaa toteutussuunnitelmaan", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("| Ei toteutunut | 9 / 11 kokousta pidetty (Sosiaalityön verkosto) |", lines[2], StringComparison.Ordinal);
        Assert.StartsWith("|  | Sosiaalityön verkosto käy läpi", lines[3], StringComparison.Ordinal);
        Assert.Contains("| Toteutunut | Ilmiötietoa käytetty hyvinvointikertomuksessa. (Sosiaalityön verkosto, 9.12.2025) |", markdown, StringComparison.Ordinal);
        Assert.Contains("| Ei arvioitu | – |", markdown, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Language.Swedish, "| Mål | Åtgärd | Status | Värde / hur |", "| Inte förverkligad | 9 / 11 möten hållna (Socialarbetets nätverk) |")]
    [InlineData(Language.English, "| Goal | Measure | Status | Value / how |", "| Not realized | 9 / 11 meetings held (Social work network) |")]
    public void Markdown_SwedishAndEnglish(Language language, string header, string firstRowEnd)
    {
        var lines = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], EtelaKarjalaRecords(), []).ToMarkdown(language).Split('\n');

        Assert.Equal(header, lines[0]);
        Assert.EndsWith(firstRowEnd, lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_EscapesPipesAndLineBreaksInCells()
    {
        var assessment = new ManualAssessment("knowledge-use", MetricStatus.Realized, "a | b\nc", "Verkosto", D(12, 1));

        var markdown = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], [assessment]).ToMarkdown();

        Assert.Contains("a \\| b c (Verkosto, 1.12.2025)", markdown, StringComparison.Ordinal);
    }
}
