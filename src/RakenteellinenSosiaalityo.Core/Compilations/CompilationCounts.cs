using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>The counts a compilation shows of its included reports (EK 5.1): in all, by polarity, service, subject, profession and theme.</summary>
/// <remarks>Each list is sorted by key (ordinal) and holds only keys with a count of at least one. Immutable; compares by value.</remarks>
public sealed record CompilationCounts
{
    /// <summary>Creates the counts.</summary>
    /// <param name="total">Included reports.</param>
    /// <param name="positive">Of them, about a positive phenomenon.</param>
    /// <param name="negative">Of them, about a negative phenomenon.</param>
    /// <param name="byService">Reports per service id.</param>
    /// <param name="bySubject">Reports per subject (camelCase name); a report counts once under each subject it brings up.</param>
    /// <param name="byProfession">Reports per author profession (camelCase name); a joint report counts once under each distinct profession of its authors.</param>
    /// <param name="byTheme">Reports per theme id; a report counts once under each theme it names.</param>
    [JsonConstructor]
    public CompilationCounts(int total, int positive, int negative, IReadOnlyList<KeyCount> byService, IReadOnlyList<KeyCount> bySubject, IReadOnlyList<KeyCount> byProfession, IReadOnlyList<KeyCount> byTheme)
    {
        Total = total;
        Positive = positive;
        Negative = negative;
        ByService = ValueList.RequiredValues(byService, nameof(byService));
        BySubject = ValueList.RequiredValues(bySubject, nameof(bySubject));
        ByProfession = ValueList.RequiredValues(byProfession, nameof(byProfession));
        ByTheme = ValueList.RequiredValues(byTheme, nameof(byTheme));
    }

    /// <summary>Included reports.</summary>
    [JsonPropertyName("total")]
    public int Total { get; }

    /// <summary>Included reports about a positive phenomenon.</summary>
    [JsonPropertyName("positive")]
    public int Positive { get; }

    /// <summary>Included reports about a negative phenomenon.</summary>
    [JsonPropertyName("negative")]
    public int Negative { get; }

    /// <summary>Included reports that do not record whether the phenomenon is positive or negative.</summary>
    [JsonIgnore]
    public int PolarityNotRecorded => Total - Positive - Negative;

    /// <summary>Reports per service id.</summary>
    [JsonPropertyName("byService")]
    public IReadOnlyList<KeyCount> ByService { get; }

    /// <summary>Reports per subject (camelCase name of <see cref="Reports.ReportSubject"/>).</summary>
    [JsonPropertyName("bySubject")]
    public IReadOnlyList<KeyCount> BySubject { get; }

    /// <summary>Reports per author profession (camelCase name of <see cref="Reports.Profession"/>).</summary>
    [JsonPropertyName("byProfession")]
    public IReadOnlyList<KeyCount> ByProfession { get; }

    /// <summary>Reports per theme id.</summary>
    [JsonPropertyName("byTheme")]
    public IReadOnlyList<KeyCount> ByTheme { get; }
}
