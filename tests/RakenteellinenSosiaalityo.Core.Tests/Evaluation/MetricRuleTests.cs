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

namespace RakenteellinenSosiaalityo.Core.Tests.Evaluation;

/// <summary>
/// Each derived rule on its own (issue 16): one metric in an otherwise built-in profile, its status, measured value and
/// target at the boundaries of the rule, and what the explanation must say in every language (numbers and the body's
/// name from the profile), not text copied from the implementation.
/// </summary>
public sealed class MetricRuleTests
{
    private static readonly RegionProfile Ek = BuiltInRegions.EtelaKarjala;
    private static readonly ActorId Network = new("network");
    private static readonly ActorId Artu = new("artu");
    private static readonly ReportingPeriod Spring = new(D(1, 1), D(6, 30));
    private static readonly ReportingPeriod Autumn = new(D(7, 1), D(12, 31));

    private static LocalDate D(int month, int day) => new(2025, month, day);

    private static MetricResult Evaluate(MetricDerivation rule, params ActivityRecord[] records) =>
        Evaluate(Ek, rule, [], [], records);

    private static MetricResult Evaluate(RegionProfile profile, MetricDerivation rule, SocialReport[] reports, CompilationContent[] compilations, ActivityRecord[] records)
    {
        var metric = EvaluationMetric.DerivedBy(new MetricId("m"), new MetricGoal(1, new LocalizedText("Tavoite", "Mål", "Goal")), new LocalizedText("Mittari", "Mätare", "Measure"), rule);
        return Assert.Single(Evaluator.Evaluate(profile with { Metrics = [metric] }, 2025, reports, compilations, records, []).Results);
    }

    private static (MetricStatus, int?, int?) Shape(MetricResult result) => (result.Status, result.Measured, result.Target);

    /// <summary>The explanation names the body as the profile names it and every part, in each language, and differs between the languages.</summary>
    internal static void AssertEveryLanguageNames(LocalizedText explanation, RegionProfile profile, ActorId body, params string[] parts)
    {
        foreach (var language in Enum.GetValues<Language>())
        {
            var text = explanation.Get(language);
            Assert.Contains(profile.FindActor(body)!.Name.Get(language), text, StringComparison.Ordinal);
            Assert.All(parts, part => Assert.Contains(part, text, StringComparison.Ordinal));
        }

        Assert.Equal(3, EvaluatorTests.Texts(explanation).Distinct().Count());
    }

    // EK section 3: the network meets 11 times a year; as many as planned is realized, one fewer is not.
    [Fact]
    public void MeetingsHeld_AsManyAsTheTarget_IsRealized_OneFewerIsNot_AndOtherBodiesDoNotCount()
    {
        var rule = new MeetingsHeldRule(Network, target: 2);

        var two = Evaluate(rule, new MeetingHeld(D(2, 1), Network), new MeetingHeld(D(3, 1), Network), new MeetingHeld(D(4, 1), Artu));
        var one = Evaluate(rule, new MeetingHeld(D(2, 1), Network), new MeetingHeld(D(4, 1), Artu), new MeetingHeld(D(5, 1), Artu));

        Assert.Equal((MetricStatus.Realized, 2, 2), Shape(two));
        Assert.Equal((MetricStatus.NotRealized, 1, 2), Shape(one));
        AssertEveryLanguageNames(two.Explanation!, Ek, Network, "2 / 2");
        AssertEveryLanguageNames(one.Explanation!, Ek, Network, "1 / 2");
    }

    // EK section 5.3: the network's planned meetings are the annual clock's network meetings in the evaluated dates.
    [Fact]
    public void MeetingsHeld_PlannedByTheClock_CountsTheRulesActivitiesInTheDates_AndSaysSo()
    {
        var planned = AnnualClock.For(Ek, 2025).Activities.Count(a => a.Rule.Id.Value == "network-meeting");
        Assert.InRange(planned, 2, 12);
        var byClock = new MeetingsHeldRule(Network, plannedBy: [new ClockRuleId("network-meeting")]);
        var held = Enumerable.Range(1, planned).Select(m => (ActivityRecord)new MeetingHeld(D(m, 3), Network)).ToArray();

        var all = Evaluate(byClock, held);
        var short1 = Evaluate(byClock, held[1..]);
        var byTarget = Evaluate(new MeetingsHeldRule(Network, target: planned), held);

        Assert.Equal((MetricStatus.Realized, planned, planned), Shape(all));
        Assert.Equal((MetricStatus.NotRealized, planned - 1, planned), Shape(short1));
        AssertEveryLanguageNames(all.Explanation!, Ek, Network, $"{planned} / {planned}");
        Assert.All(
            Enum.GetValues<Language>(),
            language => Assert.True(
                all.Explanation!.Get(language).StartsWith(byTarget.Explanation!.Get(language), StringComparison.Ordinal)
                && all.Explanation.Get(language).Length > byTarget.Explanation.Get(language).Length,
                all.Explanation.Get(language)));
    }

