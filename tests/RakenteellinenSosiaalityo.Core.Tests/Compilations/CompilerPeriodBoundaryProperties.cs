using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>A submission near a boundary of Kymenlaakso's winter period 2024–2025, in Finland's winter or summer time.</summary>
/// <param name="AtEnd">Near the period's end (1.6., summer time) rather than its start (1.12., winter time).</param>
/// <param name="Offset">How far from the boundary's first instant, either way, down to the nanosecond.</param>
public sealed record BoundarySubmission(bool AtEnd, Duration Offset);

/// <summary>Submissions within three days of a period boundary, many within a second of it.</summary>
public static class BoundaryArbitraries
{
    /// <summary>The submissions.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BoundarySubmission> Submissions()
    {
        var seconds = Gen.OneOf(Gen.Choose(-259_200, 259_200), Gen.Choose(-2, 1), Gen.Choose(-10_800, 10_800));
        return (from atEnd in Gen.Elements(true, false)
                from s in seconds
                from ns in Gen.OneOf(Gen.Constant(0), Gen.Choose(0, 999_999_999))
                select new BoundarySubmission(atEnd, Duration.FromSeconds(s) + Duration.FromNanoseconds(ns))).ToArbitrary();
    }
}

// The compiler tests a submission against the period's first instants in Finland instead of converting it to a date;
// this pins that the two agree on every instant around a boundary (K: a report is ready once submitted).
public sealed class CompilerPeriodBoundaryProperties
{
    private static readonly RegionProfile Profile = BuiltInRegions.Kymenlaakso;
    private static readonly ReportingPeriod Winter = Profile.ReportingPeriods.PeriodFor(new LocalDate(2025, 1, 15));

    [Property(MaxTest = 300, Arbitrary = new[] { typeof(BoundaryArbitraries) })]
    public void Compile_PicksAReport_ExactlyWhenItsDateInFinlandIsInThePeriod(BoundarySubmission submission)
    {
        var boundary = FinnishTime.StartOf(submission.AtEnd ? Winter.End.PlusDays(1) : Winter.Start);
        var submitted = boundary + submission.Offset;
        var report = SocialReport.Create(Profile, new ReportId("K-1"), Content(), By("professionals"), submitted)
            .Submit(Profile, By("professionals"), submitted);

        var compilation = Compiler.Compile(Profile, Winter, FinnishTime.StartOf(Winter.End.PlusDays(31)), [report]);

        var inPeriod = Profile.ReportingPeriods.PeriodOf(submitted) == Winter;
        Assert.Equal(inPeriod ? 1 : 0, compilation.Included.Count);
        Assert.Equal(inPeriod, FinnishTime.DateOf(submitted) >= Winter.Start && FinnishTime.DateOf(submitted) <= Winter.End);
    }
}
