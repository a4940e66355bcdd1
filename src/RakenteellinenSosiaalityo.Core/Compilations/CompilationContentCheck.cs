using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// Checks a stored compilation's content against what its included reports give, as the compiler would give it: a
/// document is never trusted for what can be computed from its own records. Each included report must have been ready
/// for compilation at the cutoff; the reports must be in the compilation's order (by submission, then id); the groups
/// (by theme, service, subject and the profile's further dimensions), the counts and each theme's report and service
/// counts must be the ones the reports give. A theme's consecutive compilations and whether it recurs are not checked:
/// they come from the previous compilations and the region's rules of the day, which one document does not hold.
/// </summary>
/// <remarks>
/// Each difference is a <see cref="ValidationRules.InvalidValue"/> problem at the first place it shows (e.g.
/// <c>$.content.byTheme[2]</c>, <c>$.content.counts.positive</c>; at the list itself when the document lacks items at
/// its end, so that every path is in the document); messages name ids, keys and numbers, never free text.
/// One more pass over the included reports, of the compiler's own builder: a million reports are checked in the time
/// the compiler takes to place them.
/// </remarks>
internal static class CompilationContentCheck
{
    private const string Path = "$.content";

    /// <summary>Adds a problem for each part of <paramref name="stored"/> its included reports do not give.</summary>
    public static void Check(CompilationContent stored, Regions.RegionProfile profile, List<ValidationProblem> found)
    {
        var before = found.Count;
        for (var i = 0; i < stored.Included.Count; i++)
        {
            var report = stored.Included[i];
            var (status, ready) = report.StateAt(profile.ReportProcess, stored.Cutoff);
            if (!ready || status == LifecycleStatus.Withdrawn)
            {
                found.Add(new(
                    $"{JsonPath.Index($"{Path}.included", i)}.history",
                    ValidationRules.InvalidValue,
                    $"Report {report.Id} was not ready for compilation at the cutoff ({stored.Cutoff}): its history gives status '{CamelCase.Of(status)}' then. A compilation includes only the reports ready at its cutoff."));
            }
        }

        if (found.Count > before)
        {
            return;
        }

        var builder = new CompilationBuilder(profile, stored.Period, stored.Cutoff);
        builder.Begin(null, [], stored.Included.Count);
        foreach (var report in stored.Included)
        {
            builder.Add(report);
        }

        var given = builder.Build();
        for (var i = 0; i < stored.Included.Count; i++)
        {
            if (stored.Included[i].Id != given.Included[i].Id)
            {
                found.Add(new(
                    JsonPath.Index($"{Path}.included", i),
                    ValidationRules.InvalidValue,
                    $"Report {stored.Included[i].Id} is out of the compilation's order: report {given.Included[i].Id} comes here (the included reports are in the order they were submitted, then by id)."));
                break;
            }
        }

        Groups(stored.ByTheme, given.ByTheme, $"{Path}.byTheme", found);
        Groups(stored.ByService, given.ByService, $"{Path}.byService", found);
        Groups(stored.BySubject, given.BySubject, $"{Path}.bySubject", found);
        Groups(stored.Groups, DimensionGroups.Of(stored.Dimensions, given.Included), $"{Path}.groups", found);
        Number(stored.Counts.Positive, given.Counts.Positive, $"{Path}.counts.positive", found);
        Number(stored.Counts.Negative, given.Counts.Negative, $"{Path}.counts.negative", found);
        Counts(stored.Counts.ByService, given.Counts.ByService, $"{Path}.counts.byService", found);
        Counts(stored.Counts.BySubject, given.Counts.BySubject, $"{Path}.counts.bySubject", found);
        Counts(stored.Counts.ByProfession, given.Counts.ByProfession, $"{Path}.counts.byProfession", found);
        Counts(stored.Counts.ByTheme, given.Counts.ByTheme, $"{Path}.counts.byTheme", found);
        Themes(stored.Themes, given.Themes, $"{Path}.themes", found);
    }

    private static void Groups(IReadOnlyList<ReportGroup> stored, IReadOnlyList<ReportGroup> given, string path, List<ValidationProblem> found) =>
        FirstDifference(
            stored,
            given,
            path,
            (s, g) => s.Dimension == g.Dimension && s.Key == g.Key && s.Reports.SequenceEqual(g.Reports),
            g => $"group '{Key(g.Key)}' with {g.Reports.Count} report(s)",
            found);

    private static void Counts(IReadOnlyList<KeyCount> stored, IReadOnlyList<KeyCount> given, string path, List<ValidationProblem> found) =>
        FirstDifference(stored, given, path, (s, g) => s == g, c => $"'{Key(c.Key)}': {c.Count}", found);

    private static void Themes(IReadOnlyList<ThemeSummary> stored, IReadOnlyList<ThemeSummary> given, string path, List<ValidationProblem> found) =>
        FirstDifference(
            stored,
            given,
            path,
            (s, g) => s.ThemeId == g.ThemeId && s.Reports == g.Reports && s.DistinctServices == g.DistinctServices,
            t => $"theme '{t.ThemeId}' in {t.Reports} report(s) of {t.DistinctServices} service(s)",
            found);

    private static void Number(int stored, int given, string path, List<ValidationProblem> found)
    {
        if (stored != given)
        {
            found.Add(new(path, ValidationRules.InvalidValue, $"The included reports give {given}, not {stored}."));
        }
    }

    // One problem per list, at the first item that differs: the item the reports give there, or that there is none.
    private static void FirstDifference<T>(IReadOnlyList<T> stored, IReadOnlyList<T> given, string path, Func<T, T, bool> same, Func<T, string> describe, List<ValidationProblem> found)
    {
        var common = Math.Min(stored.Count, given.Count);
        for (var i = 0; i < common; i++)
        {
            if (!same(stored[i], given[i]))
            {
                found.Add(new(JsonPath.Index(path, i), ValidationRules.InvalidValue, $"The included reports give {describe(given[i])} here, not {describe(stored[i])}."));
                return;
            }
        }

        if (stored.Count > common)
        {
            found.Add(new(JsonPath.Index(path, common), ValidationRules.InvalidValue, $"The included reports give no more items here; {stored.Count - common} more are stored, first {describe(stored[common])}."));
        }
        else if (given.Count > common)
        {
            // At the list: the item the document lacks has no path in it.
            found.Add(new(path, ValidationRules.InvalidValue, $"The included reports give {describe(given[common])} after the {common} item(s) stored, which the document lacks ({given.Count - common} item(s) missing)."));
        }
    }

    // A key is an id of the profile or a value a report gave (an area, a language); never echo personal data.
    private static string Key(string key) => PersonalDataScanner.Redact(key);
}
