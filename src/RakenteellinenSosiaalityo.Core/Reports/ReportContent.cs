using System.Diagnostics.CodeAnalysis;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Phenomena;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>
/// What a form-based social report says (fi: sosiaalisen raportin sisältö): who made it, where from, the phenomenon,
/// whom it affects, what it brings up and what it proposes (K 4.3, EK 5.3 and annex 1).
/// </summary>
/// <remarks>
/// <para>
/// Free text (title, description, client groups, action proposals, names) is about client work: a report whose
/// content has findings of <see cref="PersonalDataScanner"/> cannot be submitted. <see cref="FindPersonalData"/> tells
/// what would stop it and <see cref="Redacted"/> removes it.
/// </para>
/// <para>Immutable; compares by value, collections included.</para>
/// </remarks>
public sealed record ReportContent
{
    private PersonalDataMemo scanned;

    /// <summary>The authors, at least one; a report may be made jointly.</summary>
    /// <exception cref="ArgumentException">Set to an empty list or a list holding null.</exception>
    [JsonPropertyName("authors")]
    public required IReadOnlyList<ReportAuthor> Authors
    {
        get;
        init
        {
            var list = ValueList.From(value, nameof(Authors));
            field = list.Count > 0 ? list : throw new ArgumentException("A report has at least one author.", nameof(Authors));
        }
    } = ValueList<ReportAuthor>.Empty;

    /// <summary>The id of the service or unit the report comes from: one of the region profile's services.</summary>
    /// <exception cref="ArgumentException">Set to the default <see cref="Regions.ServiceId"/>, which identifies no service.</exception>
    [JsonPropertyName("serviceId")]
    public required ServiceId ServiceId
    {
        get;
        init => field = SystemId.NotDefault(value, nameof(ServiceId));
    }

