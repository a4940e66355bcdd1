using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Evaluation.MetricInputs;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "structural social work has been communicated internally and externally" (fi: on viestitty
/// sisäisesti ja ulkoisesti): <see cref="CommunicationMade"/> records for each of <see cref="Audiences"/> in the
/// evaluated dates.
/// </summary>
/// <remarks>Every audience reached: realized; some: partly; none: not realized. Immutable; compares by value.</remarks>
public sealed record CommunicationRule : MetricDerivation
{
    /// <summary>Creates the rule.</summary>
    /// <param name="audiences">The audiences that must be reached, each once; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="audiences"/> is empty or lists an audience twice.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="audiences"/> is null.</exception>
    /// <exception cref="System.ComponentModel.InvalidEnumArgumentException">An audience is undefined.</exception>
    [JsonConstructor]
    public CommunicationRule(IReadOnlyList<CommunicationAudience> audiences)
    {
        Guard.Against.Null(audiences);
        foreach (var audience in audiences)
        {
            Guard.Against.EnumOutOfRange(audience, nameof(audiences));
        }

        if (audiences.Count == 0)
        {
            throw new ArgumentException("audiences lists one or more audiences, each once.", nameof(audiences));
        }

        var problems = new List<ValidationProblem>();
        Check(audiences.Select(a => (CommunicationAudience?)a).ToList(), "communication", problems);
        DistinctItems.ThrowIfAny(problems, nameof(audiences));

        Audiences = ValueList.FromValues(audiences);
    }

    /// <summary>The audiences that must be reached.</summary>
    [JsonPropertyName("audiences")]
    public IReadOnlyList<CommunicationAudience> Audiences { get; }

    /// <inheritdoc/>
    internal override MetricResult Evaluate(EvaluationMetric metric, MetricInputs inputs)
    {
        var made = inputs.Records.OfType<CommunicationMade>().ToList();
        var counts = Audiences.Select(a => (Audience: a, Count: made.Count(m => m.Audience == a))).ToList();
        var reached = counts.Count(c => c.Count > 0);
        string Text(string prefix, Language language) =>
            prefix + string.Join(", ", counts.Select(c => FormattableString.Invariant($"{c.Audience.Label().Get(language)} {c.Count}")));
        var explanation = new LocalizedText(Text("Viestintä: ", Language.Finnish), Text("Kommunikation: ", Language.Swedish), Text("Communications: ", Language.English));
        return new MetricResult(metric, AllSomeNone(reached, counts.Count), reached, counts.Count, explanation, null);
    }

    /// <summary>The rule's one check beyond its bounds: each audience listed once (problems at <c>path.audiences[i]</c>).</summary>
    internal static void Check<T>(IReadOnlyList<T?> audiences, string path, List<ValidationProblem> problems) =>
        DistinctItems.Check(audiences, path + ".audiences", "audience", problems);

    /// <summary>Runs the check on the rule's JSON object.</summary>
    internal static void Check(JsonElement rule, string path, List<ValidationProblem> problems)
    {
        if (rule.ValueKind == JsonValueKind.Object && rule.TryGetProperty("audiences", out var audiences))
        {
            Check(DistinctItems.Strings(audiences), path, problems);
        }
    }
}
