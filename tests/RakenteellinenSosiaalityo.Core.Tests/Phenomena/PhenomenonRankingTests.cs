using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Tests.Phenomena.PhenomenonFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Phenomena;

/// <summary>
/// Each step of the candidates' order on its own (EK 5.3: phenomena recurring in the social reports; issue 16): the
/// reports, then the services, then the recurrence, then the change on the previous compilation, then the theme id; the
/// prevalence of a chosen phenomenon; and the guards of the choice's values.
/// </summary>
public sealed class PhenomenonRankingTests
{
    private static readonly RegionProfile Ek = BuiltInRegions.EtelaKarjala;
    private static readonly LocalDate SpringDay = new(2023, 3, 1);
    private static readonly LocalDate AutumnDay = new(2023, 9, 1);

    private static IReadOnlyList<Compilation> Two((string Service, string[] Themes)[] spring, (string Service, string[] Themes)[] autumn)
    {
        var first = Compile(Ek, SpringDay, PhenomenonFixtures.Reports(Ek, SpringDay, "S", spring));
        return [first, Compile(Ek, AutumnDay, PhenomenonFixtures.Reports(Ek, AutumnDay, "A", autumn), first)];
    }

    private static List<string> Order(IReadOnlyList<Compilation> compilations) =>
        PhenomenonCandidates.Rank(Ek, compilations).Select(c => c.ThemeId.Value).ToList();

    // Equal reports: the theme seen in more services comes first.
    [Fact]
    public void Rank_EqualReports_MoreServicesFirst()
    {
        var latest = Compile(Ek, AutumnDay, PhenomenonFixtures.Reports(Ek, AutumnDay, "A", ("adult-social-work", ["violence"]), ("adult-social-work", ["violence"]), ("adult-social-work", ["housing"]), ("child-welfare", ["housing"])));

        Assert.Equal(["housing", "violence"], Order([latest]));
    }

    // Equal reports and services: the theme recurring in consecutive compilations comes first, before a theme that grew.
    [Fact]
    public void Rank_EqualReportsAndServices_RecurrenceBeforeChange()
    {
        var compilations = Two([("adult-social-work", ["violence"])], [("adult-social-work", ["violence"]), ("adult-social-work", ["housing"])]);

        var candidates = PhenomenonCandidates.Rank(Ek, compilations);

        Assert.Equal(["violence", "housing"], candidates.Select(c => c.ThemeId.Value));
        Assert.Equal((2, 0), (candidates[0].ConsecutiveCompilations, candidates[0].Change));
        Assert.Equal((1, 1), (candidates[1].ConsecutiveCompilations, candidates[1].Change));
    }

    // Equal reports, services and recurrence: the theme that grew comes first; a fall is a reason of its own, with its sign.
    [Fact]
    public void Rank_EqualOtherwise_TheGrowingThemeFirst_AndAFallIsSaidWithItsSign()
    {
        var compilations = Two(
            [("adult-social-work", ["violence"]), ("adult-social-work", ["violence"]), ("adult-social-work", ["housing"])],
            [("adult-social-work", ["violence"]), ("adult-social-work", ["housing"])]);

        var candidates = PhenomenonCandidates.Rank(Ek, compilations);

        Assert.Equal(["housing", "violence"], candidates.Select(c => c.ThemeId.Value));
        Assert.Equal((0, -1), (candidates[0].Change, candidates[1].Change));
        var fall = candidates[1].Reasons[^1];
        Assert.All(new[] { fall.Fi, fall.Sv!, fall.En! }, text => Assert.Contains("-1", text, StringComparison.Ordinal));
        Assert.All(new[] { fall.Fi, fall.Sv!, fall.En! }, text => Assert.DoesNotContain("+", text, StringComparison.Ordinal));
        Assert.Equal(2, candidates[0].Reasons.Count); // reports, recurrence; no change to tell
        Assert.Equal(3, candidates[1].Reasons.Count);
    }

    // Everything equal: the theme ids in ordinal order; each candidate is named as the profile names its theme.
    [Fact]
    public void Rank_AllEqual_ByThemeId_WithTheProfilesNames()
    {
        var latest = Compile(Ek, AutumnDay, PhenomenonFixtures.Reports(Ek, AutumnDay, "A", ("adult-social-work", ["violence"]), ("adult-social-work", ["housing"]), ("adult-social-work", ["everyday-life"])));

        var candidates = PhenomenonCandidates.Rank(Ek, [latest]);

        Assert.Equal(["everyday-life", "housing", "violence"], candidates.Select(c => c.ThemeId.Value));
        Assert.Equal([1, 2, 3], candidates.Select(c => c.Rank));
        Assert.All(candidates, c => Assert.Equal(Ek.FindTheme(c.ThemeId)!.Name, c.Name));
        Assert.All(candidates, c => Assert.Equal(latest.Id, c.Compilation));
        Assert.All(candidates, c => Assert.Equal((0, 1), (c.Change, c.Reasons.Count))); // no previous compilation: no change
    }

