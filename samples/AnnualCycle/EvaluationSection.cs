using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// The end of the main job's year: builds a plausible set of activity records from the region's annual clock (most
/// activities done, every fifth missed), a few communications and onboarding, takes the year's phenomenon report (or, for a region without a phenomenon
/// process, a record of one made outside the library), evaluates
/// the plan's metrics and prints the Markdown table.
/// </summary>
internal static class EvaluationSection
{
    public static bool Write(RegionProfile profile, int year, Language language, IReadOnlyList<SocialReport> reports, IReadOnlyList<CompilationContent> compilations, RakenteellinenSosiaalityo.Core.Phenomena.PhenomenonReport? phenomenonReport, TextWriter output)
    {
        var records = new List<ActivityRecord>();
        var approver = profile.Metrics.Select(m => m.Derived?.PhenomenonReport?.Body).FirstOrDefault(b => b is not null) ?? profile.Actors[0].Id;
        var handlers = profile.Metrics.Select(m => m.Derived?.ProductsHandled?.Body).OfType<RakenteellinenSosiaalityo.Core.Actors.ActorId>().Distinct().ToList();
        var activities = AnnualClock.For(profile, year).Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            if (i % 5 == 4)
            {
                continue; // missed
            }

            var activity = activities[i];
            var on = activity.End.Year == year ? activity.Start.PlusDays(Math.Min(9, activity.Window.Length - 1)) : activity.Start;
            var body = activity.Rule.Responsible;
            switch (activity.Rule.Activity)
            {
                case ActivityKind.Meeting or ActivityKind.Workshop:
                    records.Add(new MeetingHeld(on, body, [activity.Rule.Label.Fi]) { ClockRuleId = activity.Rule.Id });
                    break;
                case ActivityKind.InfoSession:
                    records.Add(new CommunicationMade(on, CommunicationAudience.Internal, activity.Rule.Label.Fi) { ClockRuleId = activity.Rule.Id });
                    break;
                case ActivityKind.Compilation or ActivityKind.Review when handlers.Contains(body) || activity.Rule.Activity == ActivityKind.Compilation:
                    // The compilation of the period that ended last, handled by each body whose handling a metric counts.
                    var period = profile.ReportingPeriods.Previous(profile.ReportingPeriods.PeriodFor(on));
                    records.AddRange(handlers.Where(h => activity.Rule.Activity == ActivityKind.Compilation || h == body)
                        .Select(h => KnowledgeProductHandled.Compilation(on, h, period) with { ClockRuleId = h == body ? activity.Rule.Id : null }));
                    break;
            }
        }

        // What the clock does not schedule: the phenomenon report, communication outside, onboarding.
        // A region without a phenomenon process records its report made outside the library.
        if (phenomenonReport is null)
        {
            records.Add(KnowledgeProductHandled.Phenomenon(new NodaTime.LocalDate(year, 9, 16), approver, "Yksinäisyys sosiaalipalveluissa", approved: true));
        }

        records.Add(new CommunicationMade(new NodaTime.LocalDate(year, 10, 1), CommunicationAudience.External, "verkkosivut", "Ilmiölähtöinen raportti"));
        records.Add(new OnboardingGiven(new NodaTime.LocalDate(year, 2, 10), 3));

        // The assessor is a body of this region (issue 13: it was one built-in region's body for every region): the one
        // that approves phenomenon reports, else the first actor.
        var assessor = profile.GetActor(approver).Name.Get(language);
        var assessments = profile.Metrics.Where(m => m.IsManual).Take(2)
            .Select(m => new ManualAssessment(m.Id, MetricStatus.Partly, "Edistynyt; jatketaan ensi vuonna.", assessor, new NodaTime.LocalDate(year, 12, 10)));
        var evaluation = Evaluator.Evaluate(profile, year, reports, compilations, phenomenonReport is null ? [] : [phenomenonReport], records, assessments.ToList());

        output.WriteLine();
        output.WriteLine($"{Label(language, "Arviointi", "Utvärdering", "Evaluation")} {year} ({records.Count} {Label(language, "kirjausta", "registreringar", "records")})");
        output.Write(evaluation.ToMarkdown(language));
        return true;
    }

    private static string Label(Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };
}
