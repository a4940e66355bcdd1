using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The settings of a region's semiannual compilations that its plan leaves open (fi: koostamisen säännöt): when a
/// phenomenon counts as recurring (EK 5.1: compilations make recurring problems and phenomena visible).
/// </summary>
/// <remarks>
/// A theme is recurring in a compilation when at least <see cref="RecurringMinReports"/> included reports name it, or
/// when it appears in at least <see cref="RecurringConsecutiveCompilations"/> consecutive compilations ending with this
/// one. Neither plan sets the numbers; the defaults (3 reports, 2 compilations) are assumptions. Immutable.
/// </remarks>
public sealed record CompilationRules
{
    /// <summary>The default of <see cref="RecurringMinReports"/>.</summary>
    public const int DefaultRecurringMinReports = 3;

    /// <summary>The default of <see cref="RecurringConsecutiveCompilations"/>.</summary>
    public const int DefaultRecurringConsecutiveCompilations = 2;

    /// <summary>Creates the rules with their defaults.</summary>
    public CompilationRules()
    {
    }

    /// <summary>Creates the rules; what a region file leaves out takes its default (the JSON reader uses this).</summary>
    /// <param name="recurringMinReports">See <see cref="RecurringMinReports"/> (default 3).</param>
    /// <param name="recurringConsecutiveCompilations">See <see cref="RecurringConsecutiveCompilations"/> (default 2).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    public CompilationRules(int recurringMinReports, int recurringConsecutiveCompilations)
        : this(recurringMinReports, recurringConsecutiveCompilations, null)
    {
    }

    /// <summary>Creates the rules; what a region file leaves out takes its default (the JSON reader uses this).</summary>
    /// <param name="recurringMinReports">See <see cref="RecurringMinReports"/> (default 3).</param>
    /// <param name="recurringConsecutiveCompilations">See <see cref="RecurringConsecutiveCompilations"/> (default 2).</param>
    /// <param name="groupBy">See <see cref="GroupBy"/> (default null: <see cref="DefaultDimensions"/>).</param>
    /// <exception cref="ArgumentOutOfRangeException">A value is outside its range.</exception>
    /// <exception cref="ArgumentException"><paramref name="groupBy"/> is empty, or holds an undefined dimension or one twice.</exception>
    [JsonConstructor]
    public CompilationRules(int recurringMinReports = DefaultRecurringMinReports, int recurringConsecutiveCompilations = DefaultRecurringConsecutiveCompilations, IReadOnlyList<GroupingDimension>? groupBy = null)
    {
        GroupBy = groupBy;
        // The serializer's source generator sets every init-only property, the missing ones to 0; a constructor with
        // defaults is how a partly given or empty "compilationRules" takes the documented defaults.
        RecurringMinReports = recurringMinReports;
        RecurringConsecutiveCompilations = recurringConsecutiveCompilations;
    }

    /// <summary>The rules with their defaults.</summary>
    public static CompilationRules Default { get; } = new();

    /// <summary>
    /// The dimensions a compilation groups and counts by when the profile declares none: theme, service and subject
    /// (EK 5.1, K 4.3), the grouping of both built-in profiles.
    /// </summary>
    public static IReadOnlyList<GroupingDimension> DefaultDimensions { get; } =
        ValueList<GroupingDimension>.From([GroupingDimension.Theme, GroupingDimension.Service, GroupingDimension.Subject]);

    /// <summary>
    /// The dimensions the region's compilations group and count by, as the profile declares them (JSON
    /// <c>groupBy</c>), in the order its exports show them; null when the profile declares none, which means
    /// <see cref="DefaultDimensions"/>. Grouping by <see cref="GroupingDimension.Area"/> needs the profile's areas.
    /// </summary>
    /// <exception cref="ArgumentException">Set to an empty list, or one holding an undefined dimension or one twice.</exception>
    [JsonPropertyName("groupBy")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<GroupingDimension>? GroupBy
    {
        get;
        init
        {
            if (value is null)
            {
                field = null;
                return;
            }

            var list = ValueList.FromValues(value);
            if (list.Count == 0 || list.Any(d => !Enum.IsDefined(d)) || list.Distinct().Count() != list.Count)
            {
                throw new ArgumentException("The grouping dimensions are at least one, each defined and none twice.", nameof(GroupBy));
            }

            field = list;
        }
    }

    /// <summary>
    /// The region's own name for its compilations (JSON <c>name</c>: <c>{ "singular": {…}, "plural": {…} }</c>), or
    /// null when its period scheme names them (<see cref="CompilationName.For"/>).
    /// </summary>
    [JsonPropertyName("name")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public CompilationName? Name { get; init; }

    /// <summary>The dimensions compilations group and count by: <see cref="GroupBy"/>, or <see cref="DefaultDimensions"/> when it is null.</summary>
    [JsonIgnore]
    public IReadOnlyList<GroupingDimension> Dimensions => GroupBy ?? DefaultDimensions;

    /// <summary>How many included reports of one compilation make a theme recurring (1–1,000,000; default 3).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 1–1,000,000.</exception>
    [JsonPropertyName("recurringMinReports")]
    public int RecurringMinReports
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(RecurringMinReports), 1, 1_000_000);
    } = DefaultRecurringMinReports;

    /// <summary>In how many consecutive compilations a theme must appear to be recurring (2–100; default 2).</summary>
    /// <exception cref="ArgumentOutOfRangeException">Set outside 2–100.</exception>
    [JsonPropertyName("recurringConsecutiveCompilations")]
    public int RecurringConsecutiveCompilations
    {
        get;
        init => field = Guard.Against.OutOfRange(value, nameof(RecurringConsecutiveCompilations), 2, 100);
    } = DefaultRecurringConsecutiveCompilations;
}
