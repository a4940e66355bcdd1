using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// What a compilation groups and counts its included reports by (fi: koosteen ryhmittelyperuste). A profile declares
/// its dimensions in <see cref="CompilationRules.GroupBy"/>; by default theme, service and subject.
/// </summary>
[JsonConverter(typeof(CamelCaseEnumConverter<GroupingDimension>))]
public enum GroupingDimension
{
    /// <summary>The phenomenon themes a report names (fi: ilmiöteema); a report is in the group of each theme it names.</summary>
    Theme = 0,

    /// <summary>The service or unit a report comes from (fi: palvelu); a report is in exactly one group.</summary>
    Service = 1,

    /// <summary>The subjects a report brings up (fi: aihe, K 4.3); a report is in the group of each subject.</summary>
    Subject = 2,

    /// <summary>
    /// The municipality or area a report names (fi: kunta tai alue); a report is in exactly one group, that of
    /// <see cref="ReportGroup.NotRecordedKey"/> when it names none. Needs the profile's <c>areas</c>.
    /// </summary>
    Area = 3,

    /// <summary>The professions of a report's authors (fi: ammattiryhmä); a joint report is in the group of each distinct profession.</summary>
    Profession = 4,

    /// <summary>The client groups a report names (fi: asiakasryhmä), as written; a report is in the group of each.</summary>
    ClientGroup = 5,

    /// <summary>The language a report is written in (fi: kieli), <c>fi</c> or <c>sv</c>; a report is in exactly one group, <c>fi</c> when it records none.</summary>
    Language = 6,
}
