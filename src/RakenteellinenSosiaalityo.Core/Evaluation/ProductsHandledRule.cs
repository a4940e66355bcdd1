using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;
using static RakenteellinenSosiaalityo.Core.Evaluation.MetricInputs;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "the body handles the knowledge products N times a year" (fi: tietotuotteet käsitellään): the
/// distinct compilations (by period) and phenomenon reports (by title) that <see cref="Body"/> handled, as
/// <see cref="KnowledgeProductHandled"/> records in the evaluated dates, optionally only in <see cref="InMonths"/>.
/// </summary>
/// <remarks>
/// Every count reached: realized; something handled but a count short: partly; nothing handled: not realized.
/// Immutable; compares by value.
/// </remarks>
public sealed record ProductsHandledRule : MetricDerivation
{
    /// <summary>Creates the rule; at least one of the counts is given.</summary>
    /// <param name="body">The actor that handles the products.</param>
    /// <param name="compilations">How many compilations it handles, or null.</param>
    /// <param name="phenomenonReports">How many phenomenon reports it handles, or null.</param>
    /// <param name="inMonths">The months (1–12) a handling must fall in to count, e.g. January and August; null for any month.</param>
    /// <exception cref="ArgumentException"><paramref name="body"/> is the default, no count is given, or a month is listed twice.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A count is less than 1 or a month is outside 1–12.</exception>
    [JsonConstructor]
    public ProductsHandledRule(ActorId body, int? compilations = null, int? phenomenonReports = null, IReadOnlyList<int>? inMonths = null)
    {
        Body = RecordText.Actor(body, nameof(body));
        var problems = new List<ValidationProblem>();
        Check(compilations is not null, phenomenonReports is not null, inMonths?.Select(m => (int?)m).ToList(), "productsHandled", problems);
        if (problems.Count > 0 && problems[0].Path == "productsHandled")
        {
            throw new ArgumentException(problems[0].Message, nameof(compilations));
        }

        Compilations = compilations is { } c ? Guard.Against.OutOfRange(c, nameof(compilations), 1, 100) : null;
        PhenomenonReports = phenomenonReports is { } p ? Guard.Against.OutOfRange(p, nameof(phenomenonReports), 1, 100) : null;
        if (inMonths is not null)
        {
            foreach (var month in inMonths)
            {
                Guard.Against.OutOfRange(month, nameof(inMonths), 1, 12);
            }

            if (inMonths.Count == 0)
            {
                throw new ArgumentException("inMonths lists one or more months, each once.", nameof(inMonths));
            }

            DistinctItems.ThrowIfAny(problems, nameof(inMonths));
            InMonths = ValueList.FromValues(inMonths);
        }
    }

    /// <summary>The actor that handles the products.</summary>
    [JsonPropertyName("body")]
    public ActorId Body { get; }

    /// <summary>How many distinct compilations it handles; null when not measured.</summary>
    [JsonPropertyName("compilations")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? Compilations { get; }

    /// <summary>How many distinct phenomenon reports it handles; null when not measured.</summary>
    [JsonPropertyName("phenomenonReports")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public int? PhenomenonReports { get; }

    /// <summary>The months a handling must fall in to count; null for any month.</summary>
    [JsonPropertyName("inMonths")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<int>? InMonths { get; }

    /// <inheritdoc/>
    [JsonIgnore]
    public override ActorId? RecordedBy => Body;

    /// <inheritdoc/>
    internal override ActorId? CompilationHandler => Compilations is null ? null : Body;

    /// <inheritdoc/>
    internal override ActorId? PhenomenonReportHandler => PhenomenonReports is null ? null : Body;

    /// <inheritdoc/>
    internal override MetricResult Evaluate(EvaluationMetric metric, MetricInputs inputs)
    {
        var handled = inputs.Records.OfType<KnowledgeProductHandled>()
            .Where(h => h.Body == Body && (InMonths is null || InMonths.Contains(h.On.Month)))
            .OrderBy(h => h.On)
            .ToList();
        var compilationsHandled = handled.Where(h => h.CompilationPeriod is not null).DistinctBy(h => h.CompilationPeriod).ToList();
        var reportsHandled = handled.Where(h => h.PhenomenonReport is not null).DistinctBy(h => h.PhenomenonReport, StringComparer.Ordinal).ToList();
        var c = Compilations is { } tc ? (Count: compilationsHandled.Count, Target: tc) : ((int Count, int Target)?)null;
        var p = PhenomenonReports is { } tp ? (Count: reportsHandled.Count, Target: tp) : ((int Count, int Target)?)null;
        var counted = (c is null ? [] : compilationsHandled).Concat(p is null ? [] : reportsHandled).Select(h => h.On).Order().Select(FinnishDate.Format).ToList();
        string Text(Language language, string compilationsWord, string reportsWord, string monthsWord)
        {
            var parts = new List<string>();
            if (c is { } cc)
            {
                parts.Add(FormattableString.Invariant($"{cc.Count} / {cc.Target} {compilationsWord}"));
            }

            if (p is { } pp)
            {
                parts.Add(FormattableString.Invariant($"{pp.Count} / {pp.Target} {reportsWord}"));
            }

            var months = InMonths is { } m ? $" {monthsWord} {string.Join(", ", m)}" : string.Empty;
            var when = counted.Count > 0 ? ": " + string.Join(", ", counted) : string.Empty;
            return $"{string.Join(", ", parts)}{months} ({inputs.Name(Body, language)}{when})";
        }

        var explanation = new LocalizedText(
            Text(Language.Finnish, "koostetta käsitelty", "ilmiölähtöistä raporttia käsitelty", "kuukausina"),
            Text(Language.Swedish, "sammanställningar behandlade", "fenomenbaserade rapporter behandlade", "i månaderna"),
            Text(Language.English, "compilations handled", "phenomenon reports handled", "in months"));
        var reached = (c is not { } c1 || c1.Count >= c1.Target) && (p is not { } p1 || p1.Count >= p1.Target);
        var measured = (c?.Count ?? 0) + (p?.Count ?? 0);
        var status = reached ? MetricStatus.Realized : measured > 0 ? MetricStatus.Partly : MetricStatus.NotRealized;
        return new MetricResult(metric, status, measured, (c?.Target ?? 0) + (p?.Target ?? 0), explanation, null);
    }

    /// <summary>
    /// The rule's one check beyond its bounds: at least one count (problem at <paramref name="path"/>), and each month
    /// listed once (at <c>path.inMonths[i]</c>).
    /// </summary>
    internal static void Check(bool hasCompilations, bool hasPhenomenonReports, IReadOnlyList<int?>? inMonths, string path, List<ValidationProblem> problems)
    {
        if (!hasCompilations && !hasPhenomenonReports)
        {
            problems.Add(new(path, ValidationRules.InvalidValue, "productsHandled gives 'compilations', 'phenomenonReports' or both: how many of each the body handles."));
        }

        if (inMonths is not null)
        {
            DistinctItems.Check(inMonths, path + ".inMonths", "month", problems);
        }
    }

    /// <summary>Runs <see cref="Check(bool, bool, IReadOnlyList{int?}, string, List{ValidationProblem})"/> on the rule's JSON object.</summary>
    internal static void Check(JsonElement rule, string path, List<ValidationProblem> problems)
    {
        if (rule.ValueKind != JsonValueKind.Object)
        {
            return;
        }

        var inMonths = rule.TryGetProperty("inMonths", out var months) ? DistinctItems.Int32s(months) : null;
        Check(rule.TryGetProperty("compilations", out _), rule.TryGetProperty("phenomenonReports", out _), inMonths, path, problems);
    }
}
