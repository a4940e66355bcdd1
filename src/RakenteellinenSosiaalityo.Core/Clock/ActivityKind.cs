using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Clock;

/// <summary>What kind of thing an activity of the annual clock (fi: vuosikellon tapahtuma) is.</summary>
/// <remarks>In JSON the camelCase name, e.g. <c>"infoSession"</c>; numbers are not accepted.</remarks>
[JsonConverter(typeof(CamelCaseEnumConverter<ActivityKind>))]
public enum ActivityKind
{
    /// <summary>A regular meeting of a group (fi: kokous, tapaaminen).</summary>
    Meeting = 0,

    /// <summary>A workshop, e.g. for a phenomenon-based report (fi: työpaja).</summary>
    Workshop = 1,

    /// <summary>Compiling the social reports of a period (fi: koostaminen).</summary>
    Compilation = 2,

    /// <summary>The last day of a reporting period (fi: raportointikausi päättyy).</summary>
    PeriodEnd = 3,

    /// <summary>Reviewing or processing reports, compilations or other knowledge products (fi: käsittely, katselmointi).</summary>
    Review = 4,

    /// <summary>An info session or internal communication event for staff (fi: infotilaisuus).</summary>
    InfoSession = 5,

    /// <summary>A contribution to another report, e.g. the wellbeing report (fi: nostot hyvinvointikertomukseen).</summary>
    ReportContribution = 6,

    /// <summary>Choosing the phenomenon or theme of a phenomenon-based report (fi: ilmiön valinta).</summary>
    PhenomenonSelection = 7,

    /// <summary>Approving a report and handing it over (fi: hyväksyminen).</summary>
    Approval = 8,

    /// <summary>Going through feedback (fi: palaute).</summary>
    Feedback = 9,

    /// <summary>Planning the next year or evaluating the year's goals (fi: suunnittelu).</summary>
    Planning = 10,

    /// <summary>Reviewing and updating the implementation plan (fi: suunnitelman päivitys).</summary>
    PlanReview = 11,

    /// <summary>Cooperation with a partner, e.g. a university of applied sciences attending a meeting (fi: yhteistyö).</summary>
    Collaboration = 12,
}
