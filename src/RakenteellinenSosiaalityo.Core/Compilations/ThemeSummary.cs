using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Phenomena;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// What a compilation shows of one phenomenon theme (fi: ilmiön yhteenveto): how many reports name it, how widely it
/// touches the region's services (EK 5.1), and whether it is recurring.
/// </summary>
/// <param name="ThemeId">The theme's id.</param>
/// <param name="Reports">How many included reports name the theme.</param>
/// <param name="DistinctServices">From how many distinct services those reports come.</param>
/// <param name="ConsecutiveCompilations">In how many consecutive compilations, ending with this one, the theme appears.</param>
/// <param name="IsRecurring">Whether the theme is recurring under the profile's <see cref="CompilationRules"/>.</param>
public sealed record ThemeSummary(
    [property: JsonRequired, JsonPropertyName("themeId")] ThemeId ThemeId,
    [property: JsonRequired, JsonPropertyName("reports")] int Reports,
    [property: JsonRequired, JsonPropertyName("distinctServices")] int DistinctServices,
    [property: JsonRequired, JsonPropertyName("consecutiveCompilations")] int ConsecutiveCompilations,
    [property: JsonRequired, JsonPropertyName("isRecurring")] bool IsRecurring);
