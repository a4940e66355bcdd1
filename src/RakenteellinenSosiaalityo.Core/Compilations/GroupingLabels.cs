using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Phenomena;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The labels people see for grouping dimensions and their keys (fi: ryhmittelyjen nimet), in Finnish, Swedish and
/// English: one home for them, used by the exports.
/// </summary>
public static class GroupingLabels
{
    private static readonly LocalizedText NotRecorded = new("ei kirjattu", "inte angivet", "not recorded");

    /// <summary>The label of a dimension, e.g. "Kunnat ja alueet" for <see cref="GroupingDimension.Area"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The label, as a heading.</returns>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is undefined.</exception>
    public static LocalizedText Of(GroupingDimension dimension) => Guard.Against.EnumOutOfRange(dimension) switch
    {
        GroupingDimension.Theme => new("Ilmiöt", "Fenomen", "Phenomena"),
        GroupingDimension.Service => new("Palvelut", "Tjänster", "Services"),
        GroupingDimension.Subject => new("Aiheet", "Ämnen", "Subjects"),
        GroupingDimension.Area => new("Kunnat ja alueet", "Kommuner och områden", "Municipalities and areas"),
        GroupingDimension.Profession => new("Ammattiryhmät", "Yrkesgrupper", "Professions"),
        GroupingDimension.ClientGroup => new("Asiakasryhmät", "Klientgrupper", "Client groups"),
        _ => new("Kielet", "Språk", "Languages"),
    };

    /// <summary>The label of one value of a dimension, e.g. "Kunta tai alue" for <see cref="GroupingDimension.Area"/>.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The label, for a table column or a list item.</returns>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is undefined.</exception>
    public static LocalizedText OfOne(GroupingDimension dimension) => Guard.Against.EnumOutOfRange(dimension) switch
    {
        GroupingDimension.Theme => new("Ilmiö", "Fenomen", "Phenomenon"),
        GroupingDimension.Service => new("Palvelu", "Tjänst", "Service"),
        GroupingDimension.Subject => new("Aihe", "Ämne", "Subject"),
        GroupingDimension.Area => new("Kunta tai alue", "Kommun eller område", "Municipality or area"),
        GroupingDimension.Profession => new("Ammattiryhmä", "Yrkesgrupp", "Profession"),
        GroupingDimension.ClientGroup => new("Asiakasryhmä", "Klientgrupp", "Client group"),
        _ => new("Kieli", "Språk", "Language"),
    };

    /// <summary>
    /// The name of a group's key for people: a theme's, service's or area's name from the profile, a profession's or
    /// language's label, a client group as written, "ei kirjattu" for <see cref="ReportGroup.NotRecordedKey"/>; the
    /// key itself when the profile has no such id.
    /// </summary>
    /// <param name="profile">The region profile.</param>
    /// <param name="dimension">The dimension.</param>
    /// <param name="key">The key.</param>
    /// <returns>The name.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="profile"/> or <paramref name="key"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="dimension"/> is undefined.</exception>
    public static LocalizedText KeyName(RegionProfile profile, GroupingDimension dimension, string key)
    {
        Guard.Against.Null(profile);
        Guard.Against.Null(key);
        Guard.Against.EnumOutOfRange(dimension);
        if (key == ReportGroup.NotRecordedKey)
        {
            return NotRecorded;
        }

        var found = dimension switch
        {
            GroupingDimension.Theme => ThemeId.IsValid(key) ? profile.FindTheme(new ThemeId(key))?.Name : null,
            GroupingDimension.Service => ServiceId.IsValid(key) ? profile.FindService(new ServiceId(key))?.Name : null,
            GroupingDimension.Area => profile.FindArea(key)?.Name,
            GroupingDimension.Profession => Enum.GetValues<Profession>().Where(p => CamelCase.Of(p) == key).Select(Of).FirstOrDefault(),
            GroupingDimension.Language => key switch
            {
                "fi" => new LocalizedText("suomi", "finska", "Finnish"),
                "sv" => new LocalizedText("ruotsi", "svenska", "Swedish"),
                _ => null,
            },
            _ => null,
        };
        return found ?? new LocalizedText(key, key, key);
    }

    /// <summary>The label of a profession, e.g. "sosiaalityöntekijä".</summary>
    /// <param name="profession">The profession.</param>
    /// <returns>The label.</returns>
    /// <exception cref="ArgumentException"><paramref name="profession"/> is undefined.</exception>
    public static LocalizedText Of(Profession profession) => Guard.Against.EnumOutOfRange(profession) switch
    {
        Profession.SocialWorker => new("sosiaalityöntekijä", "socialarbetare", "social worker"),
        Profession.SocialInstructor => new("sosiaaliohjaaja", "socialhandledare", "social instructor"),
        Profession.SchoolCurator => new("koulukuraattori", "skolkurator", "school curator"),
        Profession.CrisisWorker => new("kriisityöntekijä", "krisarbetare", "crisis worker"),
        _ => new("muu ammattilainen", "annan yrkesperson", "other professional"),
    };
}
