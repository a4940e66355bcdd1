using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

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
    [JsonConstructor]
    public CompilationRules(int recurringMinReports = DefaultRecurringMinReports, int recurringConsecutiveCompilations = DefaultRecurringConsecutiveCompilations)
    {
        // The serializer's source generator sets every init-only property, the missing ones to 0; a constructor with
        // defaults is how a partly given or empty "compilationRules" takes the documented defaults.
        RecurringMinReports = recurringMinReports;
        RecurringConsecutiveCompilations = recurringConsecutiveCompilations;
    }

    /// <summary>The rules with their defaults.</summary>
    public static CompilationRules Default { get; } = new();

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
