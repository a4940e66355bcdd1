using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Testing;

/// <summary>
/// The configuration test kit (fi: konfiguraation testipaketti): checks that a schema-valid region profile is ready for
/// use by dry-running a synthetic year through it, and returns what it finds with JSON paths and severities.
/// </summary>
/// <remarks>
/// <para>
/// The dry run: <see cref="SyntheticReports"/> are walked through every step of the report process by the actors the
/// profile names, in every reporting period touching the year; every period's compilation is made at the end of its due
/// window (<see cref="Compiler.DueWindow"/>); the first compilation is taken through every step of the compilation
/// process, and a phenomenon report of the year through every step of the phenomenon process (when the profile has one:
/// a session of each workshop, the text written at the write step), each step by the actor the profile names; the
/// annual clock is built; the plan's metrics are evaluated with synthetic activity records (what each clock activity
/// leaves, by <see cref="ActivityRecord.For"/>, a handling of each compilation by each body a metric counts, an approved
/// phenomenon report, internal and external communication, onboarding).
/// </para>
/// <para>Errors (the profile cannot be used):</para>
/// <list type="bullet">
/// <item><c>step-not-performable</c>: a step of the report, compilation or phenomenon process that the dry run cannot take
/// by its named actor (at <c>$.compilationProcess.steps[i]</c>, with the engine's reason), or whose performer is not an
/// actor of the profile (at <c>$.…Process.steps[i].performedBy</c>; possible in a profile built in code).</item>
/// <item><c>compilation-never-due</c>: a period's compilation has no due window (the compilation process's first step has no or no usable <c>due</c>).</item>
/// <item><c>compilation-fails</c>: a period's compilation cannot be made at the end of its due window.</item>
/// <item><c>clock-fails</c>: the annual clock cannot be built for the year.</item>
/// <item><c>metric-not-computable</c>: a derived metric counts the records of an actor the profile does not have, or the evaluation of the synthetic year fails.</item>
/// </list>
/// <para>Warnings (it works, but is likely a mistake or an unstated assumption):</para>
/// <list type="bullet">
/// <item><c>idle-actor</c>: an actor other than an external party performs no step, is responsible for or takes part in no clock rule and is counted by no metric.</item>
/// <item><c>uneven-periods</c>: the longest reporting period is more than one and a half times the shortest.</item>
/// <item><c>default-without-assumption</c>: the profile relies on the built-in <see cref="CompilationRules.Default"/> with no <c>assumptions</c> entry of subject <c>compilationRules</c>.</item>
/// </list>
/// </remarks>
public static class ProfileCheck
{
    /// <summary>The year <see cref="Check"/> dry-runs when none is given.</summary>
    public const int DefaultYear = 2025;

