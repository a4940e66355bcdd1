using System.Text.Json.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Periods;

/// <summary>
/// One recurring reporting period of a scheme, given by its first and last day of the year, e.g. 1.12.–31.5.
/// (fi: raportointikauden määritelmä). A period may cross the turn of the year.
/// </summary>
/// <remarks>
/// Neither end may be 29 February: a period that should end at the end of February ends on 28 February, and in a
/// leap year 29 February then belongs to it. The scheme checks this; the record itself only holds the values.
/// </remarks>
public sealed record PeriodDefinition
{
    /// <summary>Creates a definition.</summary>
    /// <param name="start">The first day of the period in each year.</param>
    /// <param name="end">The last day of the period (in the same or the next year).</param>
    /// <param name="name">An optional name of the period, e.g. "kevätkausi"; null when the plan gives none.</param>
    [JsonConstructor]
    public PeriodDefinition(AnnualDate start, AnnualDate end, LocalizedText? name = null)
    {
        Start = start;
        End = end;
        Name = name;
    }

    /// <summary>The first day of the period in each year.</summary>
    [JsonPropertyName("start")]
    public AnnualDate Start { get; }

    /// <summary>The last day of the period; before <see cref="Start"/> in the year when the period crosses the turn of the year.</summary>
    [JsonPropertyName("end")]
    public AnnualDate End { get; }

    /// <summary>An optional name of the period; null when the plan gives none.</summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public LocalizedText? Name { get; }

    /// <summary>Whether the period crosses the turn of the year (ends in the year after it starts).</summary>
    [JsonIgnore]
    public bool CrossesYearEnd => End < Start;

    /// <summary>The definition in Finnish date style, e.g. <c>1.12.–31.5.</c>.</summary>
    /// <returns>The definition as text.</returns>
    public override string ToString() => $"{FinnishDate.Format(Start)}–{FinnishDate.Format(End)}";
}
