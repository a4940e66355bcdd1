using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>Ready-made vocabularies of phenomenon themes (DOMAIN §10). A region may use one of these or its own list.</summary>
public static class PhenomenonThemes
{
    private const string Section11 = "SHL 11 §";
    private const string Thl = "THL";

    /// <summary>
    /// The ten support needs of the Social Welfare Act 1301/2014, section 11 (as enacted in 2014): the default
    /// vocabulary of a region profile that names none.
    /// </summary>
    public static IReadOnlyList<PhenomenonTheme> SocialWelfareActSupportNeeds { get; } = ValueList<PhenomenonTheme>.From(
    [
        Theme("everyday-life", "Jokapäiväisestä elämästä suoriutuminen", "Att klara det dagliga livet", "Coping with everyday life", Section11),
        Theme("housing", "Asuminen", "Boende", "Housing", Section11),
        Theme("financial-support", "Taloudellinen tuki", "Ekonomiskt stöd", "Financial support", Section11),
        Theme("social-inclusion", "Sosiaalisen syrjäytymisen ehkäisy ja osallisuuden edistäminen", "Förebyggande av social utslagning och främjande av delaktighet", "Preventing social exclusion and promoting inclusion", Section11),
        Theme("violence", "Lähisuhde- ja perheväkivalta, muu väkivalta ja kaltoinkohtelu", "Våld i nära relationer och familjevåld, annat våld och annan illabehandling", "Violence in close relationships and the family, other violence and maltreatment", Section11),
        Theme("sudden-crises", "Äkilliset kriisitilanteet", "Akuta krissituationer", "Sudden crises", Section11),
        Theme("child-wellbeing", "Lapsen tasapainoinen kehitys ja hyvinvointi", "Barnets balanserade utveckling och välbefinnande", "A child's balanced development and wellbeing", Section11),
        Theme("substance-use-mental-health-illness", "Päihteiden ongelmakäyttö, mielenterveysongelma, muu sairaus, vamma tai ikääntyminen", "Missbruk av berusningsmedel, psykiska problem, annan sjukdom, funktionsnedsättning eller åldrande", "Problem substance use, mental health problems, other illness, disability or ageing", Section11),
        Theme("functional-capacity", "Muu fyysinen, psyykkinen, sosiaalinen tai kognitiivinen toimintakyky", "Annan fysisk, psykisk, social eller kognitiv funktionsförmåga", "Other physical, psychological, social or cognitive functional capacity", Section11),
        Theme("family-and-close-ones", "Läheisten ja perheenjäsenten tukeminen", "Stöd till närstående och familjemedlemmar", "Supporting the family and close ones", Section11),
    ]);

    /// <summary>
    /// The themes THL's national data production has taken up phenomenon by phenomenon: homelessness (2023), mental
    /// health, substance use and addiction (2024), income and financial support.
    /// </summary>
    public static IReadOnlyList<PhenomenonTheme> NationalDataProduction { get; } = ValueList<PhenomenonTheme>.From(
    [
        Theme("homelessness", "Asunnottomuus", "Bostadslöshet", "Homelessness", Thl),
        Theme("mental-health", "Mielenterveys", "Psykisk hälsa", "Mental health", Thl),
        Theme("substance-use-and-addiction", "Päihteet ja riippuvuudet", "Missbruk och beroende", "Substance use and addiction", Thl),
        Theme("income-and-financial-support", "Toimeentulo ja taloudellinen tuki", "Utkomst och ekonomiskt stöd", "Income and financial support", Thl),
    ]);

    private static PhenomenonTheme Theme(string id, string fi, string sv, string en, string source) =>
        new() { Id = new ThemeId(id), Name = new LocalizedText(fi, sv, en), Source = source };
}
