using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Tests.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Clock;

/// <summary>The one home of the clock tests' profile and rule builder.</summary>
internal static class ClockFixtures
{
    /// <summary>The minimal profile (four quarters a year, actors <c>board</c> and <c>team</c>), without a clock.</summary>
    public static readonly RegionProfile Minimal = RegionProfileJson.Load(ProfileDocuments.MinimalProfile);

    /// <summary>A meeting of <c>team</c> at <paramref name="when"/>, labelled with its id unless a label is given.</summary>
    public static ClockRule Rule(string id, ClockWhen when, LocalizedText? label = null) => new()
    {
        Id = new ClockRuleId(id),
        Activity = ActivityKind.Meeting,
        Label = label ?? new LocalizedText(id),
        Responsible = new ActorId("team"),
        When = when,
    };
}
