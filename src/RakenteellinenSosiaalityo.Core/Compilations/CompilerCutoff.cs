using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Compilations;

// When a compilation is made when nobody says otherwise: the rule a region system (and the main job) falls back on.
public static partial class Compiler
{
    /// <summary>The number of days after a period's end that <see cref="DefaultCutoff"/> uses when the profile sets no due window.</summary>
    public const int DefaultDaysAfterPeriodEnd = 30;

    /// <summary>The hour of day (Finnish time) at which <see cref="DefaultCutoff"/> puts the cutoff.</summary>
    public const int DefaultCutoffHour = 9;

    /// <summary>
    /// When the compilation of <paramref name="period"/> is made by default (fi: koosteen rajahetki): at 09:00 Finnish
    /// time on the last day of its <see cref="DueWindow"/> (EK 5.3: the end of January or August), or, when the
    /// profile sets no time for compiling, <see cref="DefaultDaysAfterPeriodEnd"/> days after the period ends. Reports
    /// ready by then are included, the rest carried over: the latest moment the region's own rule allows.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="period">A reporting period of the profile.</param>
    /// <returns>The cutoff to give <see cref="Compile"/>; always after the period ends.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="CompilationException">The period is not one of the profile's (code <c>unknown-period</c>).</exception>
    public static Instant DefaultCutoff(RegionProfile profile, ReportingPeriod period)
    {
        var day = DueWindow(profile, period)?.End ?? period.End.PlusDays(DefaultDaysAfterPeriodEnd);

        // 09:00 on the clock in Finland, also on the days daylight saving time starts or ends (start of day + 9 h would be 10:00 or 08:00).
        return day.At(new LocalTime(DefaultCutoffHour, 0)).InZoneLeniently(FinnishTime.Zone).ToInstant();
    }

    /// <summary>
    /// The periods whose compilation is made in calendar year <paramref name="year"/> by <see cref="DefaultCutoff"/>
    /// (Finnish date), in date order: the compilations of a region's year, the same ones its annual clock shows. EK:
    /// in 2025 the autumn 2024 period (compiled in January) and the spring 2025 period (compiled in August); with one
    /// period a year compiled in the first quarter, the year before's period.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="year">The calendar year, 2–9998.</param>
    /// <returns>The periods, possibly none (a region whose compilations fall due every other year).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside 2–9998.</exception>
    public static IReadOnlyList<ReportingPeriod> PeriodsCompiledIn(RegionProfile profile, int year)
    {
        Guard.Against.Null(profile);
        Guard.Against.OutOfRange(year, nameof(year), Clock.AnnualClock.MinYear, Clock.AnnualClock.MaxYear);

        // A cutoff lies at most 366 days after its period ends (the longest due rule), so the periods that end in the
        // two years before or in the year itself are all the candidates.
        var scheme = profile.ReportingPeriods;
        return Collections.ValueList.FromValues(Enumerable.Range(year - 2, 3).SelectMany(scheme.PeriodsEndingIn)
            .Where(p => FinnishTime.DateOf(DefaultCutoff(profile, p)).Year == year));
    }
}
