using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Calendar.Tests;

/// <summary>A built-in region whose clock is replaced by random rules, and a year.</summary>
/// <param name="Clock">The clock.</param>
/// <param name="Language">The language to export in.</param>
public sealed record ClockSample(AnnualClock Clock, Language Language)
{
    /// <inheritdoc/>
    public override string ToString() => $"{Clock} in {Language}: [{string.Join("; ", Clock.Profile.Clock!.Rules)}]";
}

/// <summary>FsCheck generators for the calendar tests; values are valid by construction.</summary>
public static class ClockArbitraries
{
    // Text with the characters iCalendar must escape or fold: ; , \ newline, long runs, non-ASCII.
    private static readonly string[] Fragments = ["tapaaminen", "ä", "Å", ";", ",", "\\", "\n", " ", "\"", "😀", "x", "verkosto ja johtoryhmä "];

    /// <summary>Random clocks of one to eight rules on a built-in region, for years 1900–2199.</summary>
    public static Arbitrary<ClockSample> Samples() =>
        (from profile in Gen.Elements(BuiltInRegions.Kymenlaakso, BuiltInRegions.EtelaKarjala)
         from count in Gen.Choose(1, 8)
         from rules in Gen.CollectToArray(Enumerable.Range(0, count), i => RuleGen($"rule-{i}", profile.Actors.Select(a => a.Id).ToArray()))
         from year in Gen.Choose(1900, 2199)
         from language in Gen.Elements(Enum.GetValues<Language>())
         select new ClockSample(AnnualClock.For(profile with { Clock = new ClockDefinition(rules) }, year), language)).ToArbitrary();

    private static Gen<string> TextGen => Gen.NonEmptyListOf(Gen.Elements(Fragments)).Select(parts => "a" + string.Concat(parts));

    private static Gen<LocalizedText> LabelGen =>
        from fi in TextGen
        from sv in Gen.OneOf(Gen.Constant<string?>(null), TextGen.Select(s => (string?)s))
        from en in Gen.OneOf(Gen.Constant<string?>(null), TextGen.Select(s => (string?)s))
        select new LocalizedText(fi, sv, en);

    private static Gen<ClockRule> RuleGen(string id, ActorId[] actors) =>
        from kind in Gen.Elements(Enum.GetValues<ActivityKind>())
        from label in LabelGen
        from responsible in Gen.Elements(actors)
        from participants in Gen.ListOf(Gen.OneOf(Gen.Elements(actors).Select(PartyReference.ToActor), LabelGen.Select(PartyReference.ToExternal)))
        from when in WhenGen
        select new ClockRule { Id = new ClockRuleId(id), Activity = kind, Label = label, Responsible = responsible, Participants = participants, When = when, Source = "5.3" };

    private static Gen<ClockWhen> WhenGen =>
        Gen.OneOf(
            Gen.Choose(0, 365).Select(d => new LocalDate(2024, 1, 1).PlusDays(d)).Select(d => ClockWhen.OnDate(new AnnualDate(d.Month, d.Day))),
            Gen.Choose(1, 12).Select(ClockWhen.InMonth),
            Gen.NonEmptyListOf(Gen.Choose(1, 12)).Select(ms => ClockWhen.InMonths(ms.Distinct().ToArray())),
            Gen.SubListOf(Enumerable.Range(1, 11)).Select(ms => ClockWhen.Monthly(ms.ToArray())),
            Gen.Zip(Gen.Choose(1, 4), Gen.Elements(Enum.GetValues<QuarterPart>())).Select(t => ClockWhen.InQuarterPart(t.Item1, t.Item2)),
            Gen.Choose(1, 12).Select(ClockWhen.Times),
            Gen.Choose(1, 366).Select(ClockWhen.AfterPeriodEnd),
            Gen.Constant(ClockWhen.OnPeriodEnds()));
}
