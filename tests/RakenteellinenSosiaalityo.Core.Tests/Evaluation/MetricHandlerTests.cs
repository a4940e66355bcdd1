using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Evaluation;

/// <summary>Which body must record a handling for a metric to count it (issue 15: the main job reached into the derivation).</summary>
public sealed class MetricHandlerTests
{
    private static readonly RegionProfile EtelaKarjala = BuiltInRegions.EtelaKarjala;

    private static Core.Evaluation.EvaluationMetric Metric(RegionProfile profile, string id) => profile.Metrics.Single(m => m.Id.Value == id);

    // EK 3: the network reviews the compilations twice a year, ArTu processes them; the network approves the phenomenon report.
    [Theory]
    [InlineData("network-compilation-reviews", "network", null)]
    [InlineData("artu-report-handling", "artu", null)]
    [InlineData("phenomenon-report", null, "network")]
    [InlineData("network-meetings", null, null)]
    public void EtelaKarjala_EK3_NamesTheHandlingBody(string metric, string? compilations, string? phenomenonReports)
    {
        var m = Metric(EtelaKarjala, metric);

        Assert.Equal(compilations is null ? null : new ActorId(compilations), m.CompilationHandler);
        Assert.Equal(phenomenonReports is null ? null : new ActorId(phenomenonReports), m.PhenomenonReportHandler);
    }

    [Fact]
    public void ManualMetric_NamesNoHandlingBody()
    {
        var manual = EtelaKarjala.Metrics.First(m => m.IsManual);

        Assert.Null(manual.CompilationHandler);
        Assert.Null(manual.PhenomenonReportHandler);
    }

    // A productsHandled rule counting both kinds of product names its body for both.
    [Fact]
    public void ProductsHandled_OfBothKinds_NamesTheBodyForBoth()
    {
        var profile = Tests.Regions.TestProfiles.Load("four-periods");

        var m = Metric(profile, "knowledge-products-handled");

        Assert.Equal((new ActorId("steering-group"), new ActorId("steering-group")), (m.CompilationHandler!.Value, m.PhenomenonReportHandler!.Value));
    }

    // Each kind answers for itself whose records it counts (issue 15: no read-only views of the old nullable shape).
    [Fact]
    public void RecordedBy_IsTheBodyOfTheKindsThatCountABodysRecords_AndNullForTheOthers()
    {
        var body = new ActorId("network");
        var kinds = new (Core.Evaluation.MetricDerivation Rule, ActorId? Expected)[]
        {
            (new Core.Evaluation.MeetingsHeldRule(body, target: 11), body),
            (new Core.Evaluation.ProductsHandledRule(body, compilations: 2), body),
            (new Core.Evaluation.PhenomenonReportRule(body), body),
            (new Core.Evaluation.ReportsPerPeriodRule(), null),
            (new Core.Evaluation.CommunicationRule([Core.Evaluation.CommunicationAudience.Internal]), null),
            (new Core.Evaluation.OnboardingRule(), null),
        };

        Assert.Equal(Core.Evaluation.MetricDerivation.Kinds.Count, kinds.Length);
        Assert.All(kinds, k => Assert.Equal(k.Expected, k.Rule.RecordedBy));
    }

    // A productsHandled rule counting only phenomenon reports handles no compilation, and the other way round.
    [Fact]
    public void ProductsHandled_OfOneKind_NamesTheBodyForThatKindOnly()
    {
        var body = new ActorId("artu");
        var compilations = Core.Evaluation.EvaluationMetric.DerivedBy(new Core.Evaluation.MetricId("c"), new(1, new Core.Text.LocalizedText("Tavoite")), new Core.Text.LocalizedText("Mittari"), new Core.Evaluation.ProductsHandledRule(body, compilations: 2));
        var reports = Core.Evaluation.EvaluationMetric.DerivedBy(new Core.Evaluation.MetricId("r"), new(1, new Core.Text.LocalizedText("Tavoite")), new Core.Text.LocalizedText("Mittari"), new Core.Evaluation.ProductsHandledRule(body, phenomenonReports: 1));

        Assert.Equal((body, (ActorId?)null), (compilations.CompilationHandler!.Value, compilations.PhenomenonReportHandler));
        Assert.Equal(((ActorId?)null, body), (reports.CompilationHandler, reports.PhenomenonReportHandler!.Value));
    }
}
