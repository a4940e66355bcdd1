using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>What a <see cref="MetricDerivation"/> evaluates on: the profile, the evaluated dates and the checked inputs of one evaluation.</summary>
/// <param name="Profile">The region profile.</param>
/// <param name="Dates">The evaluated dates, both ends included.</param>
/// <param name="Reports">The region's social reports.</param>
/// <param name="Compilations">The region's compilations.</param>
/// <param name="Records">What happened within the dates.</param>
internal sealed record MetricInputs(
    RegionProfile Profile,
    DateInterval Dates,
    IReadOnlyList<SocialReport> Reports,
    IReadOnlyList<CompilationContent> Compilations,
    IReadOnlyList<ActivityRecord> Records)
{
    /// <summary>The actor's name in <paramref name="language"/>, or its id when the profile does not have it.</summary>
    public string Name(ActorId id, Language language) => Profile.FindActor(id)?.Name.Get(language) ?? id.Value;

    // A count with its noun in the singular for one and the plural otherwise (Finnish: the partitive, as after numbers
    // other than one), so that no explanation says "1 reports".
    public static string Counted(int count, string one, string many) =>
        FormattableString.Invariant($"{count} {(count == 1 ? one : many)}");

    public static LocalizedText Say(FormattableString fi, FormattableString sv, FormattableString en) =>
        new(FormattableString.Invariant(fi), FormattableString.Invariant(sv), FormattableString.Invariant(en));

    public static MetricStatus AllSomeNone(int reached, int needed) =>
        reached >= needed ? MetricStatus.Realized : reached > 0 ? MetricStatus.Partly : MetricStatus.NotRealized;
}
