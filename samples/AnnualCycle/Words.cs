using RakenteellinenSosiaalityo.Core.Text;

namespace AnnualCycle;

/// <summary>
/// The main job's own words in Finnish, Swedish and English: the one home of the sample's people-facing text that is
/// not domain text (domain text — status names, process steps, the legal basis — comes from the library and the profile).
/// </summary>
internal static class Words
{
    /// <summary>The text in <paramref name="language"/>.</summary>
    public static string Say(Language language, string fi, string sv, string en) => new LocalizedText(fi, sv, en).Get(language);
}