    // The latest compilation is the one of the latest period, whatever the order given; the one before it is the
    // previous, not an older one of the same period.
    [Fact]
    public void Rank_TheLatestPeriodLeads_InAnyOrderGiven()
    {
        var compilations = Two([("adult-social-work", ["violence"])], [("adult-social-work", ["housing"]), ("child-welfare", ["housing"])]);

        Assert.Equal(["housing"], Order([compilations[1], compilations[0]]));
        Assert.Equal(2, PhenomenonCandidates.Rank(Ek, [compilations[1], compilations[0]])[0].Change);
        Assert.Equal(["violence"], Order([compilations[0]]));
    }

    [Fact]
    public void Rank_RefusesNullAndAnotherRegionsCompilation_NamingBothRegions()
    {
        var compilations = Two([("adult-social-work", ["violence"])], [("adult-social-work", ["housing"])]);

        Assert.Equal("compilations", Assert.Throws<ArgumentNullException>(() => PhenomenonCandidates.Rank(Ek, [compilations[0], null!])).ParamName);
        Assert.Equal("profile", Assert.Throws<ArgumentNullException>(() => PhenomenonCandidates.Rank(null!, compilations)).ParamName);
        var e = Assert.Throws<ArgumentException>(() => PhenomenonCandidates.Rank(BuiltInRegions.Kymenlaakso, compilations));
        Assert.Equal("compilations", e.ParamName);
        Assert.Contains($"'{Ek.Id}'", e.Message, StringComparison.Ordinal);
        Assert.Contains($"'{BuiltInRegions.Kymenlaakso.Id}'", e.Message, StringComparison.Ordinal);
    }

    // A candidate's reasons joined in the language asked become the justification of a reason from the compilations.
    [Fact]
    public void Candidate_ToSelectionReason_JoinsItsReasonsInTheLanguageAsked()
    {
        var compilations = Two([("adult-social-work", ["housing"])], [("adult-social-work", ["housing"]), ("child-welfare", ["housing"])]);
        var candidate = PhenomenonCandidates.Rank(Ek, compilations)[0];

        foreach (var language in Enum.GetValues<Language>())
        {
            var reason = candidate.ToSelectionReason(language);
            Assert.Equal(candidate.Reasons.Select(r => r.Get(language)), reason.Justification.Split("; "));
            Assert.Equal((CandidateSource.Compilations, (CompilationId?)candidate.Compilation), (reason.Source, reason.Compilation));
        }

        Assert.Equal(candidate.ToSelectionReason(Language.Finnish), candidate.ToSelectionReason());
    }

    // The prevalence counts the reports of the phenomenon's themes per service and period, one compilation per period.
    [Fact]
    public void Prevalence_CountsThemedReportsPerServiceAndPeriod_OneCompilationPerPeriod()
    {
        var compilations = Two(
            [("adult-social-work", ["housing"]), ("child-welfare", ["violence"]), ("family-social-work", ["everyday-life"])],
            [("child-welfare", ["housing", "violence"]), ("adult-social-work", ["housing"]), ("adult-social-work", ["housing"])]);
        var again = Compile(Ek, SpringDay, PhenomenonFixtures.Reports(Ek, SpringDay, "X", ("family-social-work", ["housing"])));

        var prevalence = PhenomenonPrevalence.Compute([new ThemeId("housing"), new ThemeId("violence")], [compilations[1], compilations[0], again]);

        Assert.Equal([compilations[0].Id, compilations[1].Id], prevalence.Compilations);
        Assert.Equal([compilations[0].Content.Period, compilations[1].Content.Period], prevalence.Periods);
        Assert.Equal(
            [("adult-social-work", 1), ("child-welfare", 1), ("adult-social-work", 2), ("child-welfare", 1)],
            prevalence.Counts.Select(c => (c.ServiceId.Value, c.Reports)));
        Assert.Equal((5, 2), (prevalence.Total, prevalence.Services));
        Assert.Throws<ArgumentNullException>(() => PhenomenonPrevalence.Compute(null!, compilations));
        Assert.Throws<ArgumentNullException>(() => PhenomenonPrevalence.Compute([new ThemeId("housing")], null!));
        Assert.Equal("compilations", Assert.Throws<ArgumentNullException>(() => PhenomenonPrevalence.Compute([new ThemeId("housing")], [null!])).ParamName);
        Assert.Equal("compilations", Assert.Throws<ArgumentException>(() => new PhenomenonPrevalence([default], [])).ParamName);
    }

