using NodaTime;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Testing;
using static RakenteellinenSosiaalityo.Core.Tests.Reports.ReportFixtures;

namespace RakenteellinenSosiaalityo.Core.Tests.Compilations;

/// <summary>Compilations of the built-in regions for the lifecycle tests: a few reports of spring 2025, compiled after both regions' periods end.</summary>
internal static class CompilationFixtures
{
    /// <summary>After the K period (1.12.2024–31.5.2025) and the EK period (1.1.–30.6.2025) end.</summary>
    public static readonly Instant Cutoff = Instant.FromUtc(2025, 7, 10, 8, 0);

    public static RegionProfile Profile(string region) => region == "kymenlaakso" ? Kymenlaakso : EtelaKarjala;

    public static Instant T(int hours) => Cutoff + Duration.FromHours(hours);

    /// <summary>
    /// completed (included). R-2: submitted only (EK: carried over, not processed by the unit supervisor; K: included,
    /// a K report is ready once submitted). R-3: withdrawn (excluded). R-4: of service family-social-work, completed.
    /// </summary>
    public static IReadOnlyList<SocialReport> Reports(RegionProfile profile)
    {
        var complete = Complete(profile, Submitted(profile, "R-1"));
        var onlySubmitted = Submitted(profile, "R-2");
        var withdrawn = Submitted(profile, "R-3").Withdraw(profile, By("professionals"), At(3), "Tehty vahingossa.");
        var other = Complete(profile, SocialReport.Create(profile, new ReportId("R-4"), Tests.Reports.ReportFixtures.Content(serviceId: new ServiceId("family-social-work")), By("professionals"), Start).Submit(profile, By("professionals"), At(1)));
        return [complete, onlySubmitted, withdrawn, other];
    }

    public static CompilationContent Content(RegionProfile profile)
    {
        var period = profile.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 3));
        return Compiler.Compile(profile, period, Cutoff, Reports(profile));
    }

    public static Compilation Created(RegionProfile profile) =>
        Compilation.Create(profile, Content(profile), new Performer(profile.CompilationProcess.First.PerformedBy), T(1));

    /// <summary>The compilation with its first <paramref name="steps"/> steps performed, each by its actor and recording what it must.</summary>
    public static Compilation Walked(RegionProfile profile, int steps)
    {
        var compilation = Created(profile);
        var process = profile.CompilationProcess;
        for (var i = 1; i < steps; i++)
        {
            var step = process.Steps[i];
            compilation = compilation.Perform(profile, step.Id, new Performer(step.PerformedBy), T(1 + i), Required(step));
        }

        return compilation;
    }

    private static readonly Dictionary<string, Compilation> Starts = new()
    {
        ["kymenlaakso"] = Created(BuiltInRegions.Kymenlaakso),
        ["etela-karjala"] = Created(BuiltInRegions.EtelaKarjala),
    };

    /// <summary>
    /// Any profile's compilation of its period around 3.3.2025: the built-in ones as <see cref="Created"/> makes them; a
    /// random profile's of an empty period (its reports do not matter to the lifecycle), created by the first step's
    /// actor recording what that step must record.
    /// </summary>
    public static Compilation CreatedFor(RegionProfile profile)
    {
        if (Starts.TryGetValue(profile.Id.Value, out var builtIn) && BuiltInRegions.TryGet(profile.Id, out var known) && known == profile)
        {
            return builtIn;
        }

        var period = profile.ReportingPeriods.PeriodFor(new LocalDate(2025, 3, 3));
        var content = Compiler.Compile(profile, period, FinnishTime.StartOf(period.End.PlusDays(1)), []);
        var first = profile.CompilationProcess.First;
        return Compilation.Create(profile, content, new Performer(first.PerformedBy), content.Cutoff, Required(first));
    }

    /// <summary>
    /// The compilation of <paramref name="count"/> synthetic reports of the profile's first period of 2025
    /// (<paramref name="returnedShare"/> returned, <paramref name="withdrawnShare"/> withdrawn), compiled and created by the first step's actor a month after the
    /// period ends: the set-up of the tests of documents at scale.
    /// </summary>
    public static Compilation Generated(RegionProfile profile, int count, int seed, double returnedShare, double withdrawnShare = 0.01)
    {
        var period = profile.ReportingPeriods.PeriodsInYear(2025)[0];
        var options = SyntheticReportOptions.Default with { ReturnedShare = returnedShare, WithdrawnShare = withdrawnShare };
        var reports = SyntheticReports.Generate(profile, period, count, seed, options);
        var cutoff = FinnishTime.StartOf(period.End.PlusDays(31));
        var content = Compiler.Compile(profile, period, cutoff, reports);
        return Compilation.Create(profile, content, new Performer(profile.CompilationProcess.First.PerformedBy), cutoff);
    }

    public static List<RecordEntry> Required(ProcessStep step) => step.Records.Select(k => new RecordEntry(k, $"Kirjaus: {k}.")).ToList();

    private static SocialReport Complete(RegionProfile profile, SocialReport report) =>
        report.IsReadyForCompilation ? report : report.Perform(profile, new StepId("supervisor-review"), By("unit-supervisor"), At(2));
}
