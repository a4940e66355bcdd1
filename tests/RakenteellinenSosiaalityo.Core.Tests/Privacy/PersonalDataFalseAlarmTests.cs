using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>Issue 12: numbers that report texts are full of and that are no personal data.</summary>
public sealed class PersonalDataFalseAlarmTests
{
    // No finding by any way of asking: scan, the yes/no question, and redaction (which returns the text itself).
    private static void AssertNoFinding(string text)
    {
        Assert.Empty(PersonalDataScanner.Scan(text, "description"));
        Assert.False(PersonalDataScanner.ContainsPersonalData(text));
        Assert.Same(text, PersonalDataScanner.Redact(text));
    }

    [Theory]
    [InlineData("Kokous 05-06-2025 klo 10.")]
    [InlineData("Kokous 05.06.2025 klo 10.")]
    [InlineData("Kokous 05/06/2025.")]
    [InlineData("Kokous 5.6.2025–06.06.2025.")]
    [InlineData("Kokous 05-06-2025 – 07-06-2025.")]
    [InlineData("Dnro 014-2025")]
    [InlineData("Dnro 014/2025")]
    [InlineData("diaarinumero: 012-2024")]
    [InlineData("asia 014/2025")]
    [InlineData("viikot 05 06 07 08 09 10")]
    [InlineData("viikot 05, 06, 07, 08 ja 09")]
    [InlineData("kuukaudet 01 02 03 04 05 06")]
    [InlineData("klo 09.30–10.30 ja 08.15–09.00")]
    [InlineData("postinumerot 02100 02200 02600")]
    [InlineData("postinumerot 00100, 00200 ja 00300")]
    [InlineData("FI44 8405 0217 7077 82")]
    [InlineData("tili FI4484050217707782.")]
    [InlineData("IBAN: FI04 1234 5600 0007 03")]
    [InlineData("SE45 5000 0000 0583 9825 7466")]
    [InlineData("viite RF18 5390 0754 7034")]
    [InlineData("viite RF18539007547034")]
    [InlineData("kuva icon@2x.png")]
    [InlineData("kuvat logo@3x.jpg ja banner@2x.webp")]
    [InlineData("liite raportti@2025.pdf")]
    public void Scan_LookAlike_IsNotAFinding(string text)
    {
        AssertNoFinding(text);
    }

    // Issue 16: a file name with an at sign (icon@2x.png, as design tools name them) is no e-mail address, for every
    // common file extension, in either case.
    [Theory]
    [InlineData("png")]
    [InlineData("jpg")]
    [InlineData("jpeg")]
    [InlineData("gif")]
    [InlineData("svg")]
    [InlineData("webp")]
    [InlineData("bmp")]
    [InlineData("tif")]
    [InlineData("tiff")]
    [InlineData("ico")]
    [InlineData("heic")]
    [InlineData("avif")]
    [InlineData("pdf")]
    [InlineData("doc")]
    [InlineData("docx")]
    [InlineData("xls")]
    [InlineData("xlsx")]
    [InlineData("ppt")]
    [InlineData("pptx")]
    [InlineData("odt")]
    [InlineData("ods")]
    [InlineData("odp")]
    [InlineData("rtf")]
    [InlineData("txt")]
    [InlineData("csv")]
    [InlineData("json")]
    [InlineData("xml")]
    [InlineData("htm")]
    [InlineData("html")]
    [InlineData("mp3")]
    [InlineData("mp4")]
    [InlineData("wav")]
    [InlineData("avi")]
    [InlineData("mkv")]
    [InlineData("webm")]
    [InlineData("psd")]
    [InlineData("eps")]
    [InlineData("PNG")]
    public void Scan_FileNameWithAnAtSign_IsNotAnEmailAddress(string extension)
    {
        var text = $"Liite kuva@2x.{extension} lisätty.";

        AssertNoFinding(text);
    }

    // Issue 16: prose that has the shape of an e-mail address written out: "at" before a word whose "top-level domain"
    // is no common one, "a" (too common a word to stand for an at sign), and an at sign with no local part before it.
    [Theory]
    [InlineData("We meet at school.Then we go home.")]
    [InlineData("Buy a domain.com first.")]
    [InlineData("Viestit osoitteisiin (@ekhva.fi) ohjataan.")]
    [InlineData("Lähetä nimi@.fi")]
    [InlineData("Lähetä nimi@-ekhva.fi")]
    public void Scan_ProseShapedLikeAnEmailAddress_IsNotAFinding(string text)
    {
        AssertNoFinding(text);
    }

    // Issue 16: every register word of the rule (dnro, diaarinumero, asianumero, nro, diarienr, ...) makes the number
    // after it a case number, whatever its case and with a colon or full stop after it.
    [Theory]
    [InlineData("dnro 014-2025")]
    [InlineData("DNRO 014-2025")]
    [InlineData("Dno 014-2025")]
    [InlineData("Diaarinro 014-2025")]
    [InlineData("Diaarinumero 014-2025")]
    [InlineData("Asianro 014-2025")]
    [InlineData("Asianumero 014-2025")]
    [InlineData("Asiano 014-2025")]
    [InlineData("Nro 014-2025")]
    [InlineData("Diarienr 014-2025")]
    [InlineData("Ärendenr 014-2025")]
    [InlineData("ärendenr. 014-2025")]
    [InlineData("Dnro:014-2025")]
    [InlineData("Dnro. 014-2025")]
    [InlineData("Päätös (dnro 050-2004) tehtiin.")]
    [InlineData("Dnro:  014-2025")] // two spaces after the colon, as pasted text often has
    [InlineData("Dnro   014-2025")]
    [InlineData("Dnro : 014-2025")]
    [InlineData("Dnro.\u00A0\u00A0014-2025")]
    public void Scan_CaseNumberAfterARegisterWord_IsNotAPhoneNumber(string text)
    {
        AssertNoFinding(text);
    }

