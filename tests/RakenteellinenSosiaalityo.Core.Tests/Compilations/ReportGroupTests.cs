using System.Reflection;
using System.Text.Json.Nodes;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>
/// A group's key means one thing per dimension (issue 15): code always says the dimension; only the JSON reader makes a
/// group from a key alone, and the document's lists give it back its dimension.
/// </summary>
public sealed class ReportGroupTests
{
    [Fact]
    public void EveryPublicConstructor_TakesTheDimensionFirst()
    {
        var constructors = typeof(ReportGroup).GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .Where(c => c.GetParameters() is not [{ ParameterType: var only }] || only != typeof(ReportGroup))
            .ToList();

        Assert.NotEmpty(constructors);
        Assert.All(constructors, c => Assert.Equal(typeof(GroupingDimension), c.GetParameters()[0].ParameterType));
    }

    [Fact]
    public void PublicConstructor_KeepsTheDimensionGiven_AndRefusesAnUndefinedOne()
    {
        var group = new ReportGroup(GroupingDimension.Service, "child-welfare", [new ReportId("R-1")]);

        Assert.Equal(GroupingDimension.Service, group.Dimension);
        Assert.Equal("child-welfare", group.Key);
        Assert.ThrowsAny<ArgumentException>(() => new ReportGroup((GroupingDimension)99, "x", []));
    }

    [Fact]
    public void CompilationRead_FromJson_GivesEachListItsDimension_AndTheSameJsonShape()
    {
        var profile = BuiltInRegions.EtelaKarjala;
        var date = new NodaTime.LocalDate(2025, 3, 3);
        var reports = Phenomena.PhenomenonFixtures.Reports(profile, date, "R", ("adult-social-work", ["housing"]), ("child-welfare", ["housing", "violence"]));
        var content = Compiler.Compile(profile, profile.ReportingPeriods.PeriodFor(date), CompilationFixtures.Cutoff, reports);
        var compilation = Compilation.Create(profile, content, new Performer(profile.CompilationProcess.First.PerformedBy), CompilationFixtures.T(1));
        var json = CompilationJson.Serialize(compilation);

        var read = CompilationJson.Deserialize(json, profile).Content;

        Assert.Equal(["housing", "violence"], read.ByTheme.Select(g => g.Key));
        Assert.All(read.ByTheme, g => Assert.Equal(GroupingDimension.Theme, g.Dimension));
        Assert.All(read.ByService, g => Assert.Equal(GroupingDimension.Service, g.Dimension));
        Assert.All(read.BySubject, g => Assert.Equal(GroupingDimension.Subject, g.Dimension));
        var first = JsonNode.Parse(json)!["content"]!["byTheme"]![0]!.AsObject();
        Assert.Equal(["key", "reports"], first.Select(p => p.Key));
    }
}
