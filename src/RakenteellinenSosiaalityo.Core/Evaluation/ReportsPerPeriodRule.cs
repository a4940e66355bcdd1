using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;
using static RakenteellinenSosiaalityo.Core.Evaluation.MetricInputs;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// Derived metric "form-based social reports are collected (and compiled)", counted per reporting period (fi:
/// lomakepohjaisia raportteja kerätään ja laaditaan, lkm/raportointikausi).
/// </summary>
/// <remarks>
/// Each reporting period that ends within the evaluated dates is met when at least <see cref="Minimum"/> reports were
/// submitted in it and, when <see cref="Compiled"/>, a compilation of it is given. All periods met: realized; some:
/// partly; none: not realized. Immutable; compares by value.
/// </remarks>
public sealed record ReportsPerPeriodRule : MetricDerivation
{
    /// <summary>Creates the rule.</summary>
    /// <param name="minimum">Reports a period needs, at least 1.</param>
    /// <param name="compiled">Whether each period also needs its compilation.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="minimum"/> is less than 1.</exception>
    [JsonConstructor]
    public ReportsPerPeriodRule(int minimum = 1, bool compiled = false)
    {
        Minimum = Guard.Against.OutOfRange(minimum, nameof(minimum), 1, int.MaxValue);
        Compiled = compiled;
    }

    /// <summary>Reports a period needs, at least 1.</summary>
    [JsonPropertyName("minimum")]
    public int Minimum { get; }

    /// <summary>Whether each period also needs its compilation.</summary>
    [JsonPropertyName("compiled")]
    public bool Compiled { get; }

    /// <inheritdoc/>
    internal override MetricResult Evaluate(EvaluationMetric metric, MetricInputs inputs)
    {
        var periods = Enumerable.Range(inputs.Dates.Start.Year - 1, inputs.Dates.End.Year - inputs.Dates.Start.Year + 2)
            .Where(y => y >= AnnualClock.MinYear)
            .SelectMany(inputs.Profile.ReportingPeriods.PeriodsInYear)
            .Distinct()
            .Where(p => inputs.Dates.Contains(p.End))
            .OrderBy(p => p.Start)
            .ToList();
        var submitted = inputs.Reports.Concat(inputs.Compilations.SelectMany(c => c.Included))
            .Where(r => r.SubmittedAt is not null && r.Status != LifecycleStatus.Withdrawn)
            .DistinctBy(r => r.Id)
            .Select(r => inputs.Profile.ReportingPeriods.PeriodOf(r.SubmittedAt!.Value))
            .ToList();
        var rows = periods.Select(p => (Period: p, Count: submitted.Count(q => q == p), Compiled: inputs.Compilations.Any(c => c.Period == p))).ToList();
        var met = rows.Count(r => r.Count >= Minimum && (!Compiled || r.Compiled));
        string Rows(string oneReport, string reportsWord, string compiledWord, string notCompiledWord) => string.Join("; ", rows.Select(r =>
            $"{r.Period}: {Counted(r.Count, oneReport, reportsWord)}" + (Compiled ? ", " + (r.Compiled ? compiledWord : notCompiledWord) : string.Empty)));
        var explanation = rows.Count == 0
            ? Say($"Yksikään raportointikausi ei pääty arvioitavalla ajalla", $"Ingen rapporteringsperiod slutar under den bedömda tiden", $"No reporting period ends within the evaluated dates")
            : Say(
                $"{met} / {rows.Count} raportointikautta täyttää tavoitteen (vähintään {Counted(Minimum, "raportti", "raporttia")}{(Compiled ? " ja kooste" : string.Empty)}): {Rows("raportti", "raporttia", "koottu", "ei koottu")}",
                $"{met} / {rows.Count} rapporteringsperioder uppfyller målet (minst {Counted(Minimum, "rapport", "rapporter")}{(Compiled ? " och sammanställning" : string.Empty)}): {Rows("rapport", "rapporter", "sammanställd", "inte sammanställd")}",
                $"{met} / {rows.Count} reporting periods meet the target (at least {Counted(Minimum, "report", "reports")}{(Compiled ? " and a compilation" : string.Empty)}): {Rows("report", "reports", "compiled", "not compiled")}");
        var status = rows.Count == 0 ? MetricStatus.NotRealized : AllSomeNone(met, rows.Count);
        return new MetricResult(metric, status, met, rows.Count, explanation, null);
    }
}
