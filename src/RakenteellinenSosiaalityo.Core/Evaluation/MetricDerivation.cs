using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// How a derived metric is measured from what the system records (fi: mittarin johtaminen kirjauksista): one of a
/// closed set of rules — <see cref="ReportsPerPeriodRule"/>, <see cref="MeetingsHeldRule"/>,
/// <see cref="ProductsHandledRule"/>, <see cref="PhenomenonReportRule"/>, <see cref="CommunicationRule"/> and
/// <see cref="OnboardingRule"/> — each of which evaluates itself and explains its result in Finnish, Swedish and English.
/// </summary>
/// <remarks>
/// <para>
/// Immutable; compares by value. In JSON an object with exactly one property, named for the rule, e.g.
/// <c>{ "meetingsHeld": { "body": "network", "target": 11 } }</c>. See <see cref="Evaluator"/> for how each rule gives
/// a status.
/// </para>
/// <para>
/// Adding a rule: one sealed subclass in Evaluation/ with its evaluation, one line in the kind list below (and, as its
/// value is an object, a <c>[JsonSerializable]</c> line for it in the serializer context), and its property in the schema.
/// </para>
/// </remarks>
[JsonConverter(typeof(KindJsonConverter<MetricDerivation>))]
public abstract record MetricDerivation : IJsonKinds<MetricDerivation>
{
    private protected MetricDerivation()
    {
    }

    /// <summary>The JSON names of the rules, one of which a derivation gives, in the schema's order.</summary>
    public static IReadOnlyList<string> Kinds => Registered.Names;

    static JsonKindSet<MetricDerivation> IJsonKinds<MetricDerivation>.JsonKinds => Registered;

    /// <summary>
    /// The actor whose records the rule counts (the <c>body</c> of a <see cref="MeetingsHeldRule"/>,
    /// <see cref="ProductsHandledRule"/> or <see cref="PhenomenonReportRule"/>); null for a rule that counts records of
    /// no particular actor (reports per period, communication, onboarding).
    /// </summary>
    [JsonIgnore]
    public virtual Actors.ActorId? RecordedBy => null;

    /// <summary>The JSON name of the rule, e.g. <c>meetingsHeld</c>.</summary>
    [JsonIgnore]
    public string Kind => Registered.Of(this).Name;

    // The one registration of each rule: its JSON name and its own rules on raw JSON (the value is the rule itself).
    private static JsonKindSet<MetricDerivation> Registered { get; } = new(
        "A derived metric",
        JsonKind<MetricDerivation>.Of<ReportsPerPeriodRule, ReportsPerPeriodRule>("reportsPerPeriod", r => r, r => r),
        JsonKind<MetricDerivation>.Of<MeetingsHeldRule, MeetingsHeldRule>("meetingsHeld", r => r, r => r, MeetingsHeldRule.Check),
        JsonKind<MetricDerivation>.Of<ProductsHandledRule, ProductsHandledRule>("productsHandled", r => r, r => r, ProductsHandledRule.Check),
        JsonKind<MetricDerivation>.Of<PhenomenonReportRule, PhenomenonReportRule>("phenomenonReport", r => r, r => r),
        JsonKind<MetricDerivation>.Of<CommunicationRule, CommunicationRule>("communication", r => r, r => r, CommunicationRule.Check),
        JsonKind<MetricDerivation>.Of<OnboardingRule, OnboardingRule>("onboarding", r => r, r => r));

    // Whose handlings of compilations / phenomenon reports the rule counts (EvaluationMetric asks; each rule kind
    // that counts them answers).
    internal virtual Actors.ActorId? CompilationHandler => null;

    internal virtual Actors.ActorId? PhenomenonReportHandler => null;

    /// <summary>Returns the rule's JSON name.</summary>
    /// <returns>For example <c>meetingsHeld</c>.</returns>
    public sealed override string ToString() => Kind;

    /// <summary>Checks a <c>derived</c> object of a profile document: exactly one rule, and the rule's own checks.</summary>
    internal static void CheckDerived(System.Text.Json.JsonElement derived, string path, List<ValidationProblem> problems) =>
        Registered.Check(derived, path, problems);

    /// <summary>Evaluates the rule for <paramref name="metric"/> on the evaluation's inputs, with the explanation in fi, sv and en.</summary>
    internal abstract MetricResult Evaluate(EvaluationMetric metric, MetricInputs inputs);
}
