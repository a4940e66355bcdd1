using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Plans;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>A built-in profile's JSON after random damage, for the loader's robustness property.</summary>
/// <param name="Json">The damaged text.</param>
/// <param name="Damage">What was done, for the failure report.</param>
public sealed record MutatedProfileJson(string Json, string Damage)
{
    /// <inheritdoc/>
    public override string ToString() => Damage;
}

/// <summary>A profile with a clock, a year, what happened and the date to judge progress on.</summary>
/// <param name="Profile">The profile; its clock has at least one rule.</param>
/// <param name="Year">The clock's year.</param>
/// <param name="Completions">What happened: some inside activities' windows, some anywhere.</param>
/// <param name="AsOf">The date to judge on, from shortly before the year to shortly after it.</param>
public sealed record ClockCase(RegionProfile Profile, int Year, ActivityCompletion[] Completions, LocalDate AsOf)
{
    /// <inheritdoc/>
    public override string ToString() =>
        $"{Year}, as of {AsOf:uuuu-MM-dd}, periods {Profile.ReportingPeriods}, rules [{string.Join("; ", Profile.Clock!.Rules)}], completions [{string.Join("; ", Completions)}]";
}

/// <summary>
/// FsCheck generators for the domain types. Values are built valid by construction (no filtering), so that no
/// generated case is rejected.
/// </summary>
public static class DomainArbitraries
{
    private static readonly LocalDate FirstDate = new(1900, 1, 1);
    private static readonly LocalDate LastDate = new(2199, 12, 31);

    // Text that exercises JSON and Markdown escaping: Finnish and Swedish letters, quotes, backslashes, a pipe, control
    // characters, a surrogate pair, and inner white space. The one text generator of the Core tests.
    private static readonly string[] Fragments =
    [
        "sosiaalityö", "Ä", "å", "verkosto", " ", "\"", "\\", "\n", "\t", "\u0001", "😀", "<b>", "&", "'", "ArTu", "1.12.", "–", "§", "|", "x",
    ];

    /// <summary>Dates from 1.1.1900 to 31.12.2199.</summary>
    public static Arbitrary<LocalDate> Dates() =>
        Gen.Choose(0, Period.Between(FirstDate, LastDate, PeriodUnits.Days).Days).Select(d => FirstDate.PlusDays(d)).ToArbitrary();

    /// <summary>Stretches of up to 400 days from 450 days before to 450 days after a day.</summary>
    public static Arbitrary<Stretch> Stretches() =>
        Gen.Zip(Gen.Choose(-450, 450), Gen.Choose(0, 400), (offset, length) => new Stretch(offset, length)).ToArbitrary();

    /// <summary>Seeds over the whole range of <see cref="int"/>, not limited by FsCheck's size.</summary>
    public static Arbitrary<Seed> Seeds() => Gen.Choose(int.MinValue, int.MaxValue - 1).Select(n => new Seed(n)).ToArbitrary();

    /// <summary>Valid reporting period schemes of one to eight periods, in random order.</summary>
    public static Arbitrary<ReportingPeriodScheme> Schemes() => SchemeGen.ToArbitrary();

    /// <summary>Valid region profiles with random actors, references, plan, periods, services and processes.</summary>
    public static Arbitrary<RegionProfile> Profiles() => ProfileGen.ToArbitrary();

    /// <summary>Valid processes of one to eight steps performed by <c>actor-0</c>…<c>actor-3</c>, linear or branching.</summary>
    public static Arbitrary<ProcessDefinition> Processes() =>
        ProcessGen(Enumerable.Range(0, 4).Select(i => new ActorId($"actor-{i}")).ToArray()).ToArbitrary();