    // Dates over two years plan the clock's activities of both years.
    [Fact]
    public void MeetingsHeld_PlannedByTheClock_OverTwoYears_CountsBothYears()
    {
        var perYear = AnnualClock.For(Ek, 2025).Activities.Count(a => a.Rule.Id.Value == "network-meeting");
        var nextYear = AnnualClock.For(Ek, 2026).Activities.Count(a => a.Rule.Id.Value == "network-meeting");
        var metric = EvaluationMetric.DerivedBy(new MetricId("m"), new MetricGoal(1, new LocalizedText("T")), new LocalizedText("M"), new MeetingsHeldRule(Network, plannedBy: [new ClockRuleId("network-meeting")]));

        var result = Evaluator.Evaluate(Ek with { Metrics = [metric] }, new DateInterval(D(1, 1), new LocalDate(2026, 12, 31)), [], [], [], []).Results.Single();

        Assert.Equal((MetricStatus.NotRealized, 0, perYear + nextYear), Shape(result));
    }

    [Fact]
    public void MeetingsHeldRule_RefusesWhatIsNotAPlan()
    {
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(Network)).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(Network, 3, [new ClockRuleId("network-meeting")])).ParamName);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingsHeldRule(Network, 0)).ParamName);
        Assert.Equal(1000, new MeetingsHeldRule(Network, 1000).Target);
        Assert.Equal("target", Assert.Throws<ArgumentOutOfRangeException>(() => new MeetingsHeldRule(Network, 1001)).ParamName);
        Assert.Equal("plannedBy", Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(Network, plannedBy: [])).ParamName);
        Assert.Equal("plannedBy", Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(Network, plannedBy: [default])).ParamName);
        Assert.Equal("plannedBy", Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(Network, plannedBy: [new ClockRuleId("a"), new ClockRuleId("a")])).ParamName);
        Assert.Equal("body", Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(default, 1)).ParamName);
        var both = Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(Network, 3, [new ClockRuleId("network-meeting")]));
        var neither = Assert.Throws<ArgumentException>(() => new MeetingsHeldRule(Network));
        Assert.Contains("both", both.Message, StringComparison.Ordinal);
        Assert.Contains("neither", neither.Message, StringComparison.Ordinal);
    }

    // EK section 3: the network reviews the compilations in January and August; handlings in other months, of the same
    // period twice, or by another body do not count.
    [Fact]
    public void ProductsHandled_CountsDistinctPeriodsOfTheBody_InTheMonthsOnly()
    {
        var rule = new ProductsHandledRule(Network, compilations: 2, inMonths: [1, 8]);

        var none = Evaluate(rule, KnowledgeProductHandled.Compilation(D(3, 1), Network, Spring), KnowledgeProductHandled.Compilation(D(8, 1), Artu, Spring));
        var one = Evaluate(rule, KnowledgeProductHandled.Compilation(D(1, 10), Network, Spring), KnowledgeProductHandled.Compilation(D(8, 10), Network, Spring));
        var two = Evaluate(rule, KnowledgeProductHandled.Compilation(D(1, 10), Network, Autumn), KnowledgeProductHandled.Compilation(D(8, 10), Network, Spring));

        Assert.Equal((MetricStatus.NotRealized, 0, 2), Shape(none));
        Assert.Equal((MetricStatus.Partly, 1, 2), Shape(one));
        Assert.Equal((MetricStatus.Realized, 2, 2), Shape(two));
        AssertEveryLanguageNames(two.Explanation!, Ek, Network, "2 / 2", "1, 8", "10.1.2025", "10.8.2025");
        Assert.All(EvaluatorTests.Texts(none.Explanation!), text => Assert.DoesNotContain("2025", text, StringComparison.Ordinal));
    }

    // K section 7 table 1: the steering group handles the compilations and the phenomenon report; both counts must be
    // reached, the measured value and the target are their sums.
    [Fact]
    public void ProductsHandled_OfBothKinds_NeedsBothCounts()
    {
        var rule = new ProductsHandledRule(Network, compilations: 1, phenomenonReports: 2);
        var compilation = KnowledgeProductHandled.Compilation(D(2, 1), Network, Spring);

        var compilationsOnly = Evaluate(rule, compilation, KnowledgeProductHandled.Compilation(D(9, 1), Network, Autumn));
        var sameTitleTwice = Evaluate(rule, compilation, KnowledgeProductHandled.Phenomenon(D(3, 1), Network, "A", false), KnowledgeProductHandled.Phenomenon(D(4, 1), Network, "A", true));
        var all = Evaluate(rule, compilation, KnowledgeProductHandled.Phenomenon(D(3, 1), Network, "A", false), KnowledgeProductHandled.Phenomenon(D(4, 1), Network, "B", false));

        Assert.Equal((MetricStatus.Partly, 2, 3), Shape(compilationsOnly));
        Assert.Equal((MetricStatus.Partly, 2, 3), Shape(sameTitleTwice));
        Assert.Equal((MetricStatus.Realized, 3, 3), Shape(all));
        AssertEveryLanguageNames(all.Explanation!, Ek, Network, "1 / 1", "2 / 2", "1.2.2025", "1.3.2025", "1.4.2025");
    }

    // A rule counting only phenomenon reports ignores compilations: they are neither measured nor dated.
    [Fact]
    public void ProductsHandled_OfPhenomenonReportsOnly_IgnoresCompilations()
    {
        var result = Evaluate(new ProductsHandledRule(Network, phenomenonReports: 1), KnowledgeProductHandled.Compilation(D(2, 1), Network, Spring));

        Assert.Equal((MetricStatus.NotRealized, 0, 1), Shape(result));
        Assert.All(EvaluatorTests.Texts(result.Explanation!), text => Assert.DoesNotContain("1.2.2025", text, StringComparison.Ordinal));
    }

    // The dates listed are the first handling of each product counted, in date order across both kinds, whatever the
    // order of the records; a kind the rule does not count is not dated.
    [Fact]
    public void ProductsHandled_ListsTheFirstHandlingOfEachProduct_InDateOrder()
    {
        var both = Evaluate(
            new ProductsHandledRule(Network, compilations: 1, phenomenonReports: 1),
            KnowledgeProductHandled.Compilation(D(8, 10), Network, Spring),
            KnowledgeProductHandled.Phenomenon(D(3, 1), Network, "A", false),
            KnowledgeProductHandled.Compilation(D(1, 10), Network, Spring));
        var compilationsOnly = Evaluate(
            new ProductsHandledRule(Network, compilations: 1),
            KnowledgeProductHandled.Phenomenon(D(3, 1), Network, "A", false),
            KnowledgeProductHandled.Compilation(D(1, 10), Network, Spring));

        Assert.Equal((MetricStatus.Realized, 2, 2), Shape(both));
        Assert.All(EvaluatorTests.Texts(both.Explanation!), text =>
        {
            Assert.EndsWith(": 10.1.2025, 1.3.2025)", text, StringComparison.Ordinal);
            Assert.DoesNotContain("10.8.2025", text, StringComparison.Ordinal);
        });
        Assert.All(EvaluatorTests.Texts(compilationsOnly.Explanation!), text => Assert.EndsWith(": 10.1.2025)", text, StringComparison.Ordinal));
    }

    [Fact]
    public void ProductsHandledRule_RefusesWhatIsNotACount()
    {
        Assert.Equal("compilations", Assert.Throws<ArgumentException>(() => new ProductsHandledRule(Network)).ParamName);
        Assert.Equal("compilations", Assert.Throws<ArgumentOutOfRangeException>(() => new ProductsHandledRule(Network, compilations: 0)).ParamName);
        Assert.Equal("compilations", Assert.Throws<ArgumentOutOfRangeException>(() => new ProductsHandledRule(Network, compilations: 101)).ParamName);
        Assert.Equal("phenomenonReports", Assert.Throws<ArgumentOutOfRangeException>(() => new ProductsHandledRule(Network, phenomenonReports: 0)).ParamName);
        Assert.Equal("phenomenonReports", Assert.Throws<ArgumentOutOfRangeException>(() => new ProductsHandledRule(Network, phenomenonReports: 101)).ParamName);
        Assert.Equal((100, 100), (new ProductsHandledRule(Network, 100, 100).Compilations, new ProductsHandledRule(Network, 100, 100).PhenomenonReports));
        Assert.Equal("inMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new ProductsHandledRule(Network, 1, inMonths: [0])).ParamName);
        Assert.Equal("inMonths", Assert.Throws<ArgumentOutOfRangeException>(() => new ProductsHandledRule(Network, 1, inMonths: [13])).ParamName);
        Assert.Equal("inMonths", Assert.Throws<ArgumentException>(() => new ProductsHandledRule(Network, 1, inMonths: [])).ParamName);
        Assert.Equal("inMonths", Assert.Throws<ArgumentException>(() => new ProductsHandledRule(Network, 1, inMonths: [3, 3])).ParamName);
        Assert.Equal([1, 12], new ProductsHandledRule(Network, 1, inMonths: [1, 12]).InMonths!);
        Assert.Equal("body", Assert.Throws<ArgumentException>(() => new ProductsHandledRule(default, 1)).ParamName);
    }

    // EK section 3: the phenomenon report is approved by the network; a handling that is not an approval, or another
    // body's approval, does not count. The measured value is the number of distinct titles.
    [Fact]
    public void PhenomenonReport_Approved_NeedsAnApprovalByTheBody()
    {
        var rule = new PhenomenonReportRule(Network, approved: true);

        var handledOnly = Evaluate(rule, KnowledgeProductHandled.Phenomenon(D(9, 1), Network, "Yksinäisyys", approved: false), KnowledgeProductHandled.Phenomenon(D(9, 2), Artu, "Yksinäisyys", approved: true));
        var approved = Evaluate(rule, KnowledgeProductHandled.Phenomenon(D(10, 5), Network, "Asuminen", approved: true), KnowledgeProductHandled.Phenomenon(D(9, 16), Network, "Yksinäisyys", approved: true), KnowledgeProductHandled.Phenomenon(D(11, 1), Network, "Yksinäisyys", approved: true));

        Assert.Equal((MetricStatus.NotRealized, 0, 1), Shape(handledOnly));
        Assert.Equal((MetricStatus.Realized, 2, 1), Shape(approved));
        AssertEveryLanguageNames(approved.Explanation!, Ek, Network, "Yksinäisyys", "16.9.2025"); // the first one, by date
        AssertEveryLanguageNames(handledOnly.Explanation!, Ek, Network);
    }

    [Fact]
    public void PhenomenonReport_NotNeedingApproval_CountsAHandling_AndSaysHandledNotApproved()
    {
        var handling = KnowledgeProductHandled.Phenomenon(D(9, 1), Network, "Yksinäisyys", approved: false);

        var handled = Evaluate(new PhenomenonReportRule(Network), handling);
        var approved = Evaluate(new PhenomenonReportRule(Network, approved: true), KnowledgeProductHandled.Phenomenon(D(9, 1), Network, "Yksinäisyys", approved: true));
        var none = Evaluate(new PhenomenonReportRule(Network));
        var noneApproved = Evaluate(new PhenomenonReportRule(Network, approved: true));

        Assert.Equal((MetricStatus.Realized, 1, 1), Shape(handled));
        Assert.Equal((MetricStatus.NotRealized, 0, 1), Shape(none));
        AssertEveryLanguageNames(handled.Explanation!, Ek, Network, "Yksinäisyys", "1.9.2025");
        AssertEveryLanguageNames(none.Explanation!, Ek, Network);
        Assert.All(Enum.GetValues<Language>(), language => Assert.NotEqual(handled.Explanation!.Get(language), approved.Explanation!.Get(language)));
        Assert.All(Enum.GetValues<Language>(), language => Assert.NotEqual(none.Explanation!.Get(language), noneApproved.Explanation!.Get(language)));
        Assert.Equal("body", Assert.Throws<ArgumentException>(() => new PhenomenonReportRule(default)).ParamName);
    }

    // K section 7: communication to internal and external audiences (and decision makers): each audience reached is
    // counted once however often; some reached is partly.
    [Fact]
    public void Communication_SomeAudiencesReached_IsPartly_WithTheCountPerAudience()
    {
        var rule = new CommunicationRule([CommunicationAudience.Internal, CommunicationAudience.DecisionMakers, CommunicationAudience.External]);

        var result = Evaluate(rule, new CommunicationMade(D(2, 1), CommunicationAudience.DecisionMakers, "seminaari"), new CommunicationMade(D(3, 1), CommunicationAudience.DecisionMakers, "kirje"));
        var all = Evaluate(rule, new CommunicationMade(D(2, 1), CommunicationAudience.DecisionMakers, "seminaari"), new CommunicationMade(D(3, 1), CommunicationAudience.Internal, "info"), new CommunicationMade(D(4, 1), CommunicationAudience.External, "tiedote"));

        Assert.Equal((MetricStatus.Partly, 1, 3), Shape(result));
        Assert.Equal((MetricStatus.Realized, 3, 3), Shape(all));
        foreach (var text in EvaluatorTests.Texts(result.Explanation!))
        {
            Assert.Equal([0, 2, 0], System.Text.RegularExpressions.Regex.Matches(text, @"\d+").Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)));
        }

        Assert.Equal(3, EvaluatorTests.Texts(result.Explanation!).Distinct().Count());
        Assert.Equal(3, result.Explanation!.En!.Split(", ").Select(part => part.Split(' ')[^2]).Distinct().Count()); // three audience words
        foreach (var language in Enum.GetValues<Language>())
        {
            // Each audience by its people-facing name, with its count, in the order the rule lists them.
            var listed = result.Explanation.Get(language)[(result.Explanation.Get(language).IndexOf(": ", StringComparison.Ordinal) + 2)..];
            Assert.Equal(rule.Audiences.Select(a => $"{a.Label().Get(language)} {(a == CommunicationAudience.DecisionMakers ? 2 : 0)}"), listed.Split(", "));
        }
    }

    [Fact]
    public void CommunicationRule_RefusesWhatIsNotAListOfAudiences()
    {
        Assert.Equal("audiences", Assert.Throws<ArgumentNullException>(() => new CommunicationRule(null!)).ParamName);
        Assert.Equal("audiences", Assert.Throws<ArgumentException>(() => new CommunicationRule([])).ParamName);
        Assert.Equal("audiences", Assert.Throws<ArgumentException>(() => new CommunicationRule([CommunicationAudience.External, CommunicationAudience.External])).ParamName);
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new CommunicationRule([(CommunicationAudience)42]));
    }

    // EK section 3: onboarding counts new professionals, summed over the records, against the minimum.
    [Fact]
    public void Onboarding_SumsTheNewProfessionals_AgainstTheMinimum()
    {
        var rule = new OnboardingRule(minimum: 3);

        var two = Evaluate(rule, new OnboardingGiven(D(2, 1), 1), new OnboardingGiven(D(3, 1), 1));
        var three = Evaluate(rule, new OnboardingGiven(D(2, 1), 1), new OnboardingGiven(D(3, 1), 2));

        Assert.Equal((MetricStatus.NotRealized, 2, 3), Shape(two));
        Assert.Equal((MetricStatus.Realized, 3, 3), Shape(three));
        Assert.All(EvaluatorTests.Texts(three.Explanation!), text => Assert.Equal(["3", "2", "3"], System.Text.RegularExpressions.Regex.Matches(text, @"\d+").Select(m => m.Value)));
        Assert.Equal(3, EvaluatorTests.Texts(three.Explanation!).Distinct().Count());
        Assert.Equal("minimum", Assert.Throws<ArgumentOutOfRangeException>(() => new OnboardingRule(0)).ParamName);
        Assert.Equal(int.MaxValue, new OnboardingRule(int.MaxValue).Minimum);
    }

    // K section 7 table 1: reports are collected every period and compiled; a period without its compilation is not
    // met when the rule asks for one. Withdrawn reports do not count, a report given twice counts once.
    [Fact]
    public void ReportsPerPeriod_Compiled_NeedsTheCompilationOfThePeriod()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var spring = profile.ReportingPeriods.PeriodFor(D(3, 3));
        var report = ReportFixtures.Submitted(profile, "R-1");
        var compilation = Compiler.Compile(profile, spring, FinnishTime.StartOf(D(6, 10)), [report]);

        var withoutCompilation = Evaluate(profile, new ReportsPerPeriodRule(1, compiled: true), [report], [], []);
        var withCompilation = Evaluate(profile, new ReportsPerPeriodRule(1, compiled: true), [report, report], [compilation], []);
        var notAsked = Evaluate(profile, new ReportsPerPeriodRule(1), [report], [], []);
        var twoNeeded = Evaluate(profile, new ReportsPerPeriodRule(2), [report, report], [compilation], []);

        Assert.Equal((MetricStatus.NotRealized, 0, 2), Shape(withoutCompilation));
        Assert.Equal((MetricStatus.Partly, 1, 2), Shape(withCompilation));
        Assert.Equal((MetricStatus.Partly, 1, 2), Shape(notAsked));
        Assert.Equal((MetricStatus.NotRealized, 0, 2), Shape(twoNeeded));
        Assert.All(Enum.GetValues<Language>(), language =>
        {
            Assert.StartsWith("1 / 2 ", withCompilation.Explanation!.Get(language), StringComparison.Ordinal);
            Assert.NotEqual(withCompilation.Explanation.Get(language), withoutCompilation.Explanation!.Get(language).Replace("0 / 2 ", "1 / 2 ", StringComparison.Ordinal));
            Assert.True(withCompilation.Explanation.Get(language).Length > notAsked.Explanation!.Get(language).Length, withCompilation.Explanation.Get(language));
        });
        Assert.Equal("minimum", Assert.Throws<ArgumentOutOfRangeException>(() => new ReportsPerPeriodRule(0)).ParamName);
    }

    [Fact]
    public void ReportsPerPeriod_AWithdrawnReport_DoesNotCount()
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var report = ReportFixtures.Submitted(profile, "R-1");
        var withdrawn = report.Withdraw(profile, ReportFixtures.By("professionals"), FinnishTime.StartOf(D(3, 5)), "Väärä lomake");

        var result = Evaluate(profile, new ReportsPerPeriodRule(), [withdrawn], [], []);

        Assert.Equal((MetricStatus.NotRealized, 0, 2), Shape(result));
    }

    // Dates in which no reporting period ends leave nothing to meet: not realized, 0 of 0, and the explanation says why
    // instead of listing periods.
    [Fact]
    public void ReportsPerPeriod_NoPeriodEndsInTheDates_IsNotRealized_ZeroOfZero()
    {
        var metric = EvaluationMetric.DerivedBy(new MetricId("m"), new MetricGoal(1, new LocalizedText("T")), new LocalizedText("M"), new ReportsPerPeriodRule());
        var profile = BuiltInRegions.Kymenlaakso with { Metrics = [metric] };

        var result = Evaluator.Evaluate(profile, new DateInterval(D(6, 2), D(6, 20)), [ReportFixtures.Submitted(profile, "R-1")], [], [], []).Results.Single();

        Assert.Equal((MetricStatus.NotRealized, 0, 0), Shape(result));
        Assert.All(EvaluatorTests.Texts(result.Explanation!), text => Assert.DoesNotMatch(@"\d", text));
        Assert.Equal(3, EvaluatorTests.Texts(result.Explanation!).Distinct().Count());
    }

    // The first evaluable year: the periods of the year before it, which does not exist in the calendar, are not asked for.
    [Fact]
    public void ReportsPerPeriod_InTheFirstEvaluableYear_StartsFromThatYear()
    {
        var metric = EvaluationMetric.DerivedBy(new MetricId("m"), new MetricGoal(1, new LocalizedText("T")), new LocalizedText("M"), new ReportsPerPeriodRule());

        var result = Evaluator.Evaluate(Ek with { Metrics = [metric] }, AnnualClock.MinYear, [], [], [], []).Results.Single();

        Assert.Equal((MetricStatus.NotRealized, 0, Ek.ReportingPeriods.PeriodsInYear(AnnualClock.MinYear).Count(p => p.End.Year == AnnualClock.MinYear)), Shape(result));
    }
}
