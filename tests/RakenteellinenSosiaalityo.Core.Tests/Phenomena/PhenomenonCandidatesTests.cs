using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using static RakenteellinenSosiaalityo.Core.Tests.Phenomena.PhenomenonFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>Candidates for the year's phenomenon from the compilations (EK 5.3: phenomena recurring in the social reports), pinned on a fixed data set.</summary>
public sealed class PhenomenonCandidatesTests
{
    /// <summary>
    /// Spring 2023: substance use twice, housing once, everyday life once. Autumn 2023: housing three times from three
    /// services, substance use three times from two services, everyday life once (second compilation in a row),
    /// violence once (new).
    /// </summary>
    public static IReadOnlyList<Compilation> FixedCompilations()
    {
        var ek = BuiltInRegions.EtelaKarjala;
        var spring = Compile(ek, new LocalDate(2023, 3, 1), PhenomenonFixtures.Reports(ek, new LocalDate(2023, 3, 1), "S", ("adult-social-work", [Substance]), ("adult-social-work", [Substance]), ("child-welfare", ["housing"]), ("family-social-work", ["everyday-life"])));
        var autumn = Compile(
            ek,
            new LocalDate(2023, 9, 1),
            PhenomenonFixtures.Reports(
                ek,
                new LocalDate(2023, 9, 1),
                "A",
                ("adult-social-work", ["housing"]),
                ("child-welfare", ["housing"]),
                ("disability-services", ["housing"]),
                ("adult-social-work", [Substance]),
                ("adult-social-work", [Substance]),
                ("child-welfare", [Substance]),
                ("family-social-work", ["everyday-life"]),
                ("family-social-work", ["violence"])),
            spring);
        return [spring, autumn];
    }

    [Fact]
    public void Rank_FixedDataSet_ReportsThenBreadthThenRecurrenceThenChange()
    {
        var candidates = PhenomenonCandidates.Rank(BuiltInRegions.EtelaKarjala, FixedCompilations());

        Assert.Equal(["housing", Substance, "everyday-life", "violence"], candidates.Select(c => c.ThemeId.Value));
        Assert.Equal([1, 2, 3, 4], candidates.Select(c => c.Rank));
        var housing = candidates[0];
        Assert.Equal((3, 3, 2, 2), (housing.Reports, housing.Services, housing.ConsecutiveCompilations, housing.Change));
        Assert.Equal(["3 raporttia 3 palvelusta", "toistuu 2 peräkkäisessä koosteessa", "kasvua +2 raporttia edelliseen koosteeseen"], housing.Reasons.Select(r => r.Fi));
        Assert.Equal("up +2 reports on the previous compilation", housing.Reasons[2].En);
        Assert.NotNull(housing.Reasons[0].Sv);
        Assert.Equal(1, candidates[1].Change);
        Assert.Equal(0, candidates[2].Change);
        Assert.Equal(1, candidates[3].ConsecutiveCompilations);
    }

    [Fact]
    public void Candidate_BecomesASelectionReason_NamingItsCompilation()
    {
        var candidate = PhenomenonCandidates.Rank(BuiltInRegions.EtelaKarjala, FixedCompilations())[0];

        var reason = candidate.ToSelectionReason();

        Assert.Equal(CandidateSource.Compilations, reason.Source);
        Assert.Equal(candidate.Compilation, reason.Compilation);
        Assert.Contains("3 raporttia", reason.Justification, StringComparison.Ordinal);
    }

    [Fact]
    public void Rank_NoCompilations_IsEmpty_AndAnotherRegionsCompilation_IsRefused()
    {
        Assert.Empty(PhenomenonCandidates.Rank(BuiltInRegions.EtelaKarjala, []));
        Assert.Throws<ArgumentException>(() => PhenomenonCandidates.Rank(BuiltInRegions.Kymenlaakso, FixedCompilations()));
    }
}