    [Fact]
    public void SelectionValues_RefuseWhatIsNotAChoice()
    {
        var reason = new SelectionReason(CandidateSource.OtherActors, "Verkosto ehdotti.");
        var compilation = new CompilationId("c-1");

        Assert.Equal("compilation", Assert.Throws<ArgumentException>(() => new SelectionReason(CandidateSource.OtherActors, "x", compilation)).ParamName);
        Assert.Equal("compilation", Assert.Throws<ArgumentException>(() => new SelectionReason(CandidateSource.Compilations, "x", default(CompilationId))).ParamName);
        Assert.Equal(compilation, new SelectionReason(CandidateSource.Compilations, "x", compilation).Compilation);
        Assert.Null(new SelectionReason(CandidateSource.Compilations, "x").Compilation);
        Assert.Throws<ArgumentException>(() => new SelectionReason(CandidateSource.OtherActors, " "));
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new SelectionReason((CandidateSource)42, "x"));

        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => new PhenomenonSelection(0, "t", [new ThemeId("housing")], [reason], "j")).ParamName);
        Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => new PhenomenonSelection(10000, "t", [new ThemeId("housing")], [reason], "j")).ParamName);
        Assert.Equal((1, 9999), (new PhenomenonSelection(1, "t", [new ThemeId("housing")], [reason], "j").Year, new PhenomenonSelection(9999, "t", [new ThemeId("housing")], [reason], "j").Year));
        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new PhenomenonSelection(2024, "t", [], [reason], "j")).ParamName);
        Assert.Equal("themes", Assert.Throws<ArgumentException>(() => new PhenomenonSelection(2024, "t", [default], [reason], "j")).ParamName);
        Assert.Equal("reasons", Assert.Throws<ArgumentException>(() => new PhenomenonSelection(2024, "t", [new ThemeId("housing")], [], "j")).ParamName);
        Assert.Throws<ArgumentException>(() => new PhenomenonSelection(2024, " ", [new ThemeId("housing")], [reason], "j"));
        Assert.Throws<ArgumentException>(() => new PhenomenonSelection(2024, "t", [new ThemeId("housing")], [reason], " "));
    }

    [Fact]
    public void WorkshopValues_RefuseWhatIsNotASession()
    {
        var input = new WorkshopInput(WorkshopInputKind.HowItShows, "Näkyy asumisen ongelmina.", new ServiceId("child-welfare"));
        var participants = Ek2024Interview(16, "adult-social-work", "x").Participants;

        Assert.Equal("workshop", Assert.Throws<ArgumentException>(() => new WorkshopSession(0, SpringDay, WorkshopMethod.SmallGroupInterview, participants, [input])).ParamName);
        Assert.Equal("inputs", Assert.Throws<ArgumentException>(() => new WorkshopSession(1, SpringDay, WorkshopMethod.SmallGroupInterview, participants, [])).ParamName);
        Assert.Throws<System.ComponentModel.InvalidEnumArgumentException>(() => new WorkshopSession(1, SpringDay, (WorkshopMethod)42, participants, [input]));
        Assert.Throws<ArgumentNullException>(() => new WorkshopSession(1, SpringDay, WorkshopMethod.SmallGroupInterview, null!, [input]));
        Assert.Equal(1, new WorkshopSession(1, SpringDay, WorkshopMethod.SmallGroupInterview, participants, [input]).Workshop);
        Assert.Equal("serviceId", Assert.Throws<ArgumentException>(() => new WorkshopInput(WorkshopInputKind.Extent, "x", default(ServiceId))).ParamName);
        Assert.Throws<ArgumentException>(() => new WorkshopInput(WorkshopInputKind.Extent, " "));
        Assert.Contains("child-welfare", input.ToString(), StringComparison.Ordinal);
        Assert.Contains(input.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), input.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(input.Text, input.ToString(), StringComparison.Ordinal); // the text itself may be about clients
        Assert.DoesNotContain("child-welfare", new WorkshopInput(WorkshopInputKind.Extent, "x").ToString(), StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ActionProposal(" ", PartyReference.ToActor("artu")));
        Assert.Throws<ArgumentNullException>(() => new ActionProposal("Ehdotus.", null!));
    }

    [Fact]
    public void PhenomenonReportId_For_NamesTheRegionAndTheYear()
    {
        var id = PhenomenonReportId.For(Ek.Id, 2024);

        Assert.StartsWith(Ek.Id.ToString(), id.Value, StringComparison.Ordinal);
        Assert.EndsWith("2024", id.Value, StringComparison.Ordinal);
        Assert.NotEqual(id, PhenomenonReportId.For(Ek.Id, 2025));
        Assert.NotEqual(id, PhenomenonReportId.For(BuiltInRegions.Kymenlaakso.Id, 2024));
        Assert.Equal("regionId", Assert.Throws<ArgumentException>(() => PhenomenonReportId.For(default, 2024)).ParamName);
        Assert.Equal(string.Empty, default(PhenomenonReportId).ToString());
        Assert.True(PhenomenonReportId.IsValid(id.Value));
        Assert.False(PhenomenonReportId.IsValid(new string('a', PhenomenonReportId.MaxLength + 1)));
        Assert.True(PhenomenonReportId.IsValid(new string('a', PhenomenonReportId.MaxLength)));
    }
}
