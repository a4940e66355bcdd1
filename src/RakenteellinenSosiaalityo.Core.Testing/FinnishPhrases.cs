using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Reports;

namespace RakenteellinenSosiaalityo.Core.Testing;

/// <summary>
/// The small pools of Finnish phrases synthetic reports are made of. Written by hand to read like real social reports
/// and to hold no personal data: no names of people (authors are professions with a letter), no identity codes,
/// phone numbers, e-mail addresses, addresses or other digits.
/// </summary>
internal static class FinnishPhrases
{
    public static readonly string[] Titles =
    [
        "Asumisen kustannukset kuormittavat perheitä",
        "Toimeentulotuen käsittelyajat ovat pidentyneet",
        "Nuorten yksinäisyys on lisääntynyt",
        "Ikäihmisten kotiin annettavat palvelut eivät riitä",
        "Päihteiden käyttö näkyy lasten arjessa",
        "Mielenterveyspalveluihin on pitkä jono",
        "Asunnottomuuden uhka on kasvanut",
        "Lähisuhdeväkivalta tulee esiin myöhään",
        "Työttömien aktivointi katkeaa siirtymissä",
        "Maahan muuttaneiden perheiden palveluohjaus",
        "Koulupoissaolot ovat lisääntyneet",
        "Omaishoitajien jaksaminen on heikentynyt",
        "Digitaaliset palvelut syrjäyttävät osan asiakkaista",
        "Velkaantuminen ja pikavipit",
        "Toimiva yhteistyö koulun ja sosiaalityön välillä",
        "Matalan kynnyksen olohuone tavoittaa nuoria",
        "Perheiden ruokaturvan heikentyminen",
        "Kriisitilanteiden jälkihoito jää puutteelliseksi",
        "Liikkumisen esteet haja-asutusalueella",
        "Vammaisten henkilöiden asumispalveluiden saatavuus",
    ];

    public static readonly string[] Sentences =
    [
        "Useammalla asiakkaalla asumiskulut ylittävät tulot jo kuun puolivälissä.",
        "Asiakkaat kertovat, että hakemusten käsittely kestää viikkoja.",
        "Ilmiö on toistunut useissa asiakastapaamisissa viime kuukausina.",
        "Perheet eivät tiedä, mistä apua voi hakea.",
        "Palveluun pääsy edellyttää sähköistä asiointia, johon kaikilla ei ole välineitä.",
        "Yhteistyö eri toimijoiden välillä on ollut sujuvaa.",
        "Tilanne näkyy erityisesti yksinhuoltajaperheissä.",
        "Asiakkaat joutuvat odottamaan palvelua pitkään ja tilanne ehtii kriisiytyä.",
        "Nuoret hakeutuvat palveluihin vasta, kun ongelmat ovat kasautuneet.",
        "Ikääntyneiden asiakkaiden toimintakyky on heikentynyt odotusaikana.",
        "Ilmiö koskee sekä kaupunkia että maaseutua.",
        "Kokeiltu toimintamalli on vähentänyt yhteydenottoja päivystykseen.",
        "Asiakkaiden luottamus palvelujärjestelmään on heikentynyt.",
        "Vertaistuki on auttanut asiakkaita sitoutumaan työskentelyyn.",
        "Palveluiden välinen tiedonkulku katkeaa, kun asiakas siirtyy palvelusta toiseen.",
        "Ilmiöstä on keskusteltu tiimissä, ja sama havainto on tehty muissakin yksiköissä.",
        "Kustannusten nousu on lisännyt taloudellisen tuen tarvetta.",
        "Asiakkaat kokevat jäävänsä yksin ongelmiensa kanssa.",
        "Järjestöjen kanssa tehty yhteistyö on tavoittanut uusia asiakasryhmiä.",
        "Pitkät välimatkat vaikeuttavat palveluihin osallistumista.",
    ];

    public static readonly string[] ClientGroups =
    [
        "lapsiperheet", "yksinhuoltajat", "nuoret aikuiset", "ikäihmiset", "omaishoitajat", "työttömät",
        "maahan muuttaneet", "vammaiset henkilöt", "päihdeasiakkaat", "mielenterveysasiakkaat", "opiskelijat",
        "asunnottomat", "pienituloiset eläkeläiset", "koululaiset", "lastensuojelun asiakasperheet",
    ];

