using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Evaluation.MetricInputs;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "structural social work is part of new professionals' onboarding" (fi: osa perehdytystä): the new
/// professionals onboarded in <see cref="OnboardingGiven"/> records in the evaluated dates, against
/// <see cref="Minimum"/>.
/// </summary>
/// <remarks>
/// The records cannot tell whether every new professional was onboarded (the library does not know who was hired): the
/// rule measures that onboarding was given at all. At least the minimum: realized; fewer: not realized. Immutable;
/// compares by value.
/// </remarks>
public sealed record OnboardingRule : MetricDerivation
{
    /// <summary>Creates the rule.</summary>
    /// <param name="minimum">New professionals onboarded needed, at least 1.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is less than 1.</exception>
    [JsonConstructor]
    public OnboardingRule(int minimum = 1)
    {
        Minimum = Guard.Against.OutOfRange(minimum, nameof(minimum), 1, int.MaxValue);
    }

    /// <summary>New professionals onboarded needed.</summary>
    [JsonPropertyName("minimum")]
    public int Minimum { get; }

    /// <inheritdoc/>
    internal override MetricResult Evaluate(EvaluationMetric metric, MetricInputs inputs)
    {
        var given = inputs.Records.OfType<OnboardingGiven>().ToList();
        var people = given.Sum(g => g.NewProfessionals);
        var explanation = Say(
            $"Perehdytetty {Counted(people, "uusi ammattihenkilö", "uutta ammattihenkilöä")} ({Counted(given.Count, "kerta", "kertaa")}); tavoite vähintään {Minimum}",
            $"Introduktion för {Counted(people, "ny yrkesutbildad person", "nya yrkesutbildade personer")} ({Counted(given.Count, "gång", "gånger")}); mål minst {Minimum}",
            $"{Counted(people, "new professional", "new professionals")} onboarded ({Counted(given.Count, "time", "times")}); target at least {Minimum}");
        return new MetricResult(metric, people >= Minimum ? MetricStatus.Realized : MetricStatus.NotRealized, people, Minimum, explanation, null);
    }
}
