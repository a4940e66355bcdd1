using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Periods;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Phenomena;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// One included report as a compilation shows it (fi: koosteen raportti): the problem, the proposals and the
/// supervisor's remarks (EK 5.1), with its service, themes and subjects — the row of every export.
/// </summary>
/// <remarks>
/// Holds no author names: a compilation shows professions only. Every free-text value has passed
/// <see cref="PersonalDataScanner.Redact"/>, so an export never carries a personal identity code, a phone number or
/// an e-mail address. Immutable; compares by value.
/// </remarks>
public sealed record CompiledReport
{
    private CompiledReport()
    {
    }

    /// <summary>The report's id.</summary>
    [JsonPropertyName("id")]
    public ReportId Id { get; private init; }

    /// <summary>The period the report was submitted in: the compilation's period, or an earlier one when carried over.</summary>
    [JsonPropertyName("originalPeriod")]
    public ReportingPeriod OriginalPeriod { get; private init; }

    /// <summary>Whether the report was carried over from an earlier compilation.</summary>
    [JsonPropertyName("carriedOver")]
    public bool CarriedOver { get; private init; }

    /// <summary>When the report was first submitted.</summary>
    [JsonPropertyName("submittedAt")]
    public Instant SubmittedAt { get; private init; }

    /// <summary>When the phenomenon was observed.</summary>
    [JsonPropertyName("observedOn")]
    public LocalDate ObservedOn { get; private init; }

    /// <summary>The service's id.</summary>
    [JsonPropertyName("serviceId")]
    public ServiceId ServiceId { get; private init; }

    /// <summary>The id of the municipality or area the report names, or null when it names none.</summary>
    [JsonPropertyName("areaId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AreaId { get; private init; }

    /// <summary>The language the report records (<c>fi</c> or <c>sv</c>), or null when it records none.</summary>
    [JsonPropertyName("language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language { get; private init; }

    /// <summary>The distinct professions of the authors, in enum order.</summary>
    [JsonPropertyName("professions")]
    public IReadOnlyList<Profession> Professions { get; private init; } = ValueList<Profession>.Empty;

    /// <summary>The theme ids the report names.</summary>
    [JsonPropertyName("themes")]
    public IReadOnlyList<ThemeId> Themes { get; private init; } = ValueList<ThemeId>.Empty;

    /// <summary>The subjects the report brings up.</summary>
    [JsonPropertyName("subjects")]
    public IReadOnlyList<ReportSubject> Subjects { get; private init; } = ValueList<ReportSubject>.Empty;

    /// <summary>Positive or negative; null when not recorded.</summary>
    [JsonPropertyName("polarity")]
    public ReportPolarity? Polarity { get; private init; }

    /// <summary>The title.</summary>
    [JsonPropertyName("title")]
    public string Title { get; private init; } = string.Empty;

    /// <summary>The description of the phenomenon: the problem.</summary>
    [JsonPropertyName("description")]
    public string Description { get; private init; } = string.Empty;

    /// <summary>The client groups affected.</summary>
    [JsonPropertyName("clientGroups")]
    public IReadOnlyList<string> ClientGroups { get; private init; } = ValueList<string>.Empty;

    /// <summary>The action proposals.</summary>
    [JsonPropertyName("actionProposals")]
    public IReadOnlyList<string> ActionProposals { get; private init; } = ValueList<string>.Empty;

    /// <summary>The supervisors' remarks recorded in the report's process.</summary>
    [JsonPropertyName("supervisorRemarks")]
    public IReadOnlyList<string> SupervisorRemarks { get; private init; } = ValueList<string>.Empty;

    /// <summary>The rows of a compilation's included reports, in the compilation's order.</summary>
    /// <param name="content">The compilation.</param>
    /// <param name="profile">The region profile it was compiled with.</param>
    /// <returns>
    /// One row per included report, each made (and redacted) when it is read, so that an export of a million reports
    /// holds one row at a time; copy the list (<c>ToList()</c>) to read the rows more than once cheaply.
    /// </returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static IReadOnlyList<CompiledReport> Of(CompilationContent content, RegionProfile profile)
    {
        Guard.Against.Null(content);
        Guard.Against.Null(profile);
        return new ProjectedList<SocialReport, CompiledReport>(content.Included, r => From(r, content, profile));
    }

    private static CompiledReport From(SocialReport report, CompilationContent compilation, RegionProfile profile)
    {
        var content = report.Content;
        var submitted = report.SubmittedAt!.Value;
        var original = profile.ReportingPeriods.PeriodOf(submitted);
        var carried = original != compilation.Period;
        return new CompiledReport
        {
            Id = report.Id,
            OriginalPeriod = original,
            CarriedOver = carried,
            SubmittedAt = submitted,
            ObservedOn = content.ObservedOn,
            ServiceId = content.ServiceId,
            AreaId = content.AreaId,
            Language = content.Language,
            Professions = ProfessionsOf(content.Authors),
            Themes = content.Themes,
            Subjects = content.Subjects,
            Polarity = content.Polarity,
            Title = PersonalDataScanner.Redact(content.Title),
            Description = PersonalDataScanner.Redact(content.Description),
            ClientGroups = Redact(content.ClientGroups),
            ActionProposals = Redact(content.ActionProposals),
            SupervisorRemarks = Remarks(report),
        };
    }

    // A row is made per report and export: the lists are built without LINQ, and a list with nothing to redact (the
    // usual case) is the content's own.
    private static ValueList<string> Redact(IReadOnlyList<string> texts)
    {
        string[]? copy = null;
        for (var i = 0; i < texts.Count; i++)
        {
            var redacted = PersonalDataScanner.Redact(texts[i]);
            if (!ReferenceEquals(redacted, texts[i]))
            {
                copy ??= [.. texts];
                copy[i] = redacted;
            }
        }

        return copy is null ? ValueList<string>.From(texts) : ValueList<string>.Own(copy);
    }

    private static ValueList<string> Remarks(SocialReport report)
    {
        List<string>? remarks = null;
        var history = report.History;
        for (var h = 0; h < history.Count; h++)
        {
            var entries = history[h].Entries;
            for (var e = 0; e < entries.Count; e++)
            {
                if (entries[e].Kind == RecordKind.Remark)
                {
                    (remarks ??= []).Add(PersonalDataScanner.Redact(entries[e].Text));
                }
            }
        }

        return remarks is null ? ValueList<string>.Empty : ValueList<string>.Own([.. remarks]);
    }

    // The distinct professions in enum order, one shared list per combination.
    private static ValueList<Profession> ProfessionsOf(IReadOnlyList<ReportAuthor> authors)
    {
        var mask = 0;
        for (var a = 0; a < authors.Count; a++)
        {
            var profession = (int)authors[a].Profession;
            if (profession is < 0 or >= 31)
            {
                return ValueList.FromValues(authors.Select(x => x.Profession).Distinct().Order());
            }

            mask |= 1 << profession;
        }

        if (mask >= ProfessionLists.Length)
        {
            return ValueList.FromValues(authors.Select(x => x.Profession).Distinct().Order());
        }

        // Benign race: two threads may build the same immutable list; either is kept.
        return ProfessionLists[mask] ??= ValueList.FromValues(authors.Select(x => x.Profession).Distinct().Order());
    }

    private static readonly ValueList<Profession>?[] ProfessionLists = new ValueList<Profession>?[1 << Enum.GetValues<Profession>().Length];
}
