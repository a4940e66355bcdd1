using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Evaluates a region's plan (fi: toteutussuunnitelman arviointi): every metric of the profile's
/// <see cref="RegionProfile.Metrics"/>, derived ones from the reports, compilations and activity records of the
/// evaluated dates, manual ones from people's assessments.
/// </summary>
/// <remarks>
/// <para>A pure function: the same inputs give the same report, in any order. How each derived rule gives a status:</para>
/// <list type="bullet">
/// <item><see cref="ReportsPerPeriodRule"/>: for each reporting period that ends within the dates, the social reports
/// submitted in it (first submission, Helsinki date; withdrawn reports do not count) among the reports given and the
/// compilations' included reports, and whether a compilation of the period is given.</item>
/// <item><see cref="MeetingsHeldRule"/>: <see cref="MeetingHeld"/> records of the body within the dates against the target,
/// or against the annual-clock activities of the <c>plannedBy</c> rules that start within the dates.</item>
/// <item><see cref="ProductsHandledRule"/>: distinct compilation periods and phenomenon report titles in
/// <see cref="KnowledgeProductHandled"/> records of the body within the dates (and months).</item>
/// <item><see cref="PhenomenonReportRule"/>: a <see cref="KnowledgeProductHandled"/> record of a phenomenon report by the
/// body within the dates (approved, when the rule says so); a <see cref="PhenomenonReport"/> given to the evaluation gives these records itself; otherwise the
/// record of their handling stands for them.</item>
/// <item><see cref="CommunicationRule"/>: <see cref="CommunicationMade"/> records for each audience.</item>
/// <item><see cref="OnboardingRule"/>: new professionals in <see cref="OnboardingGiven"/> records.</item>
/// </list>
/// <para>
/// A manual metric takes the status of its latest assessment (by date; on the same date, the one given last); without
/// one it is <see cref="MetricStatus.NotAssessed"/>. Records of actors the profile does not have simply match no metric.
/// </para>
/// </remarks>
public static class Evaluator
{
    /// <summary>Evaluates the plan for the calendar year <paramref name="year"/>.</summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="year">The year, 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>The evaluation, one result per metric.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2–9998.</exception>
    /// <exception cref="EvaluationException">A report or compilation belongs to another region, or an assessment names an unknown or a derived metric.</exception>
    public static EvaluationReport Evaluate(
        RegionProfile profile,
        int year,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        Guard.Against.OutOfRange(year, nameof(year), AnnualClock.MinYear, AnnualClock.MaxYear);
        return Evaluate(profile, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), reports, compilations, records, assessments);
    }

    /// <summary>
    /// Evaluates the plan for the calendar year <paramref name="year"/>, reading the phenomenon metrics from real
    /// phenomenon reports (<see cref="PhenomenonReport.ActivityRecords"/>) besides any records of reports made outside the library.
    /// </summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="year">The year, 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="phenomenonReports">The region's phenomenon reports.</param>
    /// <param name="records">What else happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>The evaluation, one result per metric.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2–9998.</exception>
    /// <exception cref="EvaluationException">A report, compilation or phenomenon report belongs to another region, or an assessment names an unknown or a derived metric.</exception>
    public static EvaluationReport Evaluate(
        RegionProfile profile,
        int year,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<PhenomenonReport> phenomenonReports,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        Guard.Against.Null(profile);
        var phenomena = NoNulls(phenomenonReports, nameof(phenomenonReports));
        if (phenomena.FirstOrDefault(r => r.RegionId != profile.Id || profile.PhenomenonProcess is null) is { } foreign)
        {
            throw new EvaluationException(EvaluationException.RegionMismatchCode, $"Phenomenon report {foreign.Id} belongs to region '{foreign.RegionId}', not to '{profile.Id}' with its phenomenon process; evaluate each region with its own phenomenon reports.");
        }

        var derived = phenomena.SelectMany(r => r.ActivityRecords(profile));
        return Evaluate(profile, year, reports, compilations, Guard.Against.Null(records).Concat(derived), assessments);
    }

    /// <summary>Evaluates the plan over its validity (<see cref="Plans.ImplementationPlan.Validity"/>).</summary>
    /// <param name="profile">The region profile with its metrics and a plan validity with an end.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>The evaluation, one result per metric.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="EvaluationException">The plan has no validity or no end (code <c>no-validity</c>), or as <see cref="Evaluate(RegionProfile, DateInterval, IEnumerable{SocialReport}, IEnumerable{CompilationContent}, IEnumerable{ActivityRecord}, IEnumerable{ManualAssessment})"/>.</exception>
    public static EvaluationReport EvaluatePlan(
        RegionProfile profile,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        Guard.Against.Null(profile);
        if (profile.Plan.Validity is not { End: { } end } validity)
        {
            throw new EvaluationException(EvaluationException.NoValidityCode, $"The plan of region '{profile.Id}' has no validity with an end date; evaluate a calendar year instead, or give the plan's validity an end.");
        }

        return Evaluate(profile, new DateInterval(validity.Start, end), reports, compilations, records, assessments);
    }

    /// <summary>
    /// Evaluates like <see cref="Evaluate(RegionProfile, DateInterval, IEnumerable{SocialReport}, IEnumerable{CompilationContent}, IEnumerable{ActivityRecord}, IEnumerable{ManualAssessment})"/>,
    /// but answers broken rules of the inputs (<see cref="Check"/>) with <paramref name="error"/> instead of throwing it, so that a caller can ask first.
    /// </summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="dates">The evaluated dates, both ends included, within years 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <param name="evaluation">The evaluation, when the inputs keep every rule.</param>
    /// <param name="error">The broken rules (<see cref="Validation.ProblemsException.Problems"/>), when they do not.</param>
    /// <returns>True when evaluated.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reach outside years 2–9998.</exception>
    public static bool TryEvaluate(
        RegionProfile profile,
        DateInterval dates,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments,
        [NotNullWhen(true)] out EvaluationReport? evaluation,
        [NotNullWhen(false)] out EvaluationException? error)
    {
        var inputs = Inputs.Of(profile, dates, reports, compilations, records, assessments);
        var problems = EvaluationInputs.Check(profile, inputs.Reports, inputs.Compilations, inputs.Assessments);
        (evaluation, error) = problems.Count > 0 ? (null, new EvaluationException(problems)) : (Run(profile, dates, inputs), (EvaluationException?)null);
        return error is null;
    }

    /// <summary>
    /// Checks the inputs of an evaluation against every rule <see cref="Evaluate(RegionProfile, DateInterval, IEnumerable{SocialReport}, IEnumerable{CompilationContent}, IEnumerable{ActivityRecord}, IEnumerable{ManualAssessment})"/>
    /// enforces and returns the problems, so that a caller can ask first. A problem's <see cref="Validation.ValidationProblem.Path"/>
    /// names the argument and the position in it, e.g. <c>reports[3]</c> or <c>assessments[0]</c>.
    /// </summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="dates">The evaluated dates, both ends included, within years 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>Every problem found, each with a code of <see cref="EvaluationException"/>; empty when the inputs can be evaluated.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reach outside years 2–9998.</exception>
    public static IReadOnlyList<Validation.ValidationProblem> Check(
        RegionProfile profile,
        DateInterval dates,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        var inputs = Inputs.Of(profile, dates, reports, compilations, records, assessments);
        return EvaluationInputs.Check(profile, inputs.Reports, inputs.Compilations, inputs.Assessments);
    }

    /// <summary>Evaluates the plan over <paramref name="dates"/>.</summary>
    /// <param name="profile">The region profile with its metrics.</param>
    /// <param name="dates">The evaluated dates, both ends included, within years 2–9998.</param>
    /// <param name="reports">The region's social reports.</param>
    /// <param name="compilations">The region's compilations.</param>
    /// <param name="records">What happened.</param>
    /// <param name="assessments">People's assessments of the manual metrics; empty for none.</param>
    /// <returns>The evaluation, one result per metric.</returns>
    /// <exception cref="ArgumentNullException">A required argument is null, or a list holds null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="dates"/> reach outside years 2–9998.</exception>
    /// <exception cref="EvaluationException">A report or compilation belongs to another region (code <c>region-mismatch</c>), or an
    /// assessment names a metric the profile does not have (<c>unknown-metric</c>) or a derived one (<c>derived-metric-assessed</c>): the problems of
    /// <see cref="Check"/>, all in <see cref="Validation.ProblemsException.Problems"/>, the first one's code as <see cref="DomainException.Code"/>.</exception>
    public static EvaluationReport Evaluate(
        RegionProfile profile,
        DateInterval dates,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent> compilations,
        IEnumerable<ActivityRecord> records,
        IEnumerable<ManualAssessment> assessments)
    {
        var inputs = Inputs.Of(profile, dates, reports, compilations, records, assessments);
        var problems = EvaluationInputs.Check(profile, inputs.Reports, inputs.Compilations, inputs.Assessments);
        return problems.Count > 0 ? throw new EvaluationException(problems) : Run(profile, dates, inputs);
    }

    private static EvaluationReport Run(RegionProfile profile, DateInterval dates, Inputs inputs)
    {
        var context = new Context(profile, dates, inputs.Reports, inputs.Compilations, inputs.Records);
        var results = profile.Metrics.Select(metric => metric.Derived is { } derived
            ? context.Derive(metric, derived)
            : Assessed(metric, inputs.Assessments));
        return new EvaluationReport(profile.Id, dates.Start, dates.End, results.ToList());
    }

    private static List<T> NoNulls<T>(IEnumerable<T> items, string name)
        where T : class
    {
        Guard.Against.Null(items, name);
        var list = items.ToList();
        return list.Contains(null!) ? throw new ArgumentNullException(name, "The list holds null.") : list;
    }

    private static MetricResult Assessed(EvaluationMetric metric, List<ManualAssessment> assessments)
    {
        var latest = assessments.Select((a, i) => (Assessment: a, Index: i))
            .Where(a => a.Assessment.MetricId == metric.Id)
            .OrderBy(a => a.Assessment.On).ThenBy(a => a.Index)
            .Select(a => a.Assessment)
            .LastOrDefault();
        return new MetricResult(metric, latest?.Status ?? MetricStatus.NotAssessed, null, null, null, latest);
    }

    // A count with its noun in the singular for one and the plural otherwise (Finnish: the partitive, as after numbers
    // other than one), so that no explanation says "1 reports".
    private static string Counted(int count, string one, string many) =>
        FormattableString.Invariant($"{count} {(count == 1 ? one : many)}");

    private static LocalizedText Say(FormattableString fi, FormattableString sv, FormattableString en) =>
        new(FormattableString.Invariant(fi), FormattableString.Invariant(sv), FormattableString.Invariant(en));

    private static MetricStatus AllSomeNone(int reached, int needed) =>
        reached >= needed ? MetricStatus.Realized : reached > 0 ? MetricStatus.Partly : MetricStatus.NotRealized;

    // The inputs as lists, with the programming errors (null, dates out of range) refused.
    private sealed record Inputs(List<SocialReport> Reports, List<CompilationContent> Compilations, List<ActivityRecord> Records, List<ManualAssessment> Assessments)
    {
        public static Inputs Of(RegionProfile profile, DateInterval dates, IEnumerable<SocialReport> reports, IEnumerable<CompilationContent> compilations, IEnumerable<ActivityRecord> records, IEnumerable<ManualAssessment> assessments)
        {
            Guard.Against.Null(profile);
            Guard.Against.Null(dates);
            Guard.Against.OutOfRange(dates.Start.Year, nameof(dates), AnnualClock.MinYear, AnnualClock.MaxYear);
            Guard.Against.OutOfRange(dates.End.Year, nameof(dates), AnnualClock.MinYear, AnnualClock.MaxYear);
            return new Inputs(
                NoNulls(reports, nameof(reports)),
                NoNulls(compilations, nameof(compilations)),
                NoNulls(records, nameof(records)).Where(r => dates.Contains(r.On)).ToList(),
                NoNulls(assessments, nameof(assessments)));
        }
    }

    private sealed class Context(RegionProfile profile, DateInterval dates, List<SocialReport> reports, List<CompilationContent> compilations, List<ActivityRecord> records)
    {
        public MetricResult Derive(EvaluationMetric metric, MetricDerivation derived) => derived switch
        {
            { ReportsPerPeriod: { } rule } => ReportsPerPeriod(metric, rule),
            { MeetingsHeld: { } rule } => MeetingsHeld(metric, rule),
            { ProductsHandled: { } rule } => ProductsHandled(metric, rule),
            { PhenomenonReport: { } rule } => PhenomenonReport(metric, rule),
            { Communication: { } rule } => Communication(metric, rule),
            _ => Onboarding(metric, derived.Onboarding!),
        };

        private MetricResult ReportsPerPeriod(EvaluationMetric metric, ReportsPerPeriodRule rule)
        {
            var periods = Enumerable.Range(dates.Start.Year - 1, dates.End.Year - dates.Start.Year + 2)
                .Where(y => y >= AnnualClock.MinYear)
                .SelectMany(profile.ReportingPeriods.PeriodsInYear)
                .Distinct()
                .Where(p => dates.Contains(p.End))
                .OrderBy(p => p.Start)
                .ToList();
            var submitted = reports.Concat(compilations.SelectMany(c => c.Included))
                .Where(r => r.SubmittedAt is not null && r.Status != LifecycleStatus.Withdrawn)
                .DistinctBy(r => r.Id)
                .Select(r => profile.ReportingPeriods.PeriodOf(r.SubmittedAt!.Value))
                .ToList();
            var rows = periods.Select(p => (Period: p, Count: submitted.Count(q => q == p), Compiled: compilations.Any(c => c.Period == p))).ToList();
            var met = rows.Count(r => r.Count >= rule.Minimum && (!rule.Compiled || r.Compiled));
            string Rows(string oneReport, string reportsWord, string compiledWord, string notCompiledWord) => string.Join("; ", rows.Select(r =>
                $"{r.Period}: {Counted(r.Count, oneReport, reportsWord)}" + (rule.Compiled ? ", " + (r.Compiled ? compiledWord : notCompiledWord) : string.Empty)));
            var explanation = rows.Count == 0
                ? Say($"Yksikään raportointikausi ei pääty arvioitavalla ajalla", $"Ingen rapporteringsperiod slutar under den bedömda tiden", $"No reporting period ends within the evaluated dates")
                : Say(
                    $"{met} / {rows.Count} raportointikautta täyttää tavoitteen (vähintään {Counted(rule.Minimum, "raportti", "raporttia")}{(rule.Compiled ? " ja kooste" : string.Empty)}): {Rows("raportti", "raporttia", "koottu", "ei koottu")}",
                    $"{met} / {rows.Count} rapporteringsperioder uppfyller målet (minst {Counted(rule.Minimum, "rapport", "rapporter")}{(rule.Compiled ? " och sammanställning" : string.Empty)}): {Rows("rapport", "rapporter", "sammanställd", "inte sammanställd")}",
                    $"{met} / {rows.Count} reporting periods meet the target (at least {Counted(rule.Minimum, "report", "reports")}{(rule.Compiled ? " and a compilation" : string.Empty)}): {Rows("report", "reports", "compiled", "not compiled")}");
            var status = rows.Count == 0 ? MetricStatus.NotRealized : AllSomeNone(met, rows.Count);
            return new MetricResult(metric, status, met, rows.Count, explanation, null);
        }

        private MetricResult MeetingsHeld(EvaluationMetric metric, MeetingsHeldRule rule)
        {
            var held = records.OfType<MeetingHeld>().Count(m => m.Body == rule.Body);
            var planned = rule.Target ?? Enumerable.Range(dates.Start.Year, dates.End.Year - dates.Start.Year + 1)
                .SelectMany(y => AnnualClock.For(profile, y).Activities)
                .Count(a => rule.PlannedBy!.Contains(a.Rule.Id) && dates.Contains(a.Start));
            var clock = rule.PlannedBy is null;
            var explanation = Say(
                $"{held} / {planned} kokousta pidetty ({Name(rule.Body, Language.Finnish)}){(clock ? string.Empty : "; suunnitellut vuosikellosta")}",
                $"{held} / {planned} möten hållna ({Name(rule.Body, Language.Swedish)}){(clock ? string.Empty : "; planerade enligt årsklockan")}",
                $"{held} / {planned} meetings held ({Name(rule.Body, Language.English)}){(clock ? string.Empty : "; planned by the annual clock")}");
            return new MetricResult(metric, held >= planned ? MetricStatus.Realized : MetricStatus.NotRealized, held, planned, explanation, null);
        }

        private MetricResult ProductsHandled(EvaluationMetric metric, ProductsHandledRule rule)
        {
            var handled = records.OfType<KnowledgeProductHandled>()
                .Where(h => h.Body == rule.Body && (rule.InMonths is null || rule.InMonths.Contains(h.On.Month)))
                .OrderBy(h => h.On)
                .ToList();
            var compilationsHandled = handled.Where(h => h.CompilationPeriod is not null).DistinctBy(h => h.CompilationPeriod).ToList();
            var reportsHandled = handled.Where(h => h.PhenomenonReport is not null).DistinctBy(h => h.PhenomenonReport, StringComparer.Ordinal).ToList();
            var c = rule.Compilations is { } tc ? (Count: compilationsHandled.Count, Target: tc) : ((int Count, int Target)?)null;
            var p = rule.PhenomenonReports is { } tp ? (Count: reportsHandled.Count, Target: tp) : ((int Count, int Target)?)null;
            var counted = (c is null ? [] : compilationsHandled).Concat(p is null ? [] : reportsHandled).Select(h => h.On).Order().Select(FinnishDate.Format).ToList();
            string Text(Language language, string compilationsWord, string reportsWord, string monthsWord)
            {
                var parts = new List<string>();
                if (c is { } cc)
                {
                    parts.Add(FormattableString.Invariant($"{cc.Count} / {cc.Target} {compilationsWord}"));
                }

                if (p is { } pp)
                {
                    parts.Add(FormattableString.Invariant($"{pp.Count} / {pp.Target} {reportsWord}"));
                }

                var months = rule.InMonths is { } m ? $" {monthsWord} {string.Join(", ", m)}" : string.Empty;
                var when = counted.Count > 0 ? ": " + string.Join(", ", counted) : string.Empty;
                return $"{string.Join(", ", parts)}{months} ({Name(rule.Body, language)}{when})";
            }

            var explanation = new LocalizedText(
                Text(Language.Finnish, "koostetta käsitelty", "ilmiölähtöistä raporttia käsitelty", "kuukausina"),
                Text(Language.Swedish, "sammanställningar behandlade", "fenomenbaserade rapporter behandlade", "i månaderna"),
                Text(Language.English, "compilations handled", "phenomenon reports handled", "in months"));
            var reached = (c is not { } c1 || c1.Count >= c1.Target) && (p is not { } p1 || p1.Count >= p1.Target);
            var measured = (c?.Count ?? 0) + (p?.Count ?? 0);
            var status = reached ? MetricStatus.Realized : measured > 0 ? MetricStatus.Partly : MetricStatus.NotRealized;
            return new MetricResult(metric, status, measured, (c?.Target ?? 0) + (p?.Target ?? 0), explanation, null);
        }

        private MetricResult PhenomenonReport(EvaluationMetric metric, PhenomenonReportRule rule)
        {
            var found = records.OfType<KnowledgeProductHandled>()
                .Where(h => h.Body == rule.Body && h.PhenomenonReport is not null && (!rule.Approved || h.Approved))
                .OrderBy(h => h.On)
                .ToList();
            var titles = found.Select(h => h.PhenomenonReport!).Distinct(StringComparer.Ordinal).Count();
            LocalizedText explanation;
            if (found.FirstOrDefault() is { } first)
            {
                var date = FinnishDate.Format(first.On);
                explanation = rule.Approved
                    ? Say($"Hyväksytty: ”{first.PhenomenonReport}” ({Name(rule.Body, Language.Finnish)}, {date})", $"Godkänd: ”{first.PhenomenonReport}” ({Name(rule.Body, Language.Swedish)}, {date})", $"Approved: “{first.PhenomenonReport}” ({Name(rule.Body, Language.English)}, {date})")
                    : Say($"Käsitelty: ”{first.PhenomenonReport}” ({Name(rule.Body, Language.Finnish)}, {date})", $"Behandlad: ”{first.PhenomenonReport}” ({Name(rule.Body, Language.Swedish)}, {date})", $"Handled: “{first.PhenomenonReport}” ({Name(rule.Body, Language.English)}, {date})");
            }
            else
            {
                explanation = rule.Approved
                    ? Say($"Ilmiölähtöistä raporttia ei hyväksytty ({Name(rule.Body, Language.Finnish)})", $"Ingen fenomenbaserad rapport godkänd ({Name(rule.Body, Language.Swedish)})", $"No phenomenon report approved ({Name(rule.Body, Language.English)})")
                    : Say($"Ilmiölähtöistä raporttia ei käsitelty ({Name(rule.Body, Language.Finnish)})", $"Ingen fenomenbaserad rapport behandlad ({Name(rule.Body, Language.Swedish)})", $"No phenomenon report handled ({Name(rule.Body, Language.English)})");
            }

            return new MetricResult(metric, titles > 0 ? MetricStatus.Realized : MetricStatus.NotRealized, titles, 1, explanation, null);
        }

        private MetricResult Communication(EvaluationMetric metric, CommunicationRule rule)
        {
            var made = records.OfType<CommunicationMade>().ToList();
            var counts = rule.Audiences.Select(a => (Audience: a, Count: made.Count(m => m.Audience == a))).ToList();
            var reached = counts.Count(c => c.Count > 0);
            string Text(string prefix, Func<CommunicationAudience, string> word) =>
                prefix + string.Join(", ", counts.Select(c => FormattableString.Invariant($"{word(c.Audience)} {c.Count}")));
            var explanation = new LocalizedText(
                Text("Viestintä: ", a => a switch { CommunicationAudience.Internal => "sisäinen", CommunicationAudience.DecisionMakers => "päättäjät", _ => "ulkoinen" }),
                Text("Kommunikation: ", a => a switch { CommunicationAudience.Internal => "intern", CommunicationAudience.DecisionMakers => "beslutsfattare", _ => "extern" }),
                Text("Communications: ", a => a switch { CommunicationAudience.Internal => "internal", CommunicationAudience.DecisionMakers => "decision makers", _ => "external" }));
            return new MetricResult(metric, AllSomeNone(reached, counts.Count), reached, counts.Count, explanation, null);
        }

        private MetricResult Onboarding(EvaluationMetric metric, OnboardingRule rule)
        {
            var given = records.OfType<OnboardingGiven>().ToList();
            var people = given.Sum(g => g.NewProfessionals);
            var explanation = Say(
                $"Perehdytetty {Counted(people, "uusi ammattihenkilö", "uutta ammattihenkilöä")} ({Counted(given.Count, "kerta", "kertaa")}); tavoite vähintään {rule.Minimum}",
                $"Introduktion för {Counted(people, "ny yrkesutbildad person", "nya yrkesutbildade personer")} ({Counted(given.Count, "gång", "gånger")}); mål minst {rule.Minimum}",
                $"{Counted(people, "new professional", "new professionals")} onboarded ({Counted(given.Count, "time", "times")}); target at least {rule.Minimum}");
            return new MetricResult(metric, people >= rule.Minimum ? MetricStatus.Realized : MetricStatus.NotRealized, people, rule.Minimum, explanation, null);
        }

        private string Name(ActorId id, Language language) => profile.FindActor(id)?.Name.Get(language) ?? id.Value;
    }
}
