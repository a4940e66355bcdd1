using System.Diagnostics.CodeAnalysis;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Validation;
using RakenteellinenSosiaalityo.Core.Phenomena;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Compiles a reporting period's social reports into a semiannual compilation (fi: puolivuosikoosteen kokoaminen),
/// by the region's rules: a pure function of its inputs.
/// </summary>
/// <remarks>
/// <para>
/// <b>Which reports.</b> A report belongs to the compilation of the period it was first submitted in
/// (<see cref="ReportingPeriodScheme.PeriodOf"/>: the date in Finland), and a report the previous period's compilation carried over belongs to this
/// one. Every such report is accounted for exactly once: <b>included</b> when it had reached the completion step of
/// the region's report process (<see cref="ProcessDefinition.CompletionStep"/>; EK: processed by the supervisor, K:
/// submitted) by the cutoff; <b>excluded</b> when it had been withdrawn by then, or when it was not ready and its
/// content holds personal data (the privacy guard); otherwise <b>carried over</b> to the next compilation with its
/// original period. The state at the cutoff is read from the report's history, so operations after the cutoff do not
/// change the compilation. Reports never submitted (drafts) and reports of other periods are not part of it.
/// </para>
/// <para>
/// <b>What it shows</b> (EK 5.1): the included reports grouped by phenomenon theme, service and subject; counts in
/// all, positive and negative, per service, subject, profession and theme; how many distinct services each theme
/// touches; and which themes are recurring (<see cref="CompilationRules"/>), counting consecutive compilations through
/// the previous period's compilation.
/// </para>
/// </remarks>
public static partial class Compiler
{
    /// <summary>Compiles the reports of <paramref name="period"/>.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <param name="cutoff">When the compilation is made: reports ready by then are included. Not before the period ends.</param>
    /// <param name="reports">The region's reports, in any order; reports of other periods are ignored, so all of the region's reports may be given.</param>
    /// <param name="previous">Earlier compilations of the region, in any order; the one of the previous period supplies the carried-over reports and the recurrence chain. Null or empty for the first compilation.</param>
    /// <returns>The compilation's content.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="reports"/> is null, or <paramref name="reports"/> holds null.</exception>
    /// <exception cref="CompilationException">The period is not one of the profile's, the cutoff is before the period ends, a report or compilation is of another region, a report id repeats, two earlier compilations cover one period, or a report carried over by the previous compilation is missing: the problems of <see cref="Check"/>, all in <see cref="ProblemsException.Problems"/>, the first one's code as <see cref="DomainException.Code"/>.</exception>
    public static CompilationContent Compile(RegionProfile profile, ReportingPeriod period, Instant cutoff, IEnumerable<SocialReport> reports, IEnumerable<CompilationContent>? previous = null)
    {
        var builder = new CompilationBuilder(Guard.Against.Null(profile), period, cutoff);
        var problems = CompilationInputs.Check(profile, period, cutoff, reports, previous, builder);
        return problems.Count > 0 ? throw new CompilationException(problems) : builder.Build();
    }

    /// <summary>
    /// Checks the inputs of a compilation against every rule <see cref="Compile"/> enforces and returns the problems,
    /// so that a caller can ask first. A problem's <see cref="ValidationProblem.Path"/> names the argument and the
    /// position in it: <c>period</c>, <c>cutoff</c>, <c>previous[1]</c>, <c>reports[3]</c>,
    /// <c>previous[0].carriedOver</c>. A wrong period or cutoff is the only problem returned; wrong earlier
    /// compilations hide the problems of the reports, as the carried-over reports are then unknown.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <param name="cutoff">When the compilation is made.</param>
    /// <param name="reports">The region's reports, in any order.</param>
    /// <param name="previous">Earlier compilations of the region, or null.</param>
    /// <returns>Every problem found, each with a code of <see cref="CompilationException"/>; empty when the inputs compile.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="reports"/> is null, or <paramref name="reports"/> or <paramref name="previous"/> holds null.</exception>
    public static IReadOnlyList<ValidationProblem> Check(RegionProfile profile, ReportingPeriod period, Instant cutoff, IEnumerable<SocialReport> reports, IEnumerable<CompilationContent>? previous = null) =>
        CompilationInputs.Check(profile, period, cutoff, reports, previous, null);

    /// <summary>
    /// Compiles like <see cref="Compile"/>, but answers broken rules of the inputs (<see cref="Check"/>) with
    /// <paramref name="error"/> instead of throwing it, so that a caller can ask first.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <param name="cutoff">When the compilation is made.</param>
    /// <param name="reports">The region's reports, in any order.</param>
    /// <param name="previous">Earlier compilations of the region, or null.</param>
    /// <param name="content">The compilation, when the inputs keep every rule.</param>
    /// <param name="error">The broken rules (<see cref="ProblemsException.Problems"/>), when they do not.</param>
    /// <returns>True when compiled.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="reports"/> is null, or <paramref name="reports"/> holds null.</exception>
    public static bool TryCompile(
        RegionProfile profile,
        ReportingPeriod period,
        Instant cutoff,
        IEnumerable<SocialReport> reports,
        IEnumerable<CompilationContent>? previous,
        [NotNullWhen(true)] out CompilationContent? content,
        [NotNullWhen(false)] out CompilationException? error)
    {
        var builder = new CompilationBuilder(Guard.Against.Null(profile), period, cutoff);
        var problems = CompilationInputs.Check(profile, period, cutoff, reports, previous, builder);
        (content, error) = problems.Count > 0 ? (null, new CompilationException(problems)) : (builder.Build(), (CompilationException?)null);
        return error is null;
    }

    /// <summary>
    /// When the compilation of <paramref name="period"/> is due, by the <see cref="ProcessStep.Due"/> of the first step
    /// of the profile's compilation process: the first run of consecutive listed months after the period ends, whole
    /// (EK 5.3: January and August; <c>[1, 2, 3]</c> is the first quarter; <c>[12, 1]</c> runs across the turn of the
    /// year), or the given number of days after the period ends. Who makes it is that step's
    /// <see cref="ProcessStep.PerformedBy"/>.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <returns>The dates within which it is due; null when the profile sets no time for compiling.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="CompilationException">The period is not one of the profile's.</exception>
    public static DateInterval? DueWindow(RegionProfile profile, ReportingPeriod period)
    {
        Guard.Against.Null(profile);
        if (period.Start == default(LocalDate) || !profile.ReportingPeriods.IsPeriodOf(period))
        {
            throw new CompilationException(CompilationException.UnknownPeriodCode, $"{period} is not a reporting period of region '{profile.Id}'; take one from its ReportingPeriods.");
        }

        return profile.CompilationProcess.First.Due?.WindowFor(period);
    }
}
