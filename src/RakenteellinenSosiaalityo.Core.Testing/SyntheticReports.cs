using System.Globalization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Testing;

/// <summary>
/// A seeded generator of realistic synthetic social reports (fi: synteettiset sosiaaliset raportit) for any region
/// profile: for tests, demos and benchmarks, never for real data.
/// </summary>
/// <remarks>
/// <para>
/// Each report is created and submitted by the actor who performs the first step of the profile's report process, at
/// a random instant inside the dates given, and then walked through the process through the public API of
/// <see cref="SocialReport"/> — every rule of the lifecycle applies, so every report is one the profile allows. Most
/// are processed to the completion step (and some of the steps after it); <see cref="SyntheticReportOptions.PendingShare"/>
/// stay pending, and by option some are returned for completion or withdrawn. Steps are performed by the actors the
/// process names, recording what they must record.
/// </para>
/// <para>
/// The content is drawn from small pools of Finnish phrases written to hold no personal data: authors are professions
/// with a letter ("Sosiaaliohjaaja C"), performers name no person. Services and phenomenon themes come from the
/// profile. Contents are immutable and shared: <see cref="SyntheticReportOptions.DistinctContents"/> values for all
/// the reports, each observed on or before the first day given, so a million reports take a few hundred bytes each.
/// </para>
/// <para>
/// Deterministic: the same profile, dates, count, seed and options give equal reports on every runtime. Ids are the
/// prefix and a seven-digit number in submission order (<c>SR-0000001</c>), so they sort as the reports were submitted.
/// </para>
/// </remarks>
public static class SyntheticReports
{
    /// <summary>The most reports one call generates.</summary>
    public const int MaxCount = 9_999_999;

    /// <summary>Generates <paramref name="count"/> reports submitted inside <paramref name="period"/> (dates in Finland).</summary>
    /// <param name="profile">The region profile whose services, themes and report process the reports follow.</param>
    /// <param name="period">The period: each report is first submitted at an instant whose date in Finland is in it.</param>
    /// <param name="count">How many reports (0–<see cref="MaxCount"/>).</param>
    /// <param name="seed">The seed: the same seed gives equal reports.</param>
    /// <param name="options">The shares of pending, returned and withdrawn reports and more; null for <see cref="SyntheticReportOptions.Default"/>.</param>
    /// <returns>The reports, ordered by first submission (and id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="period"/> is the default value.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="MaxCount"/>.</exception>
    /// <exception cref="LifecycleException">The profile's report process cannot be walked (e.g. an invalid profile naming an actor twice for one step); validate the profile first.</exception>
    public static IReadOnlyList<SocialReport> Generate(RegionProfile profile, ReportingPeriod period, int count, int seed, SyntheticReportOptions? options = null)
    {
        if (period.Start == default)
        {
            throw new ArgumentException("The default ReportingPeriod covers no dates.", nameof(period));
        }

        return GenerateForDates(profile, period.ToDateInterval(), count, seed, options);
    }

    /// <summary>Generates <paramref name="count"/> reports submitted on the dates of <paramref name="dates"/> (in Finland).</summary>
    /// <param name="profile">The region profile whose services, themes and report process the reports follow.</param>
    /// <param name="dates">The dates: each report is first submitted at an instant whose date in Finland is one of them.</param>
    /// <param name="count">How many reports (0–<see cref="MaxCount"/>).</param>
    /// <param name="seed">The seed: the same seed gives equal reports.</param>
    /// <param name="options">The shares of pending, returned and withdrawn reports and more; null for <see cref="SyntheticReportOptions.Default"/>.</param>
    /// <returns>The reports, ordered by first submission (and id).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="dates"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="count"/> is negative or above <see cref="MaxCount"/>.</exception>
    /// <exception cref="LifecycleException">The profile's report process cannot be walked; validate the profile first.</exception>
    public static IReadOnlyList<SocialReport> GenerateForDates(RegionProfile profile, DateInterval dates, int count, int seed, SyntheticReportOptions? options = null)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(dates);
        Guard.Against.OutOfRange(count, nameof(count), 0, MaxCount);
        options ??= SyntheticReportOptions.Default;

        var walker = new ProcessWalker(profile, options);
        var contents = Contents(profile, dates.Start, options.DistinctContents, seed);
        var from = FinnishTime.StartOf(dates.Start);
        var to = FinnishTime.StartOf(dates.End.PlusDays(1));
        var span = (to - from).BclCompatibleTicks;

