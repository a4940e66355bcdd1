using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Tests.Reports;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>A compiled report's row lists its authors' professions once each, in the enum's order, whatever the authors' order.</summary>
public sealed class CompiledReportTests
{
    [Theory]
    [InlineData(new[] { Profession.SchoolCurator, Profession.SocialWorker, Profession.SchoolCurator }, new[] { Profession.SocialWorker, Profession.SchoolCurator })]
    [InlineData(new[] { Profession.CrisisWorker, Profession.SocialInstructor }, new[] { Profession.SocialInstructor, Profession.CrisisWorker })]
    [InlineData(new[] { Profession.SocialWorker }, new[] { Profession.SocialWorker })]
    public void Professions_AreDistinct_InEnumOrder(Profession[] authors, Profession[] expected)
    {
        var profile = BuiltInRegions.Kymenlaakso;
        var content = ReportFixtures.Content() with { Authors = [.. authors.Select((p, i) => new ReportAuthor($"Tekijä {i}", p))] };
        var report = ReportFixtures.Draft(profile, "R-1", content).Submit(profile, new(new("professionals")), ReportFixtures.At(1));
        var period = profile.ReportingPeriods.PeriodOf(report.SubmittedAt!.Value);
        var compilation = Compiler.Compile(profile, period, FinnishTime.StartOf(period.End.PlusDays(10)), [report]);

        // Twice: the second row takes the list kept for that combination of professions.
        Assert.All(Enumerable.Range(0, 2), _ => Assert.Equal(expected, Assert.Single(CompiledReport.Of(compilation, profile)).Professions));
    }
}