    /// <summary>Profiles with a clock of one to eight random rules, a year from 1900 to 2199, completions and an as-of date (a third of them after the year, when every window has passed).</summary>
    public static Arbitrary<ClockCase> ClockCases() =>
        (from profile in ProfileGen
         from clock in ClockGen(profile.Actors.Select(a => a.Id).ToArray(), minRules: 1)
         from year in Gen.Choose(1900, 2199)
         let withClock = profile with { Clock = clock }
         let activities = AnnualClock.For(withClock, year).Activities
         from picked in Gen.SubListOf(activities.ToArray())
         from inside in Gen.CollectToArray(picked, a => Gen.Choose(0, a.Window.Length - 1).Select(d => new ActivityCompletion(a.Rule.Id, a.Start.PlusDays(d))))
         from noise in Gen.ListOf(Gen.Zip(Gen.Elements(clock!.Rules.Select(r => r.Id).Append(new ClockRuleId("no-such-rule")).ToArray()), Gen.Choose(-20, 400)))
         from order in Gen.Shuffle(inside.Concat(noise.Select(n => new ActivityCompletion(n.Item1, new LocalDate(year, 1, 1).PlusDays(n.Item2)))).ToArray())
         from asOf in Gen.Frequency((2, Gen.Choose(-20, 400)), (1, Gen.Choose(365, 400))).Select(d => new LocalDate(year, 1, 1).PlusDays(d))
         select new ClockCase(withClock, year, order, asOf)).ToArbitrary();

    /// <summary>A built-in profile's JSON with one to three random mutations.</summary>
    public static Arbitrary<MutatedProfileJson> MutatedJson() =>
        Gen.Zip(Gen.Elements(BuiltInRegions.Ids.ToArray()), Gen.Choose(0, int.MaxValue - 1))
            .Select(t => Mutate(BuiltInRegions.Json(t.Item1), t.Item2))
            .ToArbitrary();

    /// <summary>Non-blank text.</summary>
    public static Gen<string> TextGen =>
        Gen.NonEmptyListOf(Gen.Elements(Fragments)).Select(parts => "a" + string.Concat(parts));

    /// <summary>Labels with Finnish and, at random, Swedish and English.</summary>
    public static Gen<LocalizedText> LabelGen =>
        from fi in TextGen
        from sv in Gen.OneOf(Gen.Constant<string?>(null), TextGen.Select(s => (string?)s))
        from en in Gen.OneOf(Gen.Constant<string?>(null), TextGen.Select(s => (string?)s))
        select new LocalizedText(fi, sv, en);

    private static Gen<ReportingPeriodScheme> SchemeGen =>
        from count in Gen.Choose(1, 8)
        from positions in Gen.ArrayOf(Gen.Choose(0, 364), count)
        from names in Gen.ArrayOf(Gen.OneOf(Gen.Constant<LocalizedText?>(null), LabelGen.Select(l => (LocalizedText?)l)), count)
        from order in Gen.Shuffle(Enumerable.Range(0, count).ToArray())
        select BuildScheme(positions, names, order);

    private static Gen<BusinessId> BusinessIdGen =>
        Gen.ArrayOf(Gen.Choose(0, 9), 7).Select(digits =>
        {
            var seven = string.Concat(digits);
            var check = BusinessId.CheckDigit(seven);
            return check is null ? BusinessId.Parse("3221311-5") : BusinessId.Parse($"{seven}-{check}");
        });

