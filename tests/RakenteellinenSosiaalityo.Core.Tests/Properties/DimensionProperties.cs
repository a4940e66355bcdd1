using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Areas;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>One generated report's keys: an area index (-1 none), a language (0 none, 1 fi, 2 sv), a service, themes, subjects, professions, client groups.</summary>
/// <param name="Area">Index of the area, or -1 for none.</param>
/// <param name="Language">0 none, 1 fi, 2 sv.</param>
/// <param name="Service">Index of the service.</param>
/// <param name="Themes">Indexes of the themes.</param>
/// <param name="Subjects">The subjects.</param>
/// <param name="Professions">The authors' professions, at least one.</param>
/// <param name="ClientGroups">Indexes of the client groups.</param>
public sealed record DimensionReport(int Area, int Language, int Service, int[] Themes, ReportSubject[] Subjects, Profession[] Professions, int[] ClientGroups);

/// <summary>A region with areas, its declared dimensions, and reports.</summary>
/// <param name="Areas">How many areas the region has.</param>
/// <param name="Dimensions">The declared dimensions.</param>
/// <param name="Reports">The reports.</param>
public sealed record DimensionScenario(int Areas, GroupingDimension[] Dimensions, IReadOnlyList<DimensionReport> Reports)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Areas} areas, groupBy [{string.Join(", ", Dimensions)}], {Reports.Count} reports";
}

/// <summary>Generators for the dimension properties, building valid values directly.</summary>
public static class DimensionArbitraries
{
    private static readonly string[] ClientGroupPool = ["lapsiperheet", "nuoret", "ikääntyneet", "maahan muuttaneet"];

    /// <summary>Scenarios: 1–8 areas, any non-empty ordered set of dimensions, up to 40 reports.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<DimensionScenario> Scenarios()
    {
        var report =
            from area in Gen.Choose(-1, 7)
            from language in Gen.Choose(0, 2)
            from service in Gen.Choose(0, 20)
            from themes in Gen.SubListOf(Enumerable.Range(0, 6).ToArray())
            from subjects in Gen.SubListOf(Enum.GetValues<ReportSubject>())
            from first in Gen.Elements(Enum.GetValues<Profession>())
            from second in Gen.Elements(Enum.GetValues<Profession>())
            from groups in Gen.SubListOf(Enumerable.Range(0, ClientGroupPool.Length).ToArray())
            select new DimensionReport(area, language, service, themes.ToArray(), subjects.ToArray(), [first, second], groups.ToArray());
        return (from areas in Gen.Choose(1, 8)
                from first in Gen.Elements(Enum.GetValues<GroupingDimension>())
                from others in Gen.SubListOf(Enum.GetValues<GroupingDimension>())
                from order in Gen.Shuffle(others.Prepend(first).Distinct().ToArray())
                from reports in Gen.ListOf(report)
                select new DimensionScenario(areas, order, reports.Take(40).ToList())).ToArbitrary();
    }

    internal static string ClientGroup(int index) => ClientGroupPool[index];
}

/// <summary>
/// Issue 13: compilations lose nothing per dimension. For every declared dimension, each included report is in the
/// group of each of its keys and in no other; in a dimension with one key per report (service, area, language) that
/// is exactly one group, so the group counts sum to the included count.
/// </summary>
[Properties(Arbitrary = new[] { typeof(DimensionArbitraries) }, MaxTest = 200)]
public sealed class DimensionProperties
{
    [Property]
    public void EveryIncludedReport_IsInTheGroupsOfItsKeys_InEveryDeclaredDimension(DimensionScenario scenario)
    {
        // Kymenlaakso: a report is ready for compilation once submitted, so every generated report is included.
        var k = BuiltInRegions.Kymenlaakso;
        var profile = k with
        {
            Areas = Enumerable.Range(0, scenario.Areas).Select(i => new Area { Id = $"kunta-{i}", Name = new LocalizedText($"Kunta {i}") }).ToList(),
            CompilationRules = new CompilationRules(3, 2, scenario.Dimensions),
        };
        var period = profile.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 1));
        var author = new Performer(profile.ReportProcess.First.PerformedBy);
        var at = FinnishTime.StartOf(period.Start);
        var reports = scenario.Reports.Select((g, i) => SocialReport.Create(profile, new ReportId($"R-{i}"), ContentOf(profile, g), author, at)
            .Submit(profile, author, at + Duration.FromHours(i + 1))).ToList();

        var content = Compiler.Compile(profile, period, FinnishTime.StartOf(period.End.PlusDays(1)), reports);

        Assert.Equal(reports.Count, content.Included.Count);
        Assert.Equal(scenario.Dimensions, content.Dimensions);
        foreach (var dimension in scenario.Dimensions)
        {
            var groups = content.GroupsOf(dimension);
            Assert.All(groups, g => Assert.Equal(dimension, g.Dimension));
            Assert.Equal(groups.Count, groups.Select(g => g.Key).Distinct().Count());
            foreach (var report in content.Included)
            {
                var expected = Keys(dimension, report.Content).Order(StringComparer.Ordinal).ToList();
                var actual = groups.Where(g => g.Reports.Contains(report.Id)).Select(g => g.Key).Order(StringComparer.Ordinal).ToList();
                Assert.Equal(expected, actual);
            }

            Assert.Equal(content.Included.Sum(r => Keys(dimension, r.Content).Count), groups.Sum(g => g.Reports.Count));
            if (dimension is GroupingDimension.Service or GroupingDimension.Area or GroupingDimension.Language)
            {
                Assert.Equal(content.Included.Count, groups.Sum(g => g.Reports.Count));
            }
        }
    }

    private static ReportContent ContentOf(RegionProfile profile, DimensionReport g) => ReportFixtures.Content(serviceId: profile.Services[g.Service % profile.Services.Count].Id) with
    {
        AreaId = g.Area < 0 ? null : profile.Areas[g.Area % profile.Areas.Count].Id,
        Language = g.Language switch { 1 => "fi", 2 => "sv", _ => null },
        Themes = g.Themes.Select(t => profile.PhenomenonThemes[t % profile.PhenomenonThemes.Count].Id).Distinct().ToArray(),
        Subjects = g.Subjects,
        Authors = g.Professions.Select((p, i) => new ReportAuthor($"Tekijä {i}", p, p == Profession.Other ? "Perhetyöntekijä" : null)).ToList(),
        ClientGroups = g.ClientGroups.Select(DimensionArbitraries.ClientGroup).ToList(),
    };

    // The keys the test expects, written out from the report's content, independently of the compiler.
    private static List<string> Keys(GroupingDimension dimension, ReportContent c) => dimension switch
    {
        GroupingDimension.Theme => [.. c.Themes.Select(t => t.Value)],
        GroupingDimension.Service => [c.ServiceId.Value],
        GroupingDimension.Subject => c.Subjects.Select(s => CamelCase.Of(s)).ToList(),
        GroupingDimension.Area => [c.AreaId ?? "-"],
        GroupingDimension.Profession => c.Authors.Select(a => CamelCase.Of(a.Profession)).Distinct().ToList(),
        GroupingDimension.ClientGroup => [.. c.ClientGroups.Distinct()],
        _ => [c.Language ?? "fi"],
    };
}
