using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// The end of the main job's year: the activity records a region keeps, made from its annual clock
/// (<see cref="ActivityRecord.For"/>; most activities done, every fifth missed) and from the compilations the year
/// really made (a compilation is handled only once it exists, once by each body whose handling a metric counts), a few
/// communications and onboarding; the year's phenomenon report (or, for a region without a phenomenon process, a
/// record of one made outside the library); the plan's metrics evaluated, stored and reloaded as JSON, and printed as
/// the Markdown table.
/// </summary>
internal static class EvaluationSection
{
    public static bool Write(RegionProfile profile, int year, Language language, IReadOnlyList<SocialReport> reports, IReadOnlyList<Compilation> compilations, RakenteellinenSosiaalityo.Core.Phenomena.PhenomenonReport? phenomenonReport, TextWriter output)
    {
        var compiled = compilations.Select(c => c.Content.Period).ToHashSet();
        var handlers = profile.Metrics.Select(m => m.CompilationHandler).OfType<ActorId>().Distinct().ToList();
        var records = new List<ActivityRecord>();
        var activities = AnnualClock.For(profile, year).Activities;
        for (var i = 0; i < activities.Count; i++)
        {
            if (i % 5 == 4)
            {
                continue; // missed
            }

            var activity = activities[i];
            var on = activity.End.Year == year ? activity.Start.PlusDays(Math.Min(9, activity.Window.Length - 1)) : activity.Start;
            switch (ActivityRecord.For(activity, on, profile.ReportingPeriods))
            {
                case KnowledgeProductHandled { CompilationPeriod: { } period } handled when compiled.Contains(period):
                    // Compiling hands the product to every body whose handling a metric counts; a review is its body's own.
                    var bodies = activity.Rule.Activity == ActivityKind.Compilation ? handlers : handlers.Where(h => h == handled.Body);
                    records.AddRange(bodies.Select(h => KnowledgeProductHandled.Compilation(on, h, period) with { ClockRuleId = h == handled.Body ? activity.Rule.Id : null }));
                    break;
                case KnowledgeProductHandled:
                    break; // a compilation the year did not make cannot be handled
                case { } record:
                    records.Add(record);
                    break;
            }
        }

        // Each body handles each compilation once, at its first handling.
        records = records.Where(r => r is not KnowledgeProductHandled h || records.OfType<KnowledgeProductHandled>().First(f => f.Body == h.Body && f.CompilationPeriod == h.CompilationPeriod) == r).ToList();

        // What the clock does not schedule: the phenomenon report, communication outside, onboarding.
        // A region without a phenomenon process records its report made outside the library.
        var approver = profile.Metrics.Select(m => m.PhenomenonReportHandler).OfType<ActorId>().FirstOrDefault(profile.Actors[0].Id);
        if (phenomenonReport is null)
        {
            records.Add(KnowledgeProductHandled.Phenomenon(new NodaTime.LocalDate(year, 9, 16), approver, Words.Say(language, "Yksinäisyys sosiaalipalveluissa", "Ensamhet i socialtjänsterna", "Loneliness in the social services"), approved: true));
        }

        records.Add(new CommunicationMade(new NodaTime.LocalDate(year, 10, 1), CommunicationAudience.External, Words.Say(language, "verkkosivut", "webbplatsen", "website"), Words.Say(language, "Ilmiölähtöinen raportti", "Fenomenbaserad rapport", "Phenomenon-based report")));
        records.Add(new OnboardingGiven(new NodaTime.LocalDate(year, 2, 10), 3));
        var stored = Documents.Reload(records);

        // The assessor is a body of this region, from its profile: the one that approves phenomenon reports, else the first actor.
        var assessor = profile.GetActor(approver).Name.Get(language);
        var assessments = profile.Metrics.Where(m => m.IsManual).Take(2)
            .Select(m => new ManualAssessment(m.Id, MetricStatus.Partly, Words.Say(language, "Edistynyt; jatketaan ensi vuonna.", "Framsteg; fortsätter nästa år.", "Progressing; continued next year."), assessor, new NodaTime.LocalDate(year, 12, 10)));
        var evaluation = Documents.Reload(Evaluator.Evaluate(profile, year, reports, compilations.Select(c => c.Content).ToList(), phenomenonReport is null ? [] : [phenomenonReport], stored, assessments.ToList()));

        output.WriteLine();
        output.WriteLine($"{Words.Say(language, "Arviointi", "Utvärdering", "Evaluation")} {year} ({stored.Count} {Words.Say(language, "kirjausta", "registreringar", "records")})");
        output.Write(evaluation.ToMarkdown(language));
        return true;
    }
}
