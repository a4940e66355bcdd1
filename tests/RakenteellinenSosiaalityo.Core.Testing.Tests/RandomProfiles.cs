using FsCheck;
using FsCheck.Fluent;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Testing.Tests;

/// <summary>
/// Random region profiles for the generator: the Etelä-Karjala profile with random services, themes (possibly none)
/// and a random report process (one to five steps, linear or branching, any completion step, steps that must or may
/// record), performed by the profile's actors. Built valid by construction.
/// </summary>
public static class RandomProfiles
{
    private static readonly ActorId[] Actors = BuiltInRegions.EtelaKarjala.Actors.Select(a => a.Id).ToArray();

    /// <summary>Random profiles.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<RegionProfile> Profiles() => ProfileGen.ToArbitrary();

    /// <summary>The generator of random profiles.</summary>
    public static Gen<RegionProfile> ProfileGen =>
        from services in Gen.Choose(1, 6)
        from themes in Gen.Choose(0, 5)
        from steps in Gen.Choose(1, 5)
        from performers in Gen.ArrayOf(Gen.Elements(Actors), steps)
        from afters in Gen.ArrayOf(Gen.Choose(-1, steps), steps)
        from records in Gen.ArrayOf(Gen.SubListOf(Enum.GetValues<RecordKind>()), steps)
        from mayRecord in Gen.ArrayOf(Gen.SubListOf(Enum.GetValues<RecordKind>()), steps)
        from completion in Gen.Choose(-1, steps - 1)
        select Build(services, themes, performers, afters, records, mayRecord, completion);

    private static RegionProfile Build(int services, int themes, ActorId[] performers, int[] afters, IList<RecordKind>[] records, IList<RecordKind>[] mayRecord, int completion)
    {
        var steps = performers.Select((actor, i) => new ProcessStep
        {
            Id = new StepId($"step-{i}"),
            Name = new LocalizedText($"Vaihe {i}"),
            PerformedBy = actor,

            // Follows the step before it, or (at random) any earlier step: every step is reachable.
            After = i > 0 && afters[i] >= 0 && afters[i] < i ? new StepId($"step-{afters[i]}") : null,
            Records = records[i].Take(2).ToArray(),
            MayRecord = mayRecord[i].Take(2).ToArray(),
        }).ToArray();
        return BuiltInRegions.EtelaKarjala with
        {
            Id = new RegionId($"random-{services}-{themes}-{steps.Length}"),
            Services = Enumerable.Range(0, services).Select(i => new ServiceUnit { Id = new ServiceId($"service-{i}"), Name = new LocalizedText($"Palvelu {i}") }).ToArray(),
            PhenomenonThemes = Enumerable.Range(0, themes).Select(i => new PhenomenonTheme { Id = new ThemeId($"theme-{i}"), Name = new LocalizedText($"Ilmiö {i}") }).ToArray(),
            ReportProcess = new ProcessDefinition(steps, completion < 0 ? null : new StepId($"step-{completion}")),
        };
    }
}
