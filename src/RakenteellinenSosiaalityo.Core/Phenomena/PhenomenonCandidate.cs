using RakenteellinenSosiaalityo.Core.Compilations;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// A phenomenon theme proposed for the year's phenomenon-based report from the compilations (fi: ilmiöehdokas), with
/// its figures and the reasons in words.
/// </summary>
/// <param name="Rank">Its place in the ranking, from 1.</param>
/// <param name="ThemeId">The theme's id.</param>
/// <param name="Name">The theme's name.</param>
/// <param name="Reports">How many included reports of the latest compilation name it.</param>
/// <param name="Services">From how many services those reports come (breadth, EK 5.1).</param>
/// <param name="ConsecutiveCompilations">In how many consecutive compilations, ending with the latest, it appears (recurrence).</param>
/// <param name="Change">Its reports in the latest compilation minus those in the previous one (0 when there is no previous one).</param>
/// <param name="Compilation">The latest compilation it comes from.</param>
/// <param name="Reasons">Why it is proposed, in fi, sv and en.</param>
public sealed record PhenomenonCandidate(
    int Rank,
    ThemeId ThemeId,
    LocalizedText Name,
    int Reports,
    int Services,
    int ConsecutiveCompilations,
    int Change,
    CompilationId Compilation,
    IReadOnlyList<LocalizedText> Reasons)
{
    /// <summary>The reason to record when the choosing actors take this candidate (<see cref="CandidateSource.Compilations"/>), in Finnish.</summary>
    /// <returns>The selection reason, naming the compilation.</returns>
    public SelectionReason ToSelectionReason() => ToSelectionReason(Language.Finnish);

    /// <summary>The reason to record when the choosing actors take this candidate, in <paramref name="language"/>.</summary>
    /// <param name="language">The language the selection is recorded in.</param>
    /// <returns>The selection reason, naming the compilation.</returns>
    public SelectionReason ToSelectionReason(Language language) =>
        new(CandidateSource.Compilations, string.Join("; ", Reasons.Select(r => r.Get(language))), Compilation);
}
