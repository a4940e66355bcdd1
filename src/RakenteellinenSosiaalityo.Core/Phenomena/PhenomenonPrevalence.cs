using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// The prevalence of a phenomenon in the region's social services (fi: ilmiön esiintyvyys hyvinvointialueen
/// sosiaalipalveluissa), computed, never typed: the counts of the included reports naming the phenomenon's themes, per
/// service and reporting period, from the given compilations (<see cref="Compute"/>).
/// </summary>
/// <remarks>Immutable; compares by value. The constructor is for reading a stored report.</remarks>
public sealed record PhenomenonPrevalence
{
    /// <summary>Creates a prevalence, as stored.</summary>
    /// <param name="compilations">The compilations counted, by period.</param>
    /// <param name="counts">The counts, by period, then service id (ordinal); services without reports are left out.</param>
    /// <exception cref="ArgumentException">A list holds null or a default id.</exception>
    [JsonConstructor]
    public PhenomenonPrevalence(IReadOnlyList<CompilationId> compilations, IReadOnlyList<PrevalenceCount> counts)
    {
        Compilations = ValueList.RequiredValues(compilations, nameof(compilations));
        foreach (var compilation in Compilations)
        {
            SystemId.NotDefault(compilation, nameof(compilations));
        }

        Counts = ValueList.Required(counts, nameof(counts));
    }

    /// <summary>The compilations counted.</summary>
    [JsonPropertyName("compilations")]
    public IReadOnlyList<CompilationId> Compilations { get; }

    /// <summary>The counts, by period, then service.</summary>
    [JsonPropertyName("counts")]
    public IReadOnlyList<PrevalenceCount> Counts { get; }

    /// <summary>The reporting periods counted, in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<ReportingPeriod> Periods => Counts.Select(c => c.Period).Distinct().OrderBy(p => p.Start).ToList();

    /// <summary>All the reports counted.</summary>
    [JsonIgnore]
    public int Total => Counts.Sum(c => c.Reports);

    /// <summary>How many services had at least one report of the phenomenon.</summary>
    [JsonIgnore]
    public int Services => Counts.Select(c => c.ServiceId).Distinct().Count();

    /// <summary>Counts the included reports of <paramref name="compilations"/> that name at least one of <paramref name="themes"/>, per service and period.</summary>
    /// <param name="themes">The phenomenon's theme ids.</param>
    /// <param name="compilations">The compilations, in any order; each period counted once (the first compilation of a period wins).</param>
    /// <returns>The prevalence.</returns>
    /// <exception cref="ArgumentNullException">An argument is null or holds null.</exception>
    public static PhenomenonPrevalence Compute(IReadOnlyList<ThemeId> themes, IEnumerable<Compilation> compilations)
    {
        Guard.Against.Null(themes);
        Guard.Against.Null(compilations);
        var wanted = themes.ToHashSet();
        var byPeriod = compilations
            .Select(c => Guard.Against.Null(c, nameof(compilations)))
            .GroupBy(c => c.Content.Period)
            .Select(g => g.First())
            .OrderBy(c => c.Content.Period.Start)
            .ToList();
        var counts = byPeriod
            .SelectMany(c => c.Content.Included
                .Where(r => r.Content.Themes.Any(wanted.Contains))
                .GroupBy(r => r.Content.ServiceId)
                .OrderBy(g => g.Key.Value, StringComparer.Ordinal)
                .Select(g => new PrevalenceCount(g.Key, c.Content.Period, g.Count())))
            .ToList();
        return new PhenomenonPrevalence(byPeriod.Select(c => c.Id).ToList(), counts);
    }
}
