using System.Globalization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// Proposes candidate phenomena for the year's phenomenon-based report from the region's recent compilations (fi:
/// ilmiöehdotukset; EK 5.3: phenomena recurring in the social reports), ranked by reports, breadth across services,
/// recurrence and change against the previous compilation. Other sources (clients, management, strategy, HYTE and
/// national themes) are recorded by the choosing actors as <see cref="SelectionReason"/>s.
/// </summary>
public static class PhenomenonCandidates
{
    /// <summary>Ranks the themes of the latest of <paramref name="compilations"/>.</summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="compilations">The region's recent compilations, in any order; the latest period's is ranked, the one before gives the change.</param>
    /// <returns>
    /// The candidates, best first: more reports, then more services, then more consecutive compilations, then a larger
    /// increase, then the theme id (ordinal), so that the ranking does not depend on the order of the input. Empty when
    /// there are no compilations.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    /// <exception cref="ArgumentException">A compilation is of another region.</exception>
    public static IReadOnlyList<PhenomenonCandidate> Rank(RegionProfile profile, IEnumerable<Compilation> compilations)
    {
        Guard.Against.Null(profile);
        var ordered = Guard.Against.Null(compilations)
            .Select(c => Guard.Against.Null(c, nameof(compilations)))
            .OrderByDescending(c => c.Content.Period.Start)
            .ThenBy(c => c.Id.Value, StringComparer.Ordinal)
            .ToList();
        if (ordered.FirstOrDefault(c => c.RegionId != profile.Id) is { } foreign)
        {
            throw new ArgumentException($"Compilation {foreign.Id} is of region '{foreign.RegionId}', not '{profile.Id}'.", nameof(compilations));
        }

        if (ordered.Count == 0)
        {
            return [];
        }

        var latest = ordered[0];
        var previous = ordered.FirstOrDefault(c => c.Content.Period.Start < latest.Content.Period.Start);
        return latest.Content.Themes
            .Select(t => (Theme: t, Change: previous is null ? 0 : t.Reports - (previous.Content.Themes.FirstOrDefault(p => p.ThemeId == t.ThemeId)?.Reports ?? 0)))
            .OrderByDescending(x => x.Theme.Reports)
            .ThenByDescending(x => x.Theme.DistinctServices)
            .ThenByDescending(x => x.Theme.ConsecutiveCompilations)
            .ThenByDescending(x => x.Change)
            .ThenBy(x => x.Theme.ThemeId.Value, StringComparer.Ordinal)
            .Select((x, i) => new PhenomenonCandidate(
                i + 1,
                x.Theme.ThemeId,
                profile.FindTheme(x.Theme.ThemeId)?.Name ?? new LocalizedText(x.Theme.ThemeId.Value),
                x.Theme.Reports,
                x.Theme.DistinctServices,
                x.Theme.ConsecutiveCompilations,
                x.Change,
                latest.Id,
                Reasons(x.Theme, x.Change, previous is not null)))
            .ToList();
    }

    private static List<LocalizedText> Reasons(ThemeSummary theme, int change, bool hasPrevious)
    {
        var reasons = new List<LocalizedText>
        {
            Say($"{theme.Reports} raporttia {theme.DistinctServices} palvelusta", $"{theme.Reports} rapporter från {theme.DistinctServices} tjänster", $"{theme.Reports} reports from {theme.DistinctServices} services"),
        };
        if (theme.ConsecutiveCompilations > 1)
        {
            reasons.Add(Say(
                $"toistuu {theme.ConsecutiveCompilations} peräkkäisessä koosteessa",
                $"återkommer i {theme.ConsecutiveCompilations} sammanställningar i följd",
                $"recurs in {theme.ConsecutiveCompilations} consecutive compilations"));
        }

        if (hasPrevious && change != 0)
        {
            var signed = change.ToString("+0;-0", CultureInfo.InvariantCulture);
            reasons.Add(change > 0
                ? Say($"kasvua {signed} raporttia edelliseen koosteeseen", $"ökning {signed} rapporter jämfört med föregående sammanställning", $"up {signed} reports on the previous compilation")
                : Say($"laskua {signed} raporttia edelliseen koosteeseen", $"minskning {signed} rapporter jämfört med föregående sammanställning", $"down {signed} reports on the previous compilation"));
        }

        return reasons;
    }

    private static LocalizedText Say(FormattableString fi, FormattableString sv, FormattableString en) =>
        new(fi.ToString(CultureInfo.InvariantCulture), sv.ToString(CultureInfo.InvariantCulture), en.ToString(CultureInfo.InvariantCulture));
}
