using System.Globalization;
using NodaTime;
using RakenteellinenSosiaalityo.Core.Clock;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Figures.Text;

/// <summary>The words the figures draw themselves, in Finnish, Swedish and English.</summary>
internal static class Vocabulary
{
    private static readonly string[][] MonthNames =
    [
        ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu", "lokakuu", "marraskuu", "joulukuu"],
        ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    ];

    private static readonly string[][] MonthShort =
    [
        ["tammi", "helmi", "maalis", "huhti", "touko", "kesä", "heinä", "elo", "syys", "loka", "marras", "joulu"],
        ["jan", "feb", "mars", "apr", "maj", "juni", "juli", "aug", "sep", "okt", "nov", "dec"],
        ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ];

    public static string T(Language language, string fi, string sv, string en) => language switch
    {
        Language.Swedish => sv,
        Language.English => en,
        _ => fi,
    };

    public static string Month(int month, Language language) => MonthNames[(int)language][month - 1];

    public static string MonthAbbreviation(int month, Language language) => MonthShort[(int)language][month - 1];

    public static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>A day of the year as the plans write it: <c>31.5.</c>.</summary>
    public static string Day(LocalDate date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day}.{date.Month}.");

    public static string Kind(ActivityKind kind, Language language) => kind switch
    {
        ActivityKind.Meeting => T(language, "Kokous", "Möte", "Meeting"),
        ActivityKind.Workshop => T(language, "Työpaja", "Workshop", "Workshop"),
        ActivityKind.Compilation => T(language, "Kooste", "Sammanställning", "Compilation"),
        ActivityKind.PeriodEnd => T(language, "Raportointikausi päättyy", "Rapporteringsperioden slutar", "Reporting period ends"),
        ActivityKind.Review => T(language, "Käsittely", "Genomgång", "Review"),
        ActivityKind.InfoSession => T(language, "Infotilaisuus", "Informationstillfälle", "Info session"),
        ActivityKind.ReportContribution => T(language, "Nostot raportteihin", "Bidrag till rapporter", "Contribution to reports"),
        ActivityKind.PhenomenonSelection => T(language, "Ilmiön valinta", "Val av fenomen", "Choosing a phenomenon"),
        ActivityKind.Approval => T(language, "Hyväksyminen", "Godkännande", "Approval"),
        ActivityKind.Feedback => T(language, "Palaute", "Respons", "Feedback"),
        ActivityKind.Planning => T(language, "Suunnittelu", "Planering", "Planning"),
        ActivityKind.PlanReview => T(language, "Suunnitelman tarkastelu", "Granskning av planen", "Plan review"),
        _ => T(language, "Yhteistyö", "Samarbete", "Collaboration"),
    };

    public static string Record(RecordKind kind, Language language) => kind switch
    {
        RecordKind.Remark => T(language, "huomio", "anmärkning", "remark"),
        RecordKind.Comment => T(language, "kommentti", "kommentar", "comment"),
        RecordKind.Observation => T(language, "havainto", "observation", "observation"),
        RecordKind.SolutionProposal => T(language, "ratkaisuehdotus", "lösningsförslag", "solution proposal"),
        RecordKind.Assessment => T(language, "arvio", "bedömning", "assessment"),
        RecordKind.Decision => T(language, "päätös", "beslut", "decision"),
        RecordKind.Feedback => T(language, "palaute", "respons", "feedback"),
        _ => T(language, "julkaisu", "publicering", "publication"),
    };

    public static string Subject(ReportSubject subject, Language language) => subject switch
    {
        ReportSubject.ClientNeeds => T(language, "Asiakkaiden tarpeet ja ongelmat", "Klienternas behov och problem", "Clients' needs and problems"),
        ReportSubject.WellbeingPhenomena => T(language, "Sosiaalisen hyvinvoinnin ja ongelmien ilmiöt", "Fenomen inom social välfärd och sociala problem", "Phenomena of social wellbeing and problems"),
        ReportSubject.ServiceSystem => T(language, "Palvelujärjestelmän toimivuus", "Servicesystemets funktion", "How the service system works"),
        ReportSubject.WeakSignals => T(language, "Havainnot ja heikot signaalit", "Observationer och svaga signaler", "Observations and weak signals"),
        ReportSubject.GoodPractices => T(language, "Hyvät käytännöt", "Goda praxis", "Good practices"),
        _ => T(language, "Toimenpide-ehdotukset", "Åtgärdsförslag", "Action proposals"),
    };

    public static string Due(StepDue due, Language language)
    {
        if (due.WithinDays is { } days)
        {
            return T(language, $"{Number(days)} päivän kuluessa edellisestä vaiheesta", $"inom {Number(days)} dagar efter föregående steg", $"within {Number(days)} days of the previous step");
        }

        if (due.InMonths is { } months)
        {
            var names = string.Join(", ", months.Order().Select(m => MonthAbbreviation(m, language)));
            return T(language, $"kuukausina {names}", $"under månaderna {names}", $"in {names}");
        }

        var afterEnd = Number(due.WithinDaysAfterPeriodEnd ?? 0);
        return T(language, $"{afterEnd} päivän kuluessa raportointikauden päättymisestä", $"inom {afterEnd} dagar efter rapporteringsperiodens slut", $"within {afterEnd} days after the reporting period ends");
    }
}