        // Submission instants first, sorted, so that ids follow submission order as a region system would number them.
        var random = new SeededRandom(seed, 0);
        var ticks = new long[count];
        for (var i = 0; i < ticks.Length; i++)
        {
            ticks[i] = random.NextLong(span / TimeSpanTicksPerSecond) * TimeSpanTicksPerSecond;
        }

        Array.Sort(ticks);
        var reports = new SocialReport[count];

        // One random stream per report, so a report depends on the seed and its number only, and reports can be walked
        // in parallel (a million take seconds) with the same result.
        Parallel.For(0, count, i =>
        {
            var own = new SeededRandom(seed, (ulong)i + 1);
            var id = new ReportId(options.IdPrefix + "-" + (i + 1).ToString("D7", CultureInfo.InvariantCulture));
            reports[i] = walker.Walk(id, contents[own.Next(contents.Length)], from + Duration.FromTicks(ticks[i]), ref own);
        });

        return reports;
    }

    private const long TimeSpanTicksPerSecond = 10_000_000;

    private static ReportContent[] Contents(RegionProfile profile, LocalDate firstDate, int count, int seed)
    {
        var random = new SeededRandom(seed, ulong.MaxValue);
        var services = profile.Services;
        var themes = profile.PhenomenonThemes;
        var subjects = Enum.GetValues<ReportSubject>();
        var duties = Enum.GetValues<StatutoryDuty>();
        var contents = new ReportContent[count];
        var byLanguage = profile.CompilationRules.Dimensions.Contains(GroupingDimension.Language);
        for (var i = 0; i < contents.Length; i++)
        {
            var first = random.Pick(FinnishPhrases.Authors);
            var authors = random.Chance(0.25) ? Distinct(first, random.Pick(FinnishPhrases.Authors)) : [first];
            var themeCount = Math.Min(themes.Count, random.NextDouble() switch { < 0.1 => 0, < 0.6 => 1, < 0.9 => 2, _ => 3 });
            var sentences = 1 + random.Next(3);
            contents[i] = new ReportContent
            {
                Authors = authors,
                ServiceId = random.Pick(services).Id,
                Supervisor = random.Chance(0.8) ? random.Pick(FinnishPhrases.Supervisors) : null,
                Title = random.Pick(FinnishPhrases.Titles),
                Description = string.Join(" ", Sample(FinnishPhrases.Sentences, sentences, ref random)),
                ClientGroups = Sample(FinnishPhrases.ClientGroups, 1 + random.Next(2), ref random),
                Subjects = Sample(subjects, 1 + random.Next(3), ref random),
                ActionProposals = Sample(FinnishPhrases.ActionProposals, random.Next(3), ref random),
                Polarity = random.NextDouble() switch { < 0.65 => ReportPolarity.Negative, < 0.9 => ReportPolarity.Positive, _ => null },
                Duties = Sample(duties, random.Next(3), ref random),
                Themes = Sample(themes, themeCount, ref random).Select(t => t.Id).ToArray(),
                ObservedOn = firstDate.PlusDays(-random.Next(60)),

                // A region with municipalities or areas, or grouping by language, gets them in turn: without drawing
                // from the random sequence, so that the reports of any other region stay as they were.
                AreaId = profile.Areas.Count > 0 ? profile.Areas[i % profile.Areas.Count].Id : null,
                Language = byLanguage ? (i % 3 == 2 ? "sv" : "fi") : null,
            };
        }

        return contents;
    }

    private static ReportAuthor[] Distinct(ReportAuthor first, ReportAuthor second) => first == second ? [first] : [first, second];

    // Distinct items, in the pool's order.
    private static T[] Sample<T>(IReadOnlyList<T> pool, int count, ref SeededRandom random)
    {
        count = Math.Min(count, pool.Count);
        var picked = new SortedSet<int>();
        while (picked.Count < count)
        {
            picked.Add(random.Next(pool.Count));
        }

        return picked.Select(i => pool[i]).ToArray();
    }

    /// <summary>Walks one report through the profile's report process; holds what every report shares.</summary>
    private sealed class ProcessWalker
    {
        private readonly RegionProfile profile;
        private readonly SyntheticReportOptions options;
        private readonly ProcessDefinition process;
        private readonly ProcessStep[] toCompletion;
        private readonly ProcessStep[] afterCompletion;
        private readonly Dictionary<ActorId, Performer> performers = [];
        private readonly RecordEntry[][] entries;
        private readonly Duration maxStep;

        public ProcessWalker(RegionProfile profile, SyntheticReportOptions options)
        {
            this.profile = profile;
            this.options = options;
            process = profile.ReportProcess;
            toCompletion = [.. process.RequiredBefore(process.CompletionStep).Reverse(), process.CompletionStep];
            afterCompletion = [.. Topological(process).Where(s => !toCompletion.Contains(s))];
            foreach (var step in process.Steps)
            {
                performers.TryAdd(step.PerformedBy, new Performer(step.PerformedBy));
            }

            entries = FinnishPhrases.Entries.Select((texts, kind) => texts.Select(t => new RecordEntry((RecordKind)kind, t)).ToArray()).ToArray();
            maxStep = options.MaxProcessingTime / Math.Max(1, process.Steps.Count + 1);
        }

        public SocialReport Walk(ReportId id, ReportContent content, Instant submitAt, ref SeededRandom random)
        {
            var first = process.First;
            var createdAt = submitAt - Duration.FromMinutes(5 + random.Next(120));
            var report = SocialReport.Create(profile, id, content, performers[first.PerformedBy], createdAt);
            report = Perform(report, first, submitAt, ref random);
            var at = submitAt;

            var roll = random.NextDouble();
            if (roll < options.WithdrawnShare)
            {
                return report.Withdraw(profile, performers[first.PerformedBy], Later(ref at, ref random), random.Pick(FinnishPhrases.WithdrawReasons));
            }

            roll -= options.WithdrawnShare;
            if (roll < options.ReturnedShare && report.PendingSteps(profile) is [var pending, ..])
            {
                return report.ReturnForCompletion(profile, performers[pending.PerformedBy], Later(ref at, ref random), random.Pick(FinnishPhrases.ReturnReasons));
            }

            roll -= options.ReturnedShare;
            var pendingOnly = roll >= 0 && roll < options.PendingShare;
            var stopAt = pendingOnly && toCompletion.Length > 1 ? 1 + random.Next(toCompletion.Length - 1) : toCompletion.Length;
            for (var i = 1; i < stopAt; i++)
            {
                report = Perform(report, toCompletion[i], Later(ref at, ref random), ref random);
            }

            if (stopAt == toCompletion.Length)
            {
                // After the completion step: steps that do not hold back the compilation (e.g. informing the supervisor),
                // each done or still pending. A pending report whose completion step is the first keeps them all pending.
                foreach (var step in afterCompletion)
                {
                    if (!pendingOnly && random.Chance(0.8) && report.PendingSteps(profile).Contains(step))
                    {
                        report = Perform(report, step, Later(ref at, ref random), ref random);
                    }
                }
            }

            return report;
        }

        private SocialReport Perform(SocialReport report, ProcessStep step, Instant at, ref SeededRandom random)
        {
            var by = performers[step.PerformedBy];
            if (step.Records.Count == 0 && !(step.MayRecord.Count > 0 && random.Chance(0.3)))
            {
                return report.Perform(profile, step.Id, by, at);
            }

            var recorded = new List<RecordEntry>(step.Records.Count + 1);
            foreach (var kind in step.Records)
            {
                recorded.Add(random.Pick(entries[(int)kind]));
            }

            if (step.MayRecord.Count > 0 && random.Chance(0.3))
            {
                recorded.Add(random.Pick(entries[(int)random.Pick(step.MayRecord)]));
            }

            return report.Perform(profile, step.Id, by, at, recorded);
        }

        private Instant Later(ref Instant at, ref SeededRandom random) =>
            at += Duration.FromMinutes(1 + random.NextLong(Math.Max(1, (long)maxStep.TotalMinutes)));

        // Every step after the ones it follows, in list order where the list allows.
        private static List<ProcessStep> Topological(ProcessDefinition process)
        {
            var ordered = new List<ProcessStep>();
            var remaining = process.Steps.ToList();
            while (remaining.Count > 0)
            {
                var next = remaining.First(s => process.Predecessor(s) is not { } before || ordered.Contains(before));
                ordered.Add(next);
                remaining.Remove(next);
            }

            return ordered;
        }
    }
}