    /// <summary>Checks <paramref name="profile"/> for use by dry-running the synthetic year <paramref name="year"/> through it.</summary>
    /// <param name="profile">A loaded (so schema-valid) region profile.</param>
    /// <param name="year">The year to dry-run, 2–9998.</param>
    /// <returns>The findings, errors first, then by path; empty when the profile is ready for use.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2–9998.</exception>
    public static IReadOnlyList<ProfileFinding> Check(RegionProfile profile, int year = DefaultYear)
    {
        Guard.Against.Null(profile);
        Guard.Against.OutOfRange(year, nameof(year), AnnualClock.MinYear, AnnualClock.MaxYear);
        var findings = new List<ProfileFinding>();
        var periods = profile.ReportingPeriods.PeriodsInYear(year);
        var reports = DryRunReports(profile, periods, findings);
        var compilations = DryRunCompilations(profile, periods, reports, findings);
        Performers(profile, findings);
        var walked = DryRunCompilationSteps(profile, compilations, findings);
        DryRunPhenomenonSteps(profile, year, walked, findings);
        var clock = DryRunClock(profile, year, findings);
        DryRunEvaluation(profile, year, reports, compilations, clock, findings);
        IdleActors(profile, findings);
        UnevenPeriods(profile, periods, findings);
        Defaults(profile, findings);
        return findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Code, StringComparer.Ordinal).ToList();
    }

    /// <summary>
    /// One assertion for a region's own tests (any test framework): throws when <see cref="Check"/> finds an error,
    /// or also a warning when <paramref name="warningsAsErrors"/> is true, with every finding in the message.
    /// </summary>
    /// <param name="profile">A loaded (so schema-valid) region profile.</param>
    /// <param name="warningsAsErrors">True to fail on warnings too.</param>
    /// <param name="year">The year to dry-run, 2–9998.</param>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2–9998.</exception>
    /// <exception cref="ProfileCheckException">The check found an error, or a warning with <paramref name="warningsAsErrors"/>.</exception>
    public static void AssertUsable(RegionProfile profile, bool warningsAsErrors = false, int year = DefaultYear)
    {
        var findings = Check(profile, year);
        if (findings.Any(f => f.Severity == ProfileFindingSeverity.Error || warningsAsErrors))
        {
            throw new ProfileCheckException(profile.Id, findings);
        }
    }

    private static List<SocialReport> DryRunReports(RegionProfile profile, IReadOnlyList<ReportingPeriod> periods, List<ProfileFinding> findings)
    {
        var reports = new List<SocialReport>();
        var options = SyntheticReportOptions.Default with { PendingShare = 0, ReturnedShare = 0, WithdrawnShare = 0 };
        for (var i = 0; i < periods.Count; i++)
        {
            try
            {
                reports.AddRange(SyntheticReports.Generate(profile, periods[i], 12, seed: i + 1, options with { IdPrefix = "P" + (i + 1).ToString(CultureInfo.InvariantCulture) }));
            }
            catch (DomainException e)
            {
                findings.Add(Error("step-not-performable", "$.reportProcess", $"Synthiset raportit eivät kulje raporttiprosessin läpi: {e.Message}", $"Syntetiska rapporter går inte genom rapportprocessen: {e.Message}", $"Synthetic reports cannot be walked through the report process: {e.Message}"));
                return reports;
            }
        }

        // Every step up to the completion step must be performed in a report taken to completion.
        var steps = profile.ReportProcess.Steps;
        var done = profile.ReportProcess.CompletionStep.Id;
        for (var s = 0; s < steps.Count; s++)
        {
            var step = steps[s];
            if (reports.Count > 0 && !reports.Any(r => r.History.Any(h => h.StepId == step.Id)))
            {
                findings.Add(Error("step-not-performable", $"$.reportProcess.steps[{s}]", $"Kukaan ei suorita vaihetta '{step.Id}' synteettisen vuoden raporteissa.", $"Ingen utför steget '{step.Id}' i det syntetiska årets rapporter.", $"Nobody performs step '{step.Id}' in the synthetic year's reports."));
            }

            if (step.Id == done)
            {
                break;
            }
        }

        return reports;
    }

    private static List<CompilationContent> DryRunCompilations(RegionProfile profile, IReadOnlyList<ReportingPeriod> periods, List<SocialReport> reports, List<ProfileFinding> findings)
    {
        var compilations = new List<CompilationContent>();
        foreach (var period in periods)
        {
            var window = Compiler.DueWindow(profile, period);
            if (window is null)
            {
                findings.Add(Error("compilation-never-due", "$.compilationProcess.steps[0].due", $"Kauden {period} koosteella ei ole määräaikaa: anna koosteprosessin ensimmäiselle vaiheelle due.", $"Sammanställningen av perioden {period} har ingen tidsfrist: ge sammanställningsprocessens första steg ett due.", $"The compilation of period {period} is never due: give the compilation process's first step a due rule."));
                continue;
            }

            if (Compiler.TryCompile(profile, period, FinnishTime.StartOf(window.End.PlusDays(1)), reports, compilations, out var content, out var error))
            {
                compilations.Add(content);
            }
            else
            {
                findings.Add(Error("compilation-fails", "$.compilationProcess", $"Kauden {period} koostetta ei voi tehdä: {error.Message}", $"Sammanställningen av perioden {period} kan inte göras: {error.Message}", $"The compilation of period {period} cannot be made: {error.Message}"));
            }
        }

        return compilations;
    }

    /// <summary>A step whose performer is not an actor of the profile (possible in a profile built in code): nobody can perform it.</summary>
    private static void Performers(RegionProfile profile, List<ProfileFinding> findings)
    {
        foreach (var (name, process) in new[] { ("reportProcess", profile.ReportProcess), ("compilationProcess", profile.CompilationProcess), ("phenomenonProcess", profile.PhenomenonProcess) })
        {
            for (var s = 0; s < (process?.Steps.Count ?? 0); s++)
            {
                var step = process!.Steps[s];
                if (profile.FindActor(step.PerformedBy) is null)
                {
                    findings.Add(NotPerformable(
                        $"$.{name}.steps[{s}].performedBy",
                        step.Id,
                        $"toimija '{step.PerformedBy}' ei ole profiilin toimija",
                        $"aktören '{step.PerformedBy}' är inte en aktör i profilen",
                        $"actor '{step.PerformedBy}' is not an actor of the profile"));
                }
            }
        }
    }

    /// <summary>
    /// Walks the first compilation through every step of the compilation process, each by the actor the profile names,
    /// recording what the step must record (and a decided action where it records decisions): a step the engine
    /// refuses is one nobody can perform.
    /// </summary>
    private static List<Compilation> DryRunCompilationSteps(RegionProfile profile, List<CompilationContent> compilations, List<ProfileFinding> findings)
    {
        if (compilations is not [var content, ..])
        {
            return [];
        }

        var process = profile.CompilationProcess;
        var at = content.Cutoff;
        var first = process.First;
        if (Compilation.CanCreate(profile, content, new Performer(first.PerformedBy), at, StepEntries(first), StepDecisions(first, at)) is { IsAllowed: false } refused)
        {
            findings.Add(Refused(profile, "compilationProcess", first, refused));
            return [];
        }

        var compilation = Compilation.Create(profile, content, new Performer(first.PerformedBy), at, StepEntries(first), StepDecisions(first, at));
        while (compilation.PendingSteps(profile) is [var step, ..])
        {
            at += Duration.FromDays(7);
            var by = new Performer(step.PerformedBy);
            if (compilation.CanPerform(profile, step.Id, by, at, StepEntries(step), StepDecisions(step, at)) is { IsAllowed: false } stepRefused)
            {
                findings.Add(Refused(profile, "compilationProcess", step, stepRefused));
                return [compilation];
            }

            compilation = compilation.Perform(profile, step.Id, by, at, StepEntries(step), StepDecisions(step, at));
        }

        return [compilation];
    }

    /// <summary>
    /// Walks a phenomenon report of the year through every step of the phenomenon process (when the profile has one),
    /// each by the actor the profile names: a session of each workshop before its step, the text written before the
    /// write step, what each step must record, the recipients where it publishes. A step the engine refuses is one
    /// nobody can perform.
    /// </summary>
    private static void DryRunPhenomenonSteps(RegionProfile profile, int year, List<Compilation> compilations, List<ProfileFinding> findings)
    {
        if (profile is not { PhenomenonProcess: { } process, PhenomenonReports: { } settings } || profile.PhenomenonThemes.Count == 0)
        {
            return;
        }

        var selection = new PhenomenonSelection(
            year,
            "Synteettinen ilmiöraportti",
            [profile.PhenomenonThemes[0].Id],
            settings.SelectionSources.Take(1).Select(source => new SelectionReason(source, "Synteettinen peruste.")).ToList(),
            "Synteettinen valinta.");
        var at = FinnishTime.StartOf(new LocalDate(year, 1, 15));
        var first = process.First;
        var id = PhenomenonReportId.For(profile.Id, year);
        if (PhenomenonReport.CanChoose(profile, id, selection, new Performer(first.PerformedBy), at) is { IsAllowed: false } refused)
        {
            findings.Add(Refused(profile, "phenomenonProcess", first, refused));
            return;
        }

        var report = PhenomenonReport.Choose(profile, id, selection, new Performer(first.PerformedBy), at);
        while (report.PendingSteps(profile) is [var step, ..])
        {
            at += Duration.FromDays(7);
            var by = new Performer(step.PerformedBy);
            foreach (var workshop in settings.Workshops.Where(w => w.Step == step.Id))
            {
                var session = new WorkshopSession(
                    workshop.Number,
                    FinnishTime.DateOf(at),
                    workshop.Method,
                    new WorkshopParticipants([step.PerformedBy], null, 4),
                    workshop.Collects.Select(kind => new WorkshopInput(kind, "Synteettinen havainto.")).ToList());
                if (report.CanRecordWorkshop(profile, session, by, at).IsAllowed)
                {
                    report = report.RecordWorkshop(profile, session, by, at);
                }
            }

            if (step.Id == settings.WriteStep)
            {
                var text = report.ComposeDraft(profile, compilations) with { EffectsOnClients = "Synteettinen kuvaus vaikutuksista asiakkaisiin." };
                if (report.CanWrite(profile, text, by, at).IsAllowed)
                {
                    report = report.Write(profile, text, compilations, by, at);
                }
            }

            var recipients = step.Accepts(RecordKind.Publication) ? settings.Recipients : [];
            if (report.CanPerform(profile, step.Id, by, at, StepEntries(step), StepDecisions(step, at), recipients) is { IsAllowed: false } stepRefused)
            {
                findings.Add(Refused(profile, "phenomenonProcess", step, stepRefused));
                return;
            }

            report = report.Perform(profile, step.Id, by, at, StepEntries(step), StepDecisions(step, at), recipients);
        }
    }

    private static List<RecordEntry> StepEntries(ProcessStep step) =>
        step.Records.Where(k => k != RecordKind.Decision).Select(k => new RecordEntry(k, "Synteettinen kirjaus.")).ToList();

    private static List<ActionDecision>? StepDecisions(ProcessStep step, Instant at) =>
        step.Records.Contains(RecordKind.Decision)
            ? [new ActionDecision("Synteettinen toimenpide.", new ActionResponsible(step.PerformedBy), FinnishTime.DateOf(at).PlusMonths(4))]
            : null;

    private static ProfileFinding Refused(RegionProfile profile, string process, ProcessStep step, LifecycleCheck refused)
    {
        var index = (process == "compilationProcess" ? profile.CompilationProcess : profile.PhenomenonProcess!).Steps.ToList().IndexOf(step);
        // The engine's reason is in English, as every message of the library.
        return NotPerformable($"$.{process}.steps[{index}]", step.Id, refused.ToString(), refused.ToString(), refused.ToString());
    }

    private static ProfileFinding NotPerformable(string path, StepId stepId, string fi, string sv, string en) =>
        Error("step-not-performable", path, $"Kukaan ei voi suorittaa vaihetta '{stepId}': {fi}.", $"Ingen kan utföra steget '{stepId}': {sv}.", $"Nobody can perform step '{stepId}': {en}.");

    private static AnnualClock? DryRunClock(RegionProfile profile, int year, List<ProfileFinding> findings)
    {
        try
        {
            return AnnualClock.For(profile, year);
        }
        catch (DomainException e)
        {
            findings.Add(Error("clock-fails", "$.clock", $"Vuosikelloa ei voi muodostaa vuodelle {year}: {e.Message}", $"Årshjulet kan inte byggas för år {year}: {e.Message}", $"The annual clock cannot be built for {year}: {e.Message}"));
            return null;
        }
    }

    private static void DryRunEvaluation(RegionProfile profile, int year, List<SocialReport> reports, List<CompilationContent> compilations, AnnualClock? clock, List<ProfileFinding> findings)
    {
        // The records the clock's activities leave, made by the library's one mapping (a meeting held, an info session,
        // a compilation handled by the responsible body), each on the activity's first day.
        var records = new List<ActivityRecord>();
        foreach (var activity in clock?.Activities ?? [])
        {
            if (activity.Start.Year == year && ActivityRecord.For(activity, activity.Start, profile.ReportingPeriods) is { } record)
            {
                records.Add(record);
            }
        }

        var derivations = profile.Metrics.Select(m => m.Derived).OfType<MetricDerivation>().ToList();
        foreach (var body in derivations.OfType<ProductsHandledRule>().Select(d => d.Body).Distinct())
        {
            foreach (var compilation in compilations)
            {
                var on = compilation.Period.End.PlusDays(20);
                records.Add(KnowledgeProductHandled.Compilation(on.Year == year ? on : new LocalDate(year, 12, 31), body, compilation.Period));
            }
        }

        foreach (var body in derivations.OfType<PhenomenonReportRule>().Select(d => d.Body).Distinct())
        {
            records.Add(KnowledgeProductHandled.Phenomenon(new LocalDate(year, 9, 15), body, "Synteettinen ilmiöraportti", approved: true));
        }

        records.Add(new CommunicationMade(new LocalDate(year, 3, 1), CommunicationAudience.Internal, "intranet"));
        records.Add(new CommunicationMade(new LocalDate(year, 10, 1), CommunicationAudience.External, "verkkosivut"));
        records.Add(new OnboardingGiven(new LocalDate(year, 2, 1), 3));

        if (!Evaluator.TryEvaluate(profile, new DateInterval(new LocalDate(year, 1, 1), new LocalDate(year, 12, 31)), reports, compilations, records, [], out var evaluation, out var error))
        {
            findings.Add(Error("metric-not-computable", "$.metrics", $"Mittareita ei voi arvioida: {error.Message}", $"Mätarna kan inte utvärderas: {error.Message}", $"The metrics cannot be evaluated: {error.Message}"));
            return;
        }

        for (var i = 0; i < profile.Metrics.Count; i++)
        {
            var metric = profile.Metrics[i];
            var counted = evaluation.Results.Where(r => r.Metric.Id == metric.Id).Select(r => r.Measured).FirstOrDefault();
            var body = metric.Derived?.RecordedBy;
            if (body is { } b && profile.FindActor(b) is null)
            {
                findings.Add(Error("metric-not-computable", $"$.metrics[{i}].derived", $"Johdettu mittari '{metric.Id}' laskee toimijan '{b}' kirjauksia, mutta profiilissa ei ole sitä toimijaa (mitattu {counted}).", $"Den härledda mätaren '{metric.Id}' räknar aktören '{b}', men profilen har ingen sådan aktör (mätt {counted}).", $"Derived metric '{metric.Id}' counts records of actor '{b}', which the profile does not have (measured {counted})."));
            }
        }
    }

    private static void IdleActors(RegionProfile profile, List<ProfileFinding> findings)
    {
        var busy = new HashSet<ActorId>(profile.ReportProcess.Steps.Concat(profile.CompilationProcess.Steps).Select(s => s.PerformedBy));
        foreach (var rule in profile.Clock?.Rules ?? [])
        {
            busy.Add(rule.Responsible);
            busy.UnionWith(rule.Participants.Select(p => p.Actor).OfType<ActorId>());
        }

        foreach (var derived in profile.Metrics.Select(m => m.Derived).OfType<MetricDerivation>())
        {
            if (derived.RecordedBy is { } body)
            {
                busy.Add(body);
            }
        }

        for (var i = 0; i < profile.Actors.Count; i++)
        {
            var actor = profile.Actors[i];
            if (actor.Kind != ActorKind.ExternalParty && !busy.Contains(actor.Id))
            {
                findings.Add(Warning("idle-actor", $"$.actors[{i}]", $"Toimija '{actor.Id}' ei suorita yhtään vaihetta eikä esiinny vuosikellossa tai mittareissa.", $"Aktören '{actor.Id}' utför inget steg och förekommer inte i årshjulet eller mätarna.", $"Actor '{actor.Id}' performs no step and appears in no clock rule or metric."));
            }
        }
    }

    private static void UnevenPeriods(RegionProfile profile, IReadOnlyList<ReportingPeriod> periods, List<ProfileFinding> findings)
    {
        if (periods.Count < 2)
        {
            return;
        }

        var shortest = periods.Min(p => p.LengthInDays);
        var longest = periods.Max(p => p.LengthInDays);
        if (longest * 2 > shortest * 3)
        {
            findings.Add(Warning("uneven-periods", "$.reportingPeriods.periods", $"Raportointikaudet ovat epätasaiset: lyhin {shortest} päivää, pisin {longest} päivää.", $"Rapporteringsperioderna är ojämna: den kortaste {shortest} dagar, den längsta {longest} dagar.", $"The reporting periods are uneven: the shortest is {shortest} days, the longest {longest} days."));
        }
    }

    private static void Defaults(RegionProfile profile, List<ProfileFinding> findings)
    {
        if (profile.CompilationRules == CompilationRules.Default && !profile.Assumptions.Any(a => a.Subject == "compilationRules"))
        {
            findings.Add(Warning("default-without-assumption", "$.compilationRules", "Profiili nojaa toistuvan teeman oletussääntöihin (3 raporttia, 2 koostetta) ilman assumptions-merkintää 'compilationRules'.", "Profilen förlitar sig på standardreglerna för återkommande teman (3 rapporter, 2 sammanställningar) utan en assumptions-post 'compilationRules'.", "The profile relies on the default recurring-theme rules (3 reports, 2 compilations) without an assumptions entry 'compilationRules'."));
        }
    }

    private static ProfileFinding Error(string code, string path, string fi, string sv, string en) => new(ProfileFindingSeverity.Error, code, path, new LocalizedText(fi, sv, en));

    private static ProfileFinding Warning(string code, string path, string fi, string sv, string en) => new(ProfileFindingSeverity.Warning, code, path, new LocalizedText(fi, sv, en));
}
