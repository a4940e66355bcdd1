using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Evaluation;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>FsCheck generators for activity records and evaluation reports, valid by construction.</summary>
public static class EvaluationArbitraries
{
    private static readonly Gen<string> TextGen = DomainArbitraries.TextGen;

    private static readonly Gen<LocalDate> DateGen = Gen.Choose(0, 3650).Select(d => new LocalDate(2020, 1, 1).PlusDays(d));

    private static readonly Gen<ActorId> ActorGen = Gen.Elements("network", "artu", "steering-group", "working-group").Select(a => new ActorId(a));

    private static readonly Gen<string?> OptionalText = Gen.OneOf(Gen.Constant<string?>(null), TextGen.Select(t => (string?)t));

    private static readonly Gen<ActivityRecord> RecordGen =
        from day in DateGen
        from rule in Gen.Elements<string?>(null, "network-meeting", "compilation")
        from note in OptionalText
        from kind in Gen.Choose(0, 5)
        from actor in ActorGen
        from texts in Gen.ListOf(TextGen)
        from text in TextGen
        from count in Gen.Choose(1, 500)
        from flag in Gen.Elements(true, false)
        from audience in Gen.Elements(CommunicationAudience.Internal, CommunicationAudience.DecisionMakers, CommunicationAudience.External)
        let record = kind switch
        {
            0 => (ActivityRecord)new MeetingHeld(day, actor, texts.ToArray(), flag ? [PartyReference.ToActor("lab"), PartyReference.ToExternal(new LocalizedText(text))] : null),
            1 => KnowledgeProductHandled.Compilation(day, actor, new ReportingPeriod(day, day.PlusDays(count))),
            2 => KnowledgeProductHandled.Phenomenon(day, actor, text, flag),
            3 => new CommunicationMade(day, audience, text, flag ? text : null),
            4 => new OnboardingGiven(day, count, flag ? text : null),
            _ => new TrainingEventHeld(day, text, count - 1),
        }
        select record with { ClockRuleId = rule is null ? null : new ClockRuleId(rule), Note = note };

    /// <summary>Any activity record of any kind, with random free text, dates and clock rule ids.</summary>
    public static Arbitrary<ActivityRecord> Records() => RecordGen.ToArbitrary();

    /// <summary>Evaluations of a built-in region over a random year, with random records and assessments of its manual metrics.</summary>
    public static Arbitrary<EvaluationReport> Reports() =>
        (from id in Gen.Elements(BuiltInRegions.Ids.ToArray())
         let profile = BuiltInRegions.Get(id)
         from year in Gen.Choose(2020, 2029)
         from records in Gen.ListOf(RecordGen)
         from picks in Gen.ListOf(from i in Gen.Choose(0, 100) from t in TextGen from st in Gen.Elements(MetricStatus.Realized, MetricStatus.Partly, MetricStatus.NotRealized) select (Item1: i, Item2: t, Item3: st))
         let manual = profile.Metrics.Where(m => m.IsManual).ToArray()
         let assessments = manual.Length == 0
             ? []
             : picks.Select(p => new ManualAssessment(manual[p.Item1 % manual.Length].Id, p.Item3, p.Item2, p.Item2, new LocalDate(year, 12, 1))).ToArray()
         select Evaluator.Evaluate(profile, year, [], [], records, assessments)).ToArbitrary();
}