    public static readonly string[] ActionProposals =
    [
        "Selvitetään asumisneuvonnan saatavuus koko alueella.",
        "Lisätään matalan kynnyksen palveluohjausta.",
        "Tehdään yhteistyötä järjestöjen kanssa vertaistuen järjestämiseksi.",
        "Tarjotaan asiointiapua sähköisiin palveluihin.",
        "Kehitetään palveluiden välistä tiedonkulkua.",
        "Viedään havainto hyvinvointikertomukseen.",
        "Järjestetään koulutusta henkilöstölle ilmiön tunnistamisesta.",
        "Vakiinnutetaan kokeiltu toimintamalli.",
        "Lyhennetään hakemusten käsittelyaikoja lisäämällä resursseja.",
        "Otetaan ilmiö esiin kunnan hyvinvointityöryhmässä.",
        "Kehitetään liikkuvia palveluita haja-asutusalueelle.",
        "Tiedotetaan asukkaille tuen hakemisesta selkokielellä.",
    ];

    public static readonly string[] Supervisors = ["Yksikön esihenkilö", "Tiimin esihenkilö", "Palveluvastaava", "Johtava sosiaalityöntekijä"];

    public static readonly string[] ReturnReasons =
    [
        "Täydennä ilmiön kuvausta: kuinka laajasti ilmiö näkyy yksikössä?",
        "Lisää toimenpide-ehdotus.",
        "Tarkenna, mitä asiakasryhmää ilmiö koskee.",
    ];

    public static readonly string[] WithdrawReasons =
    [
        "Sama ilmiö on jo raportoitu toisella raportilla.",
        "Raportti tehtiin vahingossa keskeneräisenä.",
        "Ilmiö käsitellään toista kautta.",
    ];

    /// <summary>Texts for what a step records, by kind (indexed by <see cref="RecordKind"/>).</summary>
    public static readonly string[][] Entries =
    [
        ["Käsitelty yksikön kokouksessa.", "Havainto tunnistetaan myös muissa tiimeissä.", "Tärkeä havainto, viedään eteenpäin."],
        ["Verkosto pitää ilmiötä merkittävänä.", "Ilmiöön palataan seuraavassa kokouksessa."],
        ["Sama havainto toistuu useassa yksikössä.", "Ilmiö on lisääntynyt edelliseen jaksoon verrattuna."],
        ["Ehdotetaan yhteistä kehittämispäivää.", "Ehdotetaan palveluohjauksen vahvistamista."],
        ["Raportti on riittävä koostettavaksi.", "Ilmiön kuvaus on selkeä."],
        ["Päätetään selvittää tilanne, vastuuhenkilönä palvelujohtaja, seuranta seuraavassa koosteessa."],
        ["Kiitos raportista, havainto on otettu käsittelyyn."],
        ["Tulokset julkaistu henkilöstön verkkoalustalla."],
    ];

    /// <summary>Authors: professions with a letter, never a person's name.</summary>
    public static readonly ReportAuthor[] Authors = BuildAuthors();

    private static ReportAuthor[] BuildAuthors()
    {
        var kinds = new (Profession Profession, string Title, string? Other)[]
        {
            (Profession.SocialWorker, "Sosiaalityöntekijä", null),
            (Profession.SocialWorker, "Sosiaalityöntekijä", null),
            (Profession.SocialInstructor, "Sosiaaliohjaaja", null),
            (Profession.SocialInstructor, "Sosiaaliohjaaja", null),
            (Profession.SchoolCurator, "Koulukuraattori", null),
            (Profession.CrisisWorker, "Kriisityöntekijä", null),
            (Profession.Other, "Perhetyöntekijä", "perhetyöntekijä"),
            (Profession.Other, "Palveluohjaaja", "palveluohjaaja"),
        };
        var authors = new List<ReportAuthor>();
        foreach (var letter in "ABCDEFGH")
        {
            foreach (var kind in kinds.DistinctBy(k => k.Title))
            {
                authors.Add(new ReportAuthor($"{kind.Title} {letter}", kind.Profession, kind.Other));
            }
        }

        // Social workers and instructors are the most common authors: repeat them so that a uniform pick favours them.
        authors.AddRange(authors.Where(a => a.Profession is Profession.SocialWorker or Profession.SocialInstructor).ToList());
        return [.. authors];
    }
}