    /// <summary>
    /// The id of the municipality or area the report concerns: one of the region profile's areas; null when not
    /// recorded (a region without areas never records one).
    /// </summary>
    /// <exception cref="ArgumentException">Set to a value that is not lower-case kebab-case ASCII of 1–64 characters.</exception>
    [JsonPropertyName("areaId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? AreaId
    {
        get;
        init => field = value is null || Slug.IsValid(value) ? value : throw new ArgumentException($"An area id must be {Slug.Description}.", nameof(AreaId));
    }

    /// <summary>
    /// The language the report is written in, <c>fi</c> or <c>sv</c>; null when not recorded, which counts as
    /// <see cref="DefaultLanguage"/> (not required: both plans' regions write in Finnish).
    /// </summary>
    /// <exception cref="ArgumentException">Set to a value other than <c>fi</c>, <c>sv</c> or null.</exception>
    [JsonPropertyName("language")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Language
    {
        get;
        init => field = value is null or "fi" or "sv" ? value : throw new ArgumentException("A report's language is 'fi' or 'sv'.", nameof(Language));
    }

    /// <summary>The language a report that records none is taken to be written in: <c>fi</c>.</summary>
    public const string DefaultLanguage = "fi";

    /// <summary>The supervisor the reporter names, to whom the report goes (K 4.3); null when the region's process does not name one.</summary>
    /// <exception cref="ArgumentException">Set to an empty or white-space text.</exception>
    [JsonPropertyName("supervisor")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Supervisor { get; init => field = value is null ? null : Guard.Against.NullOrBlank(value, nameof(Supervisor)); }

    /// <summary>The report's title.</summary>
    /// <exception cref="ArgumentException">Set to null, an empty or a white-space text.</exception>
    [JsonPropertyName("title")]
    public required string Title { get; init => field = Guard.Against.NullOrBlank(value, nameof(Title)); }

    /// <summary>The description of the phenomenon (fi: ilmiön kuvaus), anonymized.</summary>
    /// <exception cref="ArgumentException">Set to null, an empty or a white-space text.</exception>
    [JsonPropertyName("description")]
    public required string Description { get; init => field = Guard.Against.NullOrBlank(value, nameof(Description)); }

    /// <summary>The client groups the phenomenon affects, e.g. "lapsiperheet".</summary>
    /// <exception cref="ArgumentException">Set to a list holding null or white space.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("clientGroups")]
    [AllowNull]
    public IReadOnlyList<string> ClientGroups
    {
        get;
        init => field = Texts(value, nameof(ClientGroups));
    } = ValueList<string>.Empty;

    /// <summary>Which of the six subjects of the Kymenlaakso plan (4.3) the report brings up; may be empty.</summary>
    /// <exception cref="ArgumentException">Set to a list holding an undefined subject, or one subject twice.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("subjects")]
    [AllowNull]
    public IReadOnlyList<ReportSubject> Subjects
    {
        get;
        init => field = Distinct(value, nameof(Subjects));
    } = ValueList<ReportSubject>.Empty;

    /// <summary>The action proposals (fi: toimenpide-ehdotukset); may be empty.</summary>
    /// <exception cref="ArgumentException">Set to a list holding null or white space.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("actionProposals")]
    [AllowNull]
    public IReadOnlyList<string> ActionProposals
    {
        get;
        init => field = Texts(value, nameof(ActionProposals));
    } = ValueList<string>.Empty;

    /// <summary>Whether the phenomenon is negative or positive (EK 5.3); null when not recorded.</summary>
    /// <exception cref="ArgumentException">Set to an undefined value.</exception>
    [JsonPropertyName("polarity")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ReportPolarity? Polarity { get; init => field = value is { } v ? Guard.Against.EnumOutOfRange(v, nameof(Polarity)) : null; }

    /// <summary>Which duties of the Social Welfare Act s. 7 the report serves; may be empty.</summary>
    /// <exception cref="ArgumentException">Set to a list holding an undefined duty, or one duty twice.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("duties")]
    [AllowNull]
    public IReadOnlyList<StatutoryDuty> Duties
    {
        get;
        init => field = Distinct(value, nameof(Duties));
    } = ValueList<StatutoryDuty>.Empty;

    /// <summary>The ids of the phenomenon themes of the region's vocabulary the report names; may be empty.</summary>
    /// <exception cref="ArgumentException">Set to a list holding the default <see cref="ThemeId"/>, or one id twice.</exception>
    /// <remarks>Null is taken as the empty list (none).</remarks>
    [JsonPropertyName("themes")]
    [AllowNull]
    public IReadOnlyList<ThemeId> Themes
    {
        get;
        init
        {
            var list = ValueList.FromValues(value);
            if (HoldsTwice(list) || HoldsDefault(list))
            {
                throw new ArgumentException("Theme ids are distinct and none is the default ThemeId.", nameof(Themes));
            }

            field = list;
        }
    } = ValueList<ThemeId>.Empty;

    /// <summary>The date the phenomenon was observed.</summary>
    [JsonPropertyName("observedOn")]
    public required LocalDate ObservedOn { get; init; }

    /// <summary>
    /// Finds the personal data in every free-text field, each finding naming its field as a JSON path relative to the
    /// content, e.g. <c>description</c> or <c>actionProposals[1]</c>, and never the value.
    /// </summary>
    /// <returns>The findings, field by field in declaration order; empty when the content can be submitted.</returns>
    public IReadOnlyList<PersonalDataFinding> FindPersonalData()
    {
        // Immutable, so one instance is scanned once (see PersonalDataMemo); the memo takes no part in equality.
        if (scanned.For(this) is { } known)
        {
            return known;
        }

        // A field's path is written out only for a text that holds personal data (most hold none).
        List<PersonalDataFinding>? findings = null;
        foreach (var (field, text) in FreeText())
        {
            if (PersonalDataScanner.ContainsPersonalData(text))
            {
                (findings ??= []).AddRange(PersonalDataScanner.Scan(text, field.ToString()));
            }
        }

        return scanned.Remember(this, findings is null ? ValueList<PersonalDataFinding>.Empty : ValueList<PersonalDataFinding>.From(findings));
    }

    /// <summary>Returns a copy whose free text has every personal identity code, phone number and e-mail address replaced by a marker.</summary>
    /// <returns>The redacted content; equal to this one when it holds no personal data.</returns>
    public ReportContent Redacted() => this with
    {
        Authors = Authors.Select(a => new ReportAuthor(PersonalDataScanner.Redact(a.Name), a.Profession, a.OtherProfession is null ? null : PersonalDataScanner.Redact(a.OtherProfession))).ToList(),
        Supervisor = Supervisor is null ? null : PersonalDataScanner.Redact(Supervisor),
        Title = PersonalDataScanner.Redact(Title),
        Description = PersonalDataScanner.Redact(Description),
        ClientGroups = ClientGroups.Select(PersonalDataScanner.Redact).ToList(),
        ActionProposals = ActionProposals.Select(PersonalDataScanner.Redact).ToList(),
    };

    /// <summary>Returns the service and the date observed, never free text.</summary>
    /// <returns>For example <c>report content from child-welfare observed 2025-03-01</c>.</returns>
    public override string ToString() => $"report content from {ServiceId} observed {ObservedOn:uuuu-MM-dd}";

    /// <summary>Every free-text field with its path.</summary>
    internal IEnumerable<(FreeTextField Field, string Text)> FreeText()
    {
        for (var i = 0; i < Authors.Count; i++)
        {
            yield return (new("authors", i, "name"), Authors[i].Name);
            if (Authors[i].OtherProfession is { } other)
            {
                yield return (new("authors", i, "otherProfession"), other);
            }
        }

        if (Supervisor is not null)
        {
            yield return (new("supervisor"), Supervisor);
        }

        yield return (new("title"), Title);
        yield return (new("description"), Description);
        for (var i = 0; i < ClientGroups.Count; i++)
        {
            yield return (new("clientGroups", i), ClientGroups[i]);
        }

        for (var i = 0; i < ActionProposals.Count; i++)
        {
            yield return (new("actionProposals", i), ActionProposals[i]);
        }
    }

    /// <summary>A free-text field's path relative to the content (<c>authors[0].name</c>), written out only when asked.</summary>
    internal readonly record struct FreeTextField(string Name, int Index = -1, string? Member = null)
    {
        public override string ToString() =>
            Index < 0 ? Name : Member is null ? $"{Name}[{Index}]" : $"{Name}[{Index}].{Member}";
    }

    private static ValueList<string> Texts(IReadOnlyList<string>? value, string name)
    {
        var list = ValueList.From(value, name);
        return list.Any(Blank.IsBlank) ? throw new ArgumentException("The list must not hold empty or white-space texts.", name) : list;
    }

    private static ValueList<T> Distinct<T>(IReadOnlyList<T>? value, string name)
        where T : struct, Enum
    {
        var list = ValueList.FromValues(value);
        foreach (var item in list)
        {
            Guard.Against.EnumOutOfRange(item, name);
        }

        return HoldsTwice(list) ? throw new ArgumentException("The list must not hold a value twice.", name) : list;
    }

    private static bool HoldsDefault(ValueList<ThemeId> list)
    {
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].Value is null)
            {
                return true;
            }
        }

        return false;
    }

    // Every content read or made checks its short lists: compared pairwise (no set, no LINQ) up to a length where a set pays.
    private static bool HoldsTwice<T>(ValueList<T> list)
        where T : struct
    {
        if (list.Count > 16)
        {
            return list.Distinct().Count() != list.Count;
        }

        for (var i = 1; i < list.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (EqualityComparer<T>.Default.Equals(list[i], list[j]))
                {
                    return true;
                }
            }
        }

        return false;
    }
}