    // Issue 16: the same digits with no register word before them are a phone number (050-2004 is one), also where the
    // text starts with them or an ordinary word stands before them.
    [Theory]
    [InlineData("050-2004 soita", 0)]
    [InlineData("  050-2004", 2)]
    [InlineData(": 050-2004", 2)]
    [InlineData("puh 050-2004", 4)]
    [InlineData("Kotka 014-2025", 6)]
    [InlineData("ndnro 014-2025", 6)] // no register word: a longer word that ends like one
    public void Scan_DashedNumberWithoutARegisterWord_IsAPhoneNumber(string text, int start)
    {
        var finding = Assert.Single(PersonalDataScanner.Scan(text, "description"));

        Assert.Equal(new PersonalDataFinding("description", PersonalDataKind.PhoneNumber, start, 8), finding);
    }

    // Issue 16: a row number of a table pasted from a spreadsheet (tabs fold to spaces) before a date, a range of years,
    // a statute number or a mistyped identity code is no phone number, although "05" and the digits after it have the
    // length of one: what follows the space is something else (the number, if any, ends before it).
    [Theory]
    [InlineData("05\t18.12.2024\tkotikäynti")]
    [InlineData("05\t18.12.1800\tarkisto")]
    [InlineData("05\t2025-01-15\tkotikäynti")]
    [InlineData("05\t2025-01-15")]
    [InlineData("05\t1900-01-15\tarkisto")]
    [InlineData("05\t2099-12-31\tarkisto")]
    [InlineData("05\t2024-2025\ttalvikausi")]
    [InlineData("05\t2024-2025")]
    [InlineData("05\t1900-2099\tarkisto")]
    [InlineData("05\t1301/2014\tlaki")]
    [InlineData("05\t1301/2014")]
    [InlineData("05\t1301/1900\tlaki")]
    [InlineData("05\t1301/2099\tlaki")]
    [InlineData("05\t131052-308X\tvirheellinen hetu")]
    public void Scan_RowNumberBeforeADateYearsStatuteOrCode_IsNotAPhoneNumber(string text)
    {
        AssertNoFinding(text);
    }

    // Issue 16: a mistyped identity code after a row number, with each century sign at the ends of its ranges (A-F,
    // U-Y, in either case): the code's shape ends the number before it, which alone is too short to be one.
    [Theory]
    [InlineData('A')]
    [InlineData('F')]
    [InlineData('U')]
    [InlineData('Y')]
    [InlineData('a')]
    [InlineData('f')]
    [InlineData('u')]
    [InlineData('y')]
    public void Scan_RowNumberBeforeAMistypedIdentityCode_IsNotAPhoneNumber(char centurySign)
    {
        var text = $"05\t131052{centurySign}308X\tvirheellinen hetu";

        AssertNoFinding(text);
    }

    // Issue 16: look-alikes at the edges of their rules: a date in 1800 and in 2099, a time at 59 minutes, weeks four
    // apart, a list of ten week numbers, register numbers of 1900 and 2099, a date written with spaces after its full
    // stops, a decimal, sums that start with 3, and texts that end inside the prefix of a number.
    [Theory]
    [InlineData("Kirje 05.06.1800 arkistossa.")]
    [InlineData("Kokous 05.01.2025.")]
    [InlineData("Kokous 01.12.2025.")]
    [InlineData("Kirje 05.06.2099 arkistossa.")]
    [InlineData("klo 09.59–10.30")]
    [InlineData("viikot 05 09 13 17")]
    [InlineData("viikot 05 06 07 08 09 10 11 12 13 14")]
    [InlineData("asia 014/1900")]
    [InlineData("asia 014/2099")]
    [InlineData("Tapaaminen 05. 12. 2025 klo 10.")]
    [InlineData("keskiarvo 08.5")]
    [InlineData("Määräraha 350 000 euroa.")]
    [InlineData("Asukkaita 30 000.")]
    [InlineData("puh (09)")]
    [InlineData("puh (+358")]
    [InlineData("puh. +358")]
    [InlineData("puh. +358 ")]
    [InlineData("puh +358 (")]
    [InlineData("puh +358 0")]
    [InlineData("puh +358 (0)")]
    public void Scan_LookAlikeAtTheEdgeOfItsRule_IsNotAFinding(string text)
    {
        AssertNoFinding(text);
    }

    [Theory]
    [InlineData("05-06-2025 040 123 4567", "040 123 4567")]
    [InlineData("Dnro 014-2025, puh. 040 123 4567", "040 123 4567")]
    [InlineData("FI44 8405 0217 7077 82 040 123 4567", "040 123 4567")]
    [InlineData("viikot 05 06 07 ja 0401234567", "0401234567")]
    public void Scan_LookAlikeBesideAPhoneNumber_FindsOnlyTheNumber(string text, string phone)
    {
        var finding = Assert.Single(PersonalDataScanner.Scan(text, "description"));

        Assert.Equal(PersonalDataKind.PhoneNumber, finding.Kind);
        Assert.Equal(phone, text.Substring(finding.Start, finding.Length));
    }
}
