using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Evaluation.MetricInputs;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "the body meets as planned" (fi: kokoontuu sovitusti): the <see cref="MeetingHeld"/> records of
/// <see cref="Body"/> against a planned number — <see cref="Target"/>, or the activities of the annual-clock rules
/// <see cref="PlannedBy"/> in the evaluated dates.
/// </summary>
/// <remarks>Held at least as many as planned: realized; otherwise not realized. Immutable; compares by value.</remarks>
public sealed record MeetingsHeldRule : MetricDerivation
{
    /// <summary>Creates the rule; exactly one of <paramref name="target"/> and <paramref name="plannedBy"/> is given.</summary>
    /// <param name="body">The actor whose meetings count.</param>
    /// <param name="target">The planned number of meetings, e.g. 11.</param>
    /// <param name="plannedBy">The ids of the clock rules whose activities are the planned meetings.</param>
    /// <exception cref="ArgumentException"><paramref name="body"/> is the default, not exactly one of target and plannedBy is given, plannedBy is empty or holds the default or a repeated id.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="target"/> is less than 1.</exception>
    [JsonConstructor]
    public MeetingsHeldRule(ActorId body, int? target = null, IReadOnlyList<ClockRuleId>? plannedBy = null)
    {
        Body = RecordText.Actor(body, nameof(body));
        var problems = new List<ValidationProblem>();
        Check(target is not null, plannedBy?.Select(id => id.Value).ToList(), "meetingsHeld", problems);
        if (problems.Count > 0 && problems[0].Path == "meetingsHeld")
        {
            throw new ArgumentException(problems[0].Message, nameof(target));
        }

        Target = target is { } t ? Guard.Against.OutOfRange(t, nameof(target), 1, 1000) : null;
        if (plannedBy is not null)
        {
            var ids = ValueList.FromValues(plannedBy);
            if (ids.Count == 0 || ids.Any(id => id.Value is null))
            {
                throw new ArgumentException("plannedBy lists one or more distinct clock rule ids, none the default ClockRuleId.", nameof(plannedBy));
            }

            DistinctItems.ThrowIfAny(problems, nameof(plannedBy));
            PlannedBy = ids;
        }
    }

    /// <summary>The actor whose meetings count.</summary>
    [JsonPropertyName("body")]
    public ActorId Body { get; }

    /// <summary>The planned number of meetings; null when <see cref="PlannedBy"/> gives it.</summary>
    [JsonPropertyName("target")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Target { get; }

    /// <summary>The clock rules whose activities in the evaluated dates are the planned meetings; null when <see cref="Target"/> gives it.</summary>
    [JsonPropertyName("plannedBy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<ClockRuleId>? PlannedBy { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override ActorId? RecordedBy => Body;

    /// <inheritdoc/>
    internal override MetricResult Evaluate(EvaluationMetric metric, MetricInputs inputs)
    {
        var held = inputs.Records.OfType<MeetingHeld>().Count(m => m.Body == Body);
        var planned = Target ?? Enumerable.Range(inputs.Dates.Start.Year, inputs.Dates.End.Year - inputs.Dates.Start.Year + 1)
            .SelectMany(y => AnnualClock.For(inputs.Profile, y).Activities)
            .Count(a => PlannedBy!.Contains(a.Rule.Id) && inputs.Dates.Contains(a.Start));
        var clock = PlannedBy is null;
        var explanation = Say(
            $"{held} / {planned} kokousta pidetty ({inputs.Name(Body, Language.Finnish)}){(clock ? string.Empty : "; suunnitellut vuosikellosta")}",
            $"{held} / {planned} möten hållna ({inputs.Name(Body, Language.Swedish)}){(clock ? string.Empty : "; planerade enligt årsklockan")}",
            $"{held} / {planned} meetings held ({inputs.Name(Body, Language.English)}){(clock ? string.Empty : "; planned by the annual clock")}");
        return new MetricResult(metric, held >= planned ? MetricStatus.Realized : MetricStatus.NotRealized, held, planned, explanation, null);
    }

    /// <summary>
    /// The rule's one check beyond its bounds: exactly one of <c>target</c> and <c>plannedBy</c> (problem at
    /// <paramref name="path"/>), and each clock rule listed once (at <c>path.plannedBy[i]</c>).
    /// </summary>
    internal static void Check(bool hasTarget, IReadOnlyList<string?>? plannedBy, string path, List<ValidationProblem> problems)
    {
        if (hasTarget == (plannedBy is not null))
        {
            problems.Add(new(path, ValidationRules.InvalidValue, $"meetingsHeld gives exactly one of 'target' (a number of meetings) and 'plannedBy' (clock rule ids); this one gives {(hasTarget ? "both" : "neither")}."));
        }

        if (plannedBy is not null)
        {
            DistinctItems.Check(plannedBy, path + ".plannedBy", "clock rule", problems);
        }
    }

    /// <summary>Runs <see cref="Check(bool, IReadOnlyList{string}, string, List{ValidationProblem})"/> on the rule's JSON object.</summary>
    internal static void Check(JsonElement rule, string path, List<ValidationProblem> problems)
    {
        if (rule.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var plannedBy = rule.TryGetProperty("plannedBy", out var planned)
            ? DistinctItems.Strings(planned).Select(id => Slug.IsValid(id) ? id : null).ToList()
            : null;
        Check(rule.TryGetProperty("target", out _), plannedBy, path, problems);
    }
}