    private static Gen<string> SlugGen =>
        from first in Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())
        from rest in Gen.ListOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()))
        select first + new string(rest.Take(20).ToArray());

    private static Gen<PartyReference> PartyGen(IReadOnlyList<ActorId> ids) =>
        Gen.OneOf(
            Gen.Elements(ids.ToArray()).Select(PartyReference.ToActor),
            LabelGen.Select(PartyReference.ToExternal));

    private static Gen<LocalDate> DateGen => Dates().Generator;

    private static Gen<RegionProfile> ProfileGen =>
        from id in SlugGen
        from name in LabelGen
        from businessId in BusinessIdGen
        from actorCount in Gen.Choose(1, 6)
        from actorIds in Gen.Constant(Enumerable.Range(0, actorCount).Select(i => new ActorId($"actor-{i}")).ToArray())
        from actors in Gen.CollectToArray(actorIds, actorId => ActorGen(actorId, actorIds))
        from plan in PlanGen(actorIds)
        from scheme in SchemeGen
        from services in ServicesGen
        from reportProcess in ProcessGen(actorIds)
        from compilationProcess in ProcessGen(actorIds)
        from assumptions in Gen.ListOf(Gen.Zip(SlugGen, LabelGen, (s, t) => new Assumption(s, t)))
        from clock in Gen.OneOf(Gen.Constant<ClockDefinition?>(null), ClockGen(actorIds, minRules: 0))
        select new RegionProfile
        {
            Id = new RegionId(id),
            Name = name,
            BusinessId = businessId,
            Plan = plan,
            Actors = actors,
            ReportingPeriods = scheme,
            Services = services,
            ReportProcess = reportProcess,
            CompilationProcess = compilationProcess,
            Assumptions = assumptions,
            Clock = clock,
        };

    // One to six services with distinct ids.
    private static Gen<ServiceUnit[]> ServicesGen =>
        from count in Gen.Choose(1, 6)
        from slugs in Gen.ArrayOf(SlugGen, count)
        from names in Gen.ArrayOf(LabelGen, count)
        select Enumerable.Range(0, count).Select(i => new ServiceUnit { Id = new ServiceId($"{slugs[i]}-{i}"), Name = names[i] }).ToArray();

    // A valid process: distinct step ids; each step after the first follows the previous step by default or, at
    // random, names any earlier step with 'after' (which makes branches), so every step is reachable from the first.
    private static Gen<ProcessDefinition> ProcessGen(IReadOnlyList<ActorId> actorIds) =>
        from count in Gen.Choose(1, 8)
        from slugs in Gen.ArrayOf(SlugGen, count)
        from ids in Gen.Constant(Enumerable.Range(0, count).Select(i => new StepId($"{slugs[i]}-{i}")).ToArray())
        from steps in Gen.CollectToArray(Enumerable.Range(0, count), i => StepGen(ids, i, actorIds))
        from completesWith in Gen.OneOf(Gen.Constant<StepId?>(null), Gen.Elements(ids).Select(s => (StepId?)s))
        select new ProcessDefinition(steps, completesWith);

    private static Gen<ProcessStep> StepGen(StepId[] ids, int index, IReadOnlyList<ActorId> actorIds) =>
        from name in LabelGen
        from performer in Gen.Elements(actorIds.ToArray())
        from after in index == 0
            ? Gen.Constant<StepId?>(null)
            : Gen.OneOf(Gen.Constant<StepId?>(null), Gen.Choose(0, index - 1).Select(j => (StepId?)ids[j]))
        from records in Gen.SubListOf(Enum.GetValues<RecordKind>())
        from mayRecord in Gen.SubListOf(Enum.GetValues<RecordKind>())
        from due in DueGen
        from source in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements("4.3", "5.3", "liite 1").Select(s => (string?)s))
        select new ProcessStep
        {
            Id = ids[index],
            Name = name,
            PerformedBy = performer,
            After = after,
            Records = records.ToArray(),
            MayRecord = mayRecord.ToArray(),
            Due = due,
            Source = source,
        };

    // A clock of distinct rule ids; every kind of time with every allowed value range.
    private static Gen<ClockDefinition?> ClockGen(IReadOnlyList<ActorId> actorIds, int minRules) =>
        from count in Gen.Choose(minRules, 8)
        from slugs in Gen.ArrayOf(SlugGen, count)
        from rules in Gen.CollectToArray(Enumerable.Range(0, count), i => ClockRuleGen($"{slugs[i]}-{i}", actorIds))
        select (ClockDefinition?)new ClockDefinition(rules);

    private static Gen<ClockRule> ClockRuleGen(string id, IReadOnlyList<ActorId> actorIds) =>
        from activity in Gen.Elements(Enum.GetValues<ActivityKind>())
        from label in LabelGen
        from responsible in Gen.Elements(actorIds.ToArray())
        from participants in Gen.ListOf(PartyGen(actorIds))
        from when in ClockWhenGen
        from source in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements("5.3", "6", "liite 3").Select(s => (string?)s))
        select new ClockRule { Id = new ClockRuleId(id), Activity = activity, Label = label, Responsible = responsible, Participants = participants, When = when, Source = source };

    /// <summary>Every kind of clock time, with values across their whole allowed ranges.</summary>
    public static Gen<ClockWhen> ClockWhenGen =>
        Gen.OneOf(
            Gen.Choose(0, 365).Select(d => ClockWhen.OnDate(new AnnualDate(new LocalDate(2024, 1, 1).PlusDays(d).Month, new LocalDate(2024, 1, 1).PlusDays(d).Day))),
            Gen.Choose(1, 12).Select(ClockWhen.InMonth),
            from first in Gen.Choose(1, 12)
            from others in Gen.SubListOf(Enumerable.Range(1, 12))
            from months in Gen.Shuffle(others.Append(first).Distinct().ToArray())
            select ClockWhen.InMonths(months),
            Gen.SubListOf(Enumerable.Range(1, 11)).SelectMany(except => Gen.Shuffle(except.ToArray())).Select(ClockWhen.Monthly),
            Gen.Zip(Gen.Choose(1, 4), Gen.Elements(Enum.GetValues<QuarterPart>())).Select(t => ClockWhen.InQuarterPart(t.Item1, t.Item2)),
            Gen.Choose(1, 12).Select(ClockWhen.Times),
            Gen.Choose(1, 366).Select(ClockWhen.AfterPeriodEnd),
            Gen.Constant(ClockWhen.OnPeriodEnds()));

    private static Gen<StepDue?> DueGen =>
        Gen.OneOf(
            Gen.Constant<StepDue?>(null),
            Gen.Choose(1, 366).Select(d => (StepDue?)StepDue.WithinDaysAfterPrevious(d)),
            Gen.Choose(1, 366).Select(d => (StepDue?)StepDue.AfterPeriodEnd(d)),
            from first in Gen.Choose(1, 12)
            from others in Gen.SubListOf(Enumerable.Range(1, 12))
            from months in Gen.Shuffle(others.Append(first).Distinct().ToArray())
            select (StepDue?)StepDue.InMonthsOf(months));

    private static Gen<Actor> ActorGen(ActorId id, IReadOnlyList<ActorId> ids) =>
        from kind in Gen.Elements(Enum.GetValues<ActorKind>())
        from name in LabelGen
        from role in Gen.OneOf(Gen.Constant<LocalizedText?>(null), LabelGen.Select(l => (LocalizedText?)l))
        from composition in Gen.OneOf(Gen.Constant<LocalizedText?>(null), LabelGen.Select(l => (LocalizedText?)l))
        from responsibilities in Gen.ListOf(LabelGen)
        from collaborators in Gen.ListOf(PartyGen(ids))
        from cadence in Gen.OneOf(
            Gen.Constant<MeetingCadence?>(null),
            Gen.Zip(LabelGen, Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 366).Select(n => (int?)n)), (d, n) => (MeetingCadence?)new MeetingCadence(d, n)))
        from source in Gen.OneOf(Gen.Constant<string?>(null), Gen.Elements("3.1", "4.1", "5.3").Select(s => (string?)s))
        select new Actor
        {
            Id = id,
            Kind = kind,
            Name = name,
            Role = role,
            Composition = composition,
            Responsibilities = responsibilities,
            Collaborators = collaborators,
            MeetingCadence = cadence,
            Source = source,
        };

    private static Gen<ImplementationPlan> PlanGen(IReadOnlyList<ActorId> ids) =>
        from title in LabelGen
        from act in LabelGen
        from duties in Gen.ListOf(LabelGen)
        from validityStart in DateGen
        from validityDays in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(0, 3650).Select(n => (int?)n))
        from hasValidity in Gen.Elements(true, false)
        from approvals in Gen.ListOf(Gen.Zip(PartyGen(ids), DateGen, (p, d) => new PlanApproval(p, d)))
        from responsible in Gen.ListOf(PartyGen(ids))
        from cadence in LabelGen
        from month in Gen.OneOf(Gen.Constant<int?>(null), Gen.Choose(1, 12).Select(n => (int?)n))
        from goals in Gen.ListOf(LabelGen)
        select new ImplementationPlan
        {
            Title = title,
            LegalBasis = new LegalBasis { Act = act, Statute = "1301/2014", Section = "7", Duties = duties },
            Validity = hasValidity ? new PlanValidity(validityStart, validityDays is { } days ? validityStart.PlusDays(days) : null) : null,
            Approvals = approvals,
            Maintenance = new PlanMaintenance { Responsible = responsible, Cadence = cadence, ReviewMonth = month },
            Goals = goals,
        };

    private static ReportingPeriodScheme BuildScheme(int[] positions, LocalizedText?[] names, int[] order)
    {
        // Distinct start days in a common year; each period ends the day before the next one starts.
        var starts = positions.Distinct().Order().Select(p => new LocalDate(2001, 1, 1).PlusDays(p)).ToArray();
        var definitions = new List<PeriodDefinition>();
        for (var i = 0; i < starts.Length; i++)
        {
            var end = starts[(i + 1) % starts.Length].PlusDays(-1);
            definitions.Add(new PeriodDefinition(new AnnualDate(starts[i].Month, starts[i].Day), new AnnualDate(end.Month, end.Day), names[i]));
        }

        var shuffled = order.Where(i => i < definitions.Count).Select(i => definitions[i]).ToList();
        return new ReportingPeriodScheme(shuffled);
    }

    private static MutatedProfileJson Mutate(string json, int seed)
    {
        var random = new Random(seed);
        var damage = new StringBuilder();
        var count = random.Next(1, 4);
        for (var i = 0; i < count; i++)
        {
            json = MutateOnce(json, random, damage);
        }

        return new MutatedProfileJson(json, $"seed {seed}:{damage}");
    }

    internal static string MutateOnce(string json, Random random, StringBuilder damage)
    {
        var kind = random.Next(8);
        if (kind >= 5 || json.Length < 2)
        {
            var at = random.Next(json.Length);
            switch (kind)
            {
                case 5:
                    damage.Append(" truncate@").Append(at);
                    return json[..at];
                case 6:
                    const string noise = "{}[]\",:0aä\\ \u0000-";
                    var c = noise[random.Next(noise.Length)];
                    damage.Append(" insert@").Append(at);
                    return json.Insert(at, c.ToString());
                default:
                    // An earlier truncation may have left nothing to delete: then the text stays empty.
                    damage.Append(" delete@").Append(at);
                    return json.Length == 0 ? json : json.Remove(at, 1);
            }
        }

        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (System.Text.Json.JsonException)
        {
            damage.Append(" (text already broken)");
            return json + " ";
        }

        var slots = new List<(JsonNode Parent, string? Key, int Index)>();
        Collect(root!, slots);
        if (slots.Count == 0)
        {
            return json;
        }

        var (parent, key, index) = slots[random.Next(slots.Count)];
        var replacement = RandomValue(random);
        switch (kind)
        {
            case 0 when parent is JsonObject obj:
                damage.Append(" remove ").Append(key);
                obj.Remove(key!);
                break;
            case 1 when parent is JsonObject obj:
                damage.Append(" add unknown property");
                obj["x" + random.Next(100)] = replacement;
                break;
            case 2 when parent is JsonObject obj:
                damage.Append(" rename ").Append(key);
                var value = obj[key!];
                obj.Remove(key!);
                obj[key + "X"] = value?.DeepClone();
                break;
            case 3 when parent is JsonArray array:
                damage.Append(" remove item ").Append(index);
                array.RemoveAt(index);
                break;
            default:
                damage.Append(" replace ").Append(key ?? index.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append(" with ").Append(replacement?.ToJsonString() ?? "null");
                if (parent is JsonObject o)
                {
                    o[key!] = replacement;
                }
                else if (parent is JsonArray a)
                {
                    a[index] = replacement;
                }

                break;
        }

        return root!.ToJsonString();
    }

    private static void Collect(JsonNode node, List<(JsonNode, string?, int)> slots)
    {
        if (node is JsonObject obj)
        {
            foreach (var (key, value) in obj.ToList())
            {
                slots.Add((obj, key, -1));
                if (value is not null)
                {
                    Collect(value, slots);
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (var i = 0; i < array.Count; i++)
            {
                slots.Add((array, null, i));
                if (array[i] is { } item)
                {
                    Collect(item, slots);
                }
            }
        }
    }

    private static JsonNode? RandomValue(Random random) => random.Next(10) switch
    {
        0 => null,
        1 => JsonValue.Create(random.Next(-5, 400)),
        2 => JsonValue.Create(true),
        3 => JsonValue.Create(""),
        4 => JsonValue.Create("   "),
        5 => JsonValue.Create("02-30"),
        6 => JsonValue.Create("no-such-actor"),
        7 => new JsonArray(),
        8 => new JsonObject { ["fi"] = "x" },
        _ => JsonValue.Create(1.5),
    };
}
