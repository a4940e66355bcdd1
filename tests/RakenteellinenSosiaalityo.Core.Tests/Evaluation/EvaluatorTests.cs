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

    internal static string[] Texts(LocalizedText text) => [text.Fi, text.Sv!, text.En!];

    /// <summary>EK 2025: 9 of 11 network meetings held, compilations reviewed in January and August, ArTu once, report approved in Q3.</summary>
    internal static List<ActivityRecord> EtelaKarjalaRecords()
    {
        var records = new List<ActivityRecord>();
        int[] meetingMonths = [1, 2, 3, 4, 5, 8, 9, 10, 12]; // June workshop and November meeting missed: 9 of 11
        foreach (var month in meetingMonths)
        {
            records.Add(new MeetingHeld(D(month, 14), Network, ["Ajankohtaiset ilmiöt"]) { ClockRuleId = new ClockRuleId(month is 4 or 5 ? "phenomenon-workshop" : "network-meeting") });
        }

        records.Add(KnowledgeProductHandled.Compilation(D(1, 14), Network, new ReportingPeriod(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31))) with { ClockRuleId = new ClockRuleId("network-compilation-review") });
        records.Add(KnowledgeProductHandled.Compilation(D(8, 19), Network, new ReportingPeriod(D(1, 1), D(6, 30))) with { ClockRuleId = new ClockRuleId("network-compilation-review") });
        records.Add(KnowledgeProductHandled.Compilation(D(1, 28), Artu, new ReportingPeriod(new LocalDate(2024, 7, 1), new LocalDate(2024, 12, 31))));
        records.Add(KnowledgeProductHandled.Phenomenon(D(9, 16), Network, "Yksinäisyys ikääntyneiden palveluissa", approved: true));
        records.Add(new CommunicationMade(D(3, 3), CommunicationAudience.Internal, "Viva Engage", "Raporttikooste"));
        return records;
    }

    internal static ManualAssessment[] EtelaKarjalaAssessments() =>
    [
        new(new MetricId("knowledge-use"), MetricStatus.Realized, "Ilmiötietoa käytetty hyvinvointikertomuksessa.", "Sosiaalityön verkosto", D(12, 9)),
        new(new MetricId("hyte-cooperation"), MetricStatus.Partly, "Yhteinen tapaaminen HYTE-työryhmän kanssa.", "Professiojohtaja", D(12, 9)),
    ];

    [Fact]
    public void EtelaKarjala2025_Section3GoalsTable_IsPinned()
    {
        var report = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], EtelaKarjalaRecords(), EtelaKarjalaAssessments());

        var byId = report.Results.ToDictionary(r => r.Metric.Id.Value);
        Assert.Equal(10, report.Results.Count);
        Assert.Equal((MetricStatus.NotRealized, 9, 11), (byId["network-meetings"].Status, byId["network-meetings"].Measured, byId["network-meetings"].Target));
        MetricRuleTests.AssertEveryLanguageNames(byId["network-meetings"].Explanation!, BuiltInRegions.EtelaKarjala, Network, "9 / 11");
        Assert.Equal(MetricStatus.Realized, byId["network-compilation-reviews"].Status);
        Assert.Equal((2, 2), (byId["network-compilation-reviews"].Measured, byId["network-compilation-reviews"].Target));
        MetricRuleTests.AssertEveryLanguageNames(byId["network-compilation-reviews"].Explanation!, BuiltInRegions.EtelaKarjala, Network, "2 / 2", "1, 8", "14.1.2025", "19.8.2025");
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

        var result = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], records, []).Results.Single(r => r.Metric.Id.Value == "network-compilation-reviews");

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
            new MeetingHeld(D(2, 5), WorkingGroup) { ClockRuleId = new ClockRuleId("working-group-meeting") },
            new MeetingHeld(D(5, 6), WorkingGroup) { ClockRuleId = new ClockRuleId("working-group-meeting") },
            new MeetingHeld(D(9, 9), WorkingGroup) { ClockRuleId = new ClockRuleId("working-group-meeting") },
            new MeetingHeld(D(11, 4), WorkingGroup) { ClockRuleId = new ClockRuleId("working-group-meeting") },
            new MeetingHeld(D(2, 12), SteeringGroup),
            new MeetingHeld(D(6, 16), SteeringGroup),
            new MeetingHeld(D(10, 10), SteeringGroup),
            KnowledgeProductHandled.Compilation(D(6, 16), SteeringGroup, spring),
            KnowledgeProductHandled.Phenomenon(D(10, 10), SteeringGroup, "Nuorten yksinäisyys", approved: false),
            new CommunicationMade(D(3, 20), CommunicationAudience.Internal, "toimialainfo"),
            new CommunicationMade(D(4, 2), CommunicationAudience.DecisionMakers, "valtuustoseminaari"),
        };

        var evaluation = Evaluator.Evaluate(profile, 2025, [report], [compilation], records, []);

        var byId = evaluation.Results.ToDictionary(r => r.Metric.Id.Value);
        Assert.Equal(["reports-collected", "phenomenon-report", "working-group-meetings", "steering-group-meetings", "knowledge-products-handled", "communication"], evaluation.Results.Select(r => r.Metric.Id.Value));
        Assert.Equal((MetricStatus.Partly, 1, 2), (byId["reports-collected"].Status, byId["reports-collected"].Measured, byId["reports-collected"].Target));
        var autumn = profile.ReportingPeriods.Next(spring);
        Assert.All(
            Texts(byId["reports-collected"].Explanation!),
            text => Assert.True(text.StartsWith("1 / 2 ", StringComparison.Ordinal) && text.Contains($"{spring}: 1 ", StringComparison.Ordinal) && text.Contains($"{autumn}: 0 ", StringComparison.Ordinal), text));
        Assert.Equal(MetricStatus.Realized, byId["phenomenon-report"].Status);
        Assert.Equal((MetricStatus.Realized, 4, 4), (byId["working-group-meetings"].Status, byId["working-group-meetings"].Measured, byId["working-group-meetings"].Target));
        Assert.Equal((MetricStatus.NotRealized, 3, 4), (byId["steering-group-meetings"].Status, byId["steering-group-meetings"].Measured, byId["steering-group-meetings"].Target));
        Assert.Equal((MetricStatus.Partly, 2, 3), (byId["knowledge-products-handled"].Status, byId["knowledge-products-handled"].Measured, byId["knowledge-products-handled"].Target));
        Assert.Equal((MetricStatus.Partly, 1, 2), (byId["communication"].Status, byId["communication"].Measured, byId["communication"].Target));
        Assert.All(Texts(byId["communication"].Explanation!), text => Assert.Equal(["1", "0"], System.Text.RegularExpressions.Regex.Matches(text, @"\d+").Select(m => m.Value))); // internal 1, external 0
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
        Assert.Contains(progress.Overdue, a => a.Rule.Id.Value == "network-meeting" && a.Start == D(11, 1));
    }

    [Fact]
    public void AssessmentOfAnUnknownMetric_IsRefused()
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], [new ManualAssessment(new MetricId("ghost"), MetricStatus.Realized, "x", "y", D(12, 1))]));
        Assert.Equal(EvaluationException.UnknownMetricCode, e.Code);
    }

    [Fact]
    public void Check_ReturnsEveryBrokenRuleWithItsPath_AndEvaluateThrowsThemAll()
    {
        var year = new DateInterval(D(1, 1), D(12, 31));
        var derived = BuiltInRegions.EtelaKarjala.Metrics.First(m => !m.IsManual).Id;
        ManualAssessment[] assessments =
        [
            new(new MetricId("ghost"), MetricStatus.Realized, "x", "y", D(12, 1)),
            new(derived, MetricStatus.Realized, "x", "y", D(12, 1)),
        ];

        var problems = Evaluator.Check(BuiltInRegions.EtelaKarjala, year, [], [], [], assessments);

        Assert.Equal(
            [("assessments[0]", EvaluationException.UnknownMetricCode), ("assessments[1]", EvaluationException.DerivedMetricAssessedCode)],
            problems.Select(p => (p.Path, p.Rule)));
        var e = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, year, [], [], [], assessments));
        Assert.Equal(problems, e.Problems);
        Assert.Equal(EvaluationException.UnknownMetricCode, e.Code);
        Assert.Empty(Evaluator.Check(BuiltInRegions.EtelaKarjala, year, [], [], [], []));
    }

    [Fact]
    public void TryEvaluate_AnswersTheBrokenRuleInsteadOfThrowing()
    {
        var year = new DateInterval(D(1, 1), D(12, 31));

        Assert.False(Evaluator.TryEvaluate(BuiltInRegions.EtelaKarjala, year, [], [], [], [new ManualAssessment(new MetricId("ghost"), MetricStatus.Realized, "x", "y", D(12, 1))], out var none, out var error));
        Assert.Null(none);
        Assert.Equal(EvaluationException.UnknownMetricCode, error!.Code);

        Assert.True(Evaluator.TryEvaluate(BuiltInRegions.EtelaKarjala, year, [], [], [], [], out var evaluation, out var noError));
        Assert.Null(noError);
        Assert.Equal(BuiltInRegions.EtelaKarjala.Metrics.Count, evaluation.Results.Count);
    }

    [Fact]
    public void AssessmentOfADerivedMetric_IsRefused()
    {
        var e = Assert.Throws<EvaluationException>(() => Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], [new ManualAssessment(new MetricId("network-meetings"), MetricStatus.Realized, "x", "y", D(12, 1))]));
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
            new(new MetricId("knowledge-use"), MetricStatus.Realized, "Myöhempi arvio.", "Verkosto", D(12, 10)),
            new(new MetricId("knowledge-use"), MetricStatus.NotRealized, "Aiempi arvio.", "Verkosto", D(6, 1)),
        ];

        var result = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], assessments).Results.Single(r => r.Metric.Id.Value == "knowledge-use");

        Assert.Equal(MetricStatus.Realized, result.Status);
    }

    // The table is read back cell by cell and compared with the results it shows (EK section 3: goal, measure, status,
    // value), not with text copied from the implementation.
    [Theory]
    [InlineData(Language.Finnish)]
    [InlineData(Language.Swedish)]
    [InlineData(Language.English)]
    public void Markdown_HasOneRowPerResult_WithGoalMeasureStatusAndValueCells(Language language)
    {
        var report = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], EtelaKarjalaRecords(), EtelaKarjalaAssessments());

        var rows = MarkdownTable.Rows(report.ToMarkdown(language));

        Assert.Equal(report.Results.Count + 2, rows.Count);
        Assert.All(rows, row => Assert.Equal(4, row.Count));
        Assert.All(rows[1], cell => Assert.Equal("---", cell));
        int? goal = null;
        for (var i = 0; i < report.Results.Count; i++)
        {
            var result = report.Results[i];
            var row = rows[i + 2];
            var goalLabel = result.Metric.Goal.Label.Get(language);
            if (result.Metric.Goal.Number == goal)
            {
                Assert.Equal(string.Empty, row[0]);
            }
            else
            {
                Assert.Equal($"{result.Metric.Goal.Number}. {goalLabel}", row[0]);
            }

            goal = result.Metric.Goal.Number;
            Assert.Equal(result.Metric.Label.Get(language), row[1]);
            Assert.Equal(EvaluationReport.StatusLabel(result.Status, language), row[2]);
            if (result.Explanation is { } explanation)
            {
                Assert.Equal(explanation.Get(language), row[3]);
            }
            else if (result.Assessment is { } assessment)
            {
                Assert.Equal($"{assessment.How} ({assessment.Assessor}, {assessment.On.Day}.{assessment.On.Month}.{assessment.On.Year})", row[3]);
            }
            else
            {
                Assert.Equal("–", row[3]);
            }
        }
    }

    [Fact]
    public void Markdown_HeaderRow_IsInTheLanguageAsked()
    {
        var report = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], []);

        var headers = Enum.GetValues<Language>().Select(l => MarkdownTable.Rows(report.ToMarkdown(l))[0]).ToList();

        Assert.Equal(["Tavoite", "Toimenpide", "Tilanne", "Arvo / miten"], headers[(int)Language.Finnish]);
        Assert.Equal(headers.Count, headers.Select(h => string.Join("|", h)).Distinct().Count());
        Assert.All(headers, h => Assert.All(h, cell => Assert.False(string.IsNullOrWhiteSpace(cell))));
    }

    // Every status has its own label in each language, and the three languages differ where the words do.
    [Fact]
    public void StatusLabel_IsDistinctPerStatus_InEveryLanguage()
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var labels = Enum.GetValues<MetricStatus>().Select(s => EvaluationReport.StatusLabel(s, language)).ToList();
            Assert.Equal(labels.Count, labels.Distinct().Count());
            Assert.All(labels, label => Assert.False(string.IsNullOrWhiteSpace(label)));
        }

        Assert.Equal("Toteutunut", EvaluationReport.StatusLabel(MetricStatus.Realized, Language.Finnish)); // EK section 3 table
        Assert.NotEqual(EvaluationReport.StatusLabel(MetricStatus.Partly, Language.Swedish), EvaluationReport.StatusLabel(MetricStatus.Partly, Language.English));
    }

    // A count of one takes the singular: "at least 1 report", "1 report", not "1 reports" (fi: "1 raportti", sv: "1 rapport").
    [Fact]
    public void ReportsPerPeriod_Explanation_UsesSingularForOne_AndPluralOtherwise()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var spring = profile.ReportingPeriods.PeriodFor(D(3, 3));
        var one = Evaluator.Evaluate(profile, 2025, [ReportFixtures.Submitted(profile, "R-1")], [], [], []).Results.Single(r => r.Metric.Id.Value == "reports-collected").Explanation!;
        var two = Evaluator.Evaluate(profile, 2025, [ReportFixtures.Submitted(profile, "R-1"), ReportFixtures.Submitted(profile, "R-2")], [], [], []).Results.Single(r => r.Metric.Id.Value == "reports-collected").Explanation!;

        Assert.Contains("at least 1 report ", one.En, StringComparison.Ordinal);
        Assert.Contains($"{spring}: 1 report,", one.En, StringComparison.Ordinal);
        Assert.Contains($"{spring}: 2 reports,", two.En, StringComparison.Ordinal);
        Assert.Contains("vähintään 1 raportti ", one.Fi, StringComparison.Ordinal);
        Assert.Contains($"{spring}: 1 raportti,", one.Fi, StringComparison.Ordinal);
        Assert.Contains($"{spring}: 2 raporttia,", two.Fi, StringComparison.Ordinal);
        Assert.Contains("minst 1 rapport ", one.Sv, StringComparison.Ordinal);
        Assert.Contains($"{spring}: 1 rapport,", one.Sv, StringComparison.Ordinal);
        Assert.Contains($"{spring}: 2 rapporter,", two.Sv, StringComparison.Ordinal);
        Assert.All(new[] { one, two }.SelectMany(Texts), text => Assert.DoesNotMatch(@"\b1 (reports|raporttia|rapporter)\b", text));
    }

    [Fact]
    public void Markdown_EscapesPipesAndLineBreaksInCells()
    {
        var assessment = new ManualAssessment(new MetricId("knowledge-use"), MetricStatus.Realized, "a | b\nc", "Verkosto", D(12, 1));

        var markdown = Evaluator.Evaluate(BuiltInRegions.EtelaKarjala, 2025, [], [], [], [assessment]).ToMarkdown();

        Assert.Contains("a \\| b c (Verkosto, 1.12.2025)", markdown, StringComparison.Ordinal);
    }

    // EK section 3 (onboarding, minimum 1 new professional) and K section 7 (communication to internal and external
    // audiences; reports collected every period): each rule reaches realized and not realized, with the measured value
    // and the target it was judged by.
    [Fact]
    public void Onboarding_OneNewProfessional_IsRealized_NoneIsNotRealized()
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var target = Evaluator.Evaluate(profile, 2025, [], [], [], []).Results.Single(r => r.Metric.Id.Value == "onboarding");
        var given = Evaluator.Evaluate(profile, 2025, [], [], [new OnboardingGiven(D(3, 1), 1, "Lastensuojelu")], []).Results.Single(r => r.Metric.Id.Value == "onboarding");

        Assert.Equal((MetricStatus.NotRealized, 0, 1), (target.Status, target.Measured, target.Target));
        Assert.Equal((MetricStatus.Realized, 1, 1), (given.Status, given.Measured, given.Target));
        Assert.Contains("1 new professional onboarded (1 time)", given.Explanation!.En, StringComparison.Ordinal);
    }

    [Fact]
    public void Communication_EveryAudienceReached_IsRealized_NoneIsNotRealized()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var none = Evaluator.Evaluate(profile, 2025, [], [], [], []).Results.Single(r => r.Metric.Id.Value == "communication");
        var both = Evaluator.Evaluate(profile, 2025, [], [], [new CommunicationMade(D(3, 20), CommunicationAudience.Internal, "toimialainfo"), new CommunicationMade(D(9, 1), CommunicationAudience.External, "tiedote")], []).Results.Single(r => r.Metric.Id.Value == "communication");

        Assert.Equal((MetricStatus.NotRealized, 0, 2), (none.Status, none.Measured, none.Target));
        Assert.Equal((MetricStatus.Realized, 2, 2), (both.Status, both.Measured, both.Target));
    }

    [Fact]
    public void ReportsPerPeriod_EveryPeriodMet_IsRealized_NoneMetIsNotRealized()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var spring = profile.ReportingPeriods.PeriodFor(D(3, 3));
        var autumn = profile.ReportingPeriods.Next(spring);
        var springReport = ReportFixtures.Submitted(profile, "R-1");
        var autumnReport = SocialReport.Create(profile, new ReportId("R-2"), ReportFixtures.Content(), ReportFixtures.By("professionals"), FinnishTime.StartOf(D(9, 1)))
            .Submit(profile, ReportFixtures.By("professionals"), FinnishTime.StartOf(D(9, 1)));
        var compilations = new[]
        {
            Compiler.Compile(profile, spring, FinnishTime.StartOf(D(6, 10)), [springReport]),
            Compiler.Compile(profile, autumn, FinnishTime.StartOf(D(12, 10)), [springReport, autumnReport]),
        };

        var none = Evaluator.Evaluate(profile, 2025, [], [], [], []).Results.Single(r => r.Metric.Id.Value == "reports-collected");
        var all = Evaluator.Evaluate(profile, 2025, [springReport, autumnReport], compilations, [], []).Results.Single(r => r.Metric.Id.Value == "reports-collected");

        Assert.Equal((MetricStatus.NotRealized, 0, 2), (none.Status, none.Measured, none.Target));
        Assert.Equal((MetricStatus.Realized, 2, 2), (all.Status, all.Measured, all.Target));
    }
}
