using Ardalis.GuardClauses;
using System.Text.Json.Serialization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>
/// A knowledge product handled by a body (fi: tietotuotteen käsittely): the semiannual compilation of a reporting
/// period, or a phenomenon-based social report by its title, reviewed or approved by e.g. the network or the
/// management group.
/// </summary>
/// <remarks>
/// <para>Immutable; compares by value. Exactly one of <see cref="CompilationPeriod"/> and <see cref="PhenomenonReport"/> is set.</para>
/// <para>
/// The library has no phenomenon report type yet: a phenomenon report made and approved is recorded here by its title
/// with <see cref="Approved"/> true, which is what the <c>phenomenonReport</c> metric looks for.
/// </para>
/// </remarks>
public sealed record KnowledgeProductHandled : ActivityRecord
{
    /// <summary>Creates the record; use <see cref="Compilation"/> or <see cref="Phenomenon"/> for readability.</summary>
    /// <param name="on">The date it was handled.</param>
    /// <param name="body">The actor of the profile that handled it.</param>
    /// <param name="compilationPeriod">The reporting period of the compilation handled; null for a phenomenon report.</param>
    /// <param name="phenomenonReport">The title of the phenomenon report handled; null for a compilation.</param>
    /// <param name="approved">Whether the body approved it (rather than only reviewed it).</param>
    /// <exception cref="ArgumentException"><paramref name="body"/> is the default id, not exactly one product is given, the period is the default, or the title is blank.</exception>
    /// <exception cref="Privacy.PersonalDataException">The title holds personal data.</exception>
    [JsonConstructor]
    public KnowledgeProductHandled(LocalDate on, ActorId body, ReportingPeriod? compilationPeriod, string? phenomenonReport, bool approved = false)
        : base(on)
    {
        Body = RecordText.Actor(body, nameof(body));
        if ((compilationPeriod is null) == (phenomenonReport is null))
        {
            throw new ArgumentException("A handled knowledge product is either a compilation (its reporting period) or a phenomenon report (its title), not both or neither.", nameof(compilationPeriod));
        }

        if (compilationPeriod is { } period && period == default)
        {
            throw new ArgumentException("The default ReportingPeriod is not a period.", nameof(compilationPeriod));
        }

        CompilationPeriod = compilationPeriod;
        PhenomenonReport = RecordText.Optional(phenomenonReport, "phenomenonReport", RecordText.RecordSubject);
        Approved = approved;
    }

    /// <summary>The actor that handled the product.</summary>
    [JsonPropertyName("body")]
    public ActorId Body { get; }

    /// <summary>The reporting period of the compilation handled; null for a phenomenon report.</summary>
    [JsonPropertyName("compilationPeriod")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportingPeriod? CompilationPeriod { get; }

    /// <summary>The title of the phenomenon report handled; null for a compilation.</summary>
    [JsonPropertyName("phenomenonReport")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? PhenomenonReport { get; }

    /// <summary>Whether the body approved the product rather than only reviewed it.</summary>
    [JsonPropertyName("approved")]
    public bool Approved { get; }

    /// <summary>A body handled the compilation of <paramref name="period"/>.</summary>
    /// <param name="on">The date.</param>
    /// <param name="body">The actor that handled it.</param>
    /// <param name="period">The compilation's reporting period.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException"><paramref name="body"/> or <paramref name="period"/> is the default.</exception>
    public static KnowledgeProductHandled Compilation(LocalDate on, ActorId body, ReportingPeriod period) => new(on, body, period, null);

    /// <summary>A body handled, and maybe approved, the phenomenon report titled <paramref name="title"/>.</summary>
    /// <param name="on">The date.</param>
    /// <param name="body">The actor that handled it.</param>
    /// <param name="title">The report's title.</param>
    /// <param name="approved">Whether the body approved it.</param>
    /// <returns>The record.</returns>
    /// <exception cref="ArgumentException"><paramref name="body"/> is the default or <paramref name="title"/> is blank.</exception>
    /// <exception cref="Privacy.PersonalDataException"><paramref name="title"/> holds personal data.</exception>
    public static KnowledgeProductHandled Phenomenon(LocalDate on, ActorId body, string title, bool approved) => new(on, body, null, Guard.Against.Null(title), approved);

    /// <summary>Returns what was handled, by whom and when.</summary>
    /// <returns>For example <c>compilation 1.1.2025–30.6.2025 handled by network on 19.8.2025</c>.</returns>
    public override string ToString() =>
        $"{(CompilationPeriod is { } p ? $"compilation {p}" : "phenomenon report")} {(Approved ? "approved" : "handled")} by {Body} on {Text.FinnishDate.Format(On)}";
}
