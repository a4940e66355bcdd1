using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>Issue 12: street addresses with a postal code, and the opt-in person-name check.</summary>
public sealed class StreetAddressAndNameTests
{
    [Theory]
    [InlineData("Kotkankatu 5 B 12, 48100 Kotka")]
    [InlineData("Kotkankatu 5, 48100 Kotka")]
    [InlineData("Valtatie 7b 48100 Kotka")]
    [InlineData("Koulukuja 3 as. 4, 53100 Lappeenranta")]
    [InlineData("Kungsgatan 5 A 3, 00100 Helsingfors")]
    [InlineData("Kotkankatu\u00A05\u00A0B\u00A012, 48100\u00A0Kotka")]
    [InlineData("Satamakatu 5, 48100 Kotka")]
    [InlineData("Koulutie 5, 48100 Kotka")]
    [InlineData("Kirkkokuja 5, 48100 Kotka")]
    [InlineData("Rantapolku 5, 48100 Kotka")]
    [InlineData("Kauppatori 5, 48100 Kotka")]
    [InlineData("Kylänraitti 5, 48100 Kotka")]
    [InlineData("Merenväylä 5, 48100 Kotka")]
    [InlineData("Hiekkaranta 5, 48100 Kotka")]
    [InlineData("Koivurinne 5, 48100 Kotka")]
    [InlineData("Ratakaari 5, 48100 Kotka")]
    [InlineData("Kivipiha 5, 48100 Kotka")]
    [InlineData("Kalliomäki 5, 48100 Kotka")]
    [InlineData("Kauppakulma 5, 48100 Kotka")]
    [InlineData("Asema-aukio 5, 48100 Kotka")]
    [InlineData("Joenpenger 5, 48100 Kotka")]
    [InlineData("Rantakaarre 5, 48100 Kotka")]
    [InlineData("Myllyportti 5, 48100 Kotka")]
    [InlineData("Kirkkopuistikko 5, 48100 Kotka")]
    [InlineData("Rantabulevardi 5, 48100 Kotka")]
    [InlineData("Pohjoisesplanadi 5, 00100 Helsinki")]
    [InlineData("Koivukierto 5, 48100 Kotka")]
    [InlineData("Kotilenkki 5, 48100 Kotka")]
    [InlineData("Ruusuvainio 5, 48100 Kotka")]
    [InlineData("Kukkaniitty 5, 48100 Kotka")]
    [InlineData("Kyrkogatan 5, 00100 Helsingfors")]
    [InlineData("Strandvägen 5, 00100 Helsingfors")]
    [InlineData("Kyrkogränd 5, 00100 Helsingfors")]
    [InlineData("Skogsstigen 5, 00100 Helsingfors")]
    [InlineData("Salutorget 5, 00100 Helsingfors")]
    [InlineData("Solbacken 5, 00100 Helsingfors")]
    [InlineData("Björkallén 5, 00100 Helsingfors")]
    [InlineData("Kvarngången 5, 00100 Helsingfors")]
    [InlineData("Ekkroken 5, 00100 Helsingfors")]
    [InlineData("Norrstranden 5, 00100 Helsingfors")]
    [InlineData("Norrkajen 5, 00100 Helsingfors")]
    [InlineData("Ekslingan 5, 00100 Helsingfors")]
    [InlineData("Solbågen 5, 00100 Helsingfors")]
    [InlineData("Koulukuja 3 as 4, 53100 Lappeenranta")]
    [InlineData("Kungsgatan 5 bst 3, 00100 Helsingfors")]
    [InlineData("Kungsgatan 5 bst. 3, 00100 Helsingfors")]
    [InlineData("Koulukuja 3 lh 4, 53100 Lappeenranta")]
    [InlineData("Koulukuja 3 lh. 4, 53100 Lappeenranta")]
    [InlineData("Kungsgatan 5 lgh 3, 00100 Helsingfors")]
    [InlineData("Kungsgatan 5 lgh. 3, 00100 Helsingfors")]
    [InlineData("Kotkankatu 5-7, 48100 Kotka")] // a range of house numbers
    [InlineData("Kotkankatu 5 B, 48100 Kotka")] // a staircase without a flat
    [InlineData("Kotkankatu 5 B 48100 Kotka")] // no comma before the postal code
    [InlineData("Kotkankatu 5, 48100")] // no post office
    [InlineData("Kotkankatu 5,48100 Kotka")] // no space after the comma
    public void Scan_StreetAddressWithPostalCode_IsFound(string address)
    {
        var text = $"Asiakas asuu osoitteessa {address}.";

        var finding = Assert.Single(PersonalDataScanner.Scan(text, "notes"));

        Assert.Equal(new PersonalDataFinding("notes", PersonalDataKind.StreetAddress, 25, address.Length), finding);
        Assert.Equal($"Asiakas asuu osoitteessa {PersonalDataScanner.StreetAddressMarker}.", PersonalDataScanner.Redact(text));
    }

    [Theory]
    [InlineData("Toimisto on Kotkankatu 5:ssä.")]
    [InlineData("Kotkankatu 5")]
    [InlineData("postinumero 48100 Kotka")]
    [InlineData("tie 5, 48100 Kotka")]
    [InlineData("Mäkelä 3, 48100 Kotka")] // no street word (issue 16)
    [InlineData("Rinne 3, 48100 Kotka")] // a street word alone is no street name
    [InlineData("Osoite on Kotkankatu 5-")]
    [InlineData("Osoite on Kotkankatu 5b")]
    [InlineData("Kotkankatu 5-rakennuksessa on toimisto.")]
    public void Scan_AddressWithoutStreetOrPostalCode_IsNotAFinding(string text)
    {
        Assert.Empty(PersonalDataScanner.Scan(text, "notes"));
    }

    // Issue 16: an address where the text ends, with or without a space after it, and one whose post office is the first
    // part of a Finnish compound ("Kotka- ja Haminaseudun": the hyphen belongs to no word).
    [Theory]
    [InlineData("Osoite: Kotkankatu 5, 48100", "Kotkankatu 5, 48100")]
    [InlineData("Osoite: Kotkankatu 5, 48100 ", "Kotkankatu 5, 48100")]
    [InlineData("Osoite: Kotkankatu 5, 48100 Kotka", "Kotkankatu 5, 48100 Kotka")]
    [InlineData("Osoite: Kotkankatu 5, 48100 Kotka- ja Haminaseudun alueella", "Kotkankatu 5, 48100 Kotka")]
    public void Scan_StreetAddress_FindsExactlyTheAddress(string text, string address)
    {
        var finding = Assert.Single(PersonalDataScanner.Scan(text, "notes"));

        Assert.Equal(new PersonalDataFinding("notes", PersonalDataKind.StreetAddress, 8, address.Length), finding);
        Assert.Equal(address, text.Substring(finding.Start, finding.Length));
    }

    // Issue 16: a street and number before a phone number are no address (no postal code: the phone number's first five
    // digits are not one), so only the phone number is removed.
    [Fact]
    public void Redact_StreetBeforeAPhoneNumber_RemovesOnlyThePhoneNumber()
    {
        const string text = "Tavataan Kotkankatu 5, 0401234567 (Matti).";

        Assert.Equal("Tavataan Kotkankatu 5, [puhelinnumero poistettu] (Matti).", PersonalDataScanner.Redact(text));
    }

    // Issue 16: addresses one per line are each found, the second right after the first one's line break.
    [Fact]
    public void Scan_AddressesOnePerLine_FindsEach()
    {
        const string first = "Kotkankatu 5, 48100 Kotka";
        const string second = "Puistotie 3, 53100 Lappeenranta";

        var findings = PersonalDataScanner.Scan(first + "\n" + second, "notes");

        Assert.Equal(
            [
                new PersonalDataFinding("notes", PersonalDataKind.StreetAddress, 0, first.Length),
                new PersonalDataFinding("notes", PersonalDataKind.StreetAddress, first.Length + 1, second.Length),
            ],
            findings);
    }

    // Issue 16: a house number range whose second number runs past four digits (a postal code written after a dash) is
    // no range; the scanner reads on without failing.
    [Theory]
    [InlineData("Kotkankatu 5-48100 Kotka")]
    [InlineData("Kotkankatu 5-12345")]
    public void Scan_RangeRunningIntoFiveDigits_IsNoAddressAndDoesNotFail(string text)
    {
        Assert.DoesNotContain(PersonalDataScanner.Scan(text, "notes"), f => f.Kind == PersonalDataKind.StreetAddress);
    }

    [Theory]
    [InlineData("Tapasin Matti Virtanen kanssa.", "Matti Virtanen")]
    [InlineData("Paikalla Virtanen Matti ja työntekijä.", "Virtanen Matti")]
    [InlineData("Asiakas Matti Meikäläinen kertoi.", "Matti Meikäläinen")]
    [InlineData("Asiakas Anna Maria Virtanen kertoi.", "Anna Maria Virtanen")]
    [InlineData("Asiakas Anna-Liisa Korhonen kertoi.", "Anna-Liisa Korhonen")]
    [InlineData("Asiakas M. Virtanen kertoi.", "M. Virtanen")]
    [InlineData("Asiakas Erik Lindqvist kertoi.", "Erik Lindqvist")]
    [InlineData("Anna Maria Virtanen kertoi.", "Anna Maria Virtanen")] // the run of first names from the text's start (issue 16)
    [InlineData("Tapasin Matti  Virtanen eilen.", "Matti  Virtanen")] // two spaces between
    [InlineData("Kutsuttiin Anna Virtanen- ja Korhonen-suvut.", "Anna Virtanen")] // a hyphen before a space ends the word
    public void ScanIncludingNames_FirstNameAndSurname_IsFound(string text, string name)
    {
        var finding = Assert.Single(PersonalDataScanner.ScanIncludingNames(text, "notes", PersonNames.Common));

        Assert.Equal(PersonalDataKind.PersonName, finding.Kind);
        Assert.Equal(name, text.Substring(finding.Start, finding.Length));
        Assert.Empty(PersonalDataScanner.Scan(text, "notes"));
        Assert.True(PersonalDataScanner.ContainsPersonalDataIncludingNames(text, PersonNames.Common));
        var redacted = PersonalDataScanner.RedactIncludingNames(text, PersonNames.Common);
        Assert.Contains(PersonalDataScanner.PersonNameMarker, redacted, StringComparison.Ordinal);
        Assert.False(PersonalDataScanner.ContainsPersonalDataIncludingNames(redacted, PersonNames.Common));
    }

    [Theory]
    [InlineData("Onni potkaisi palloa.")] // a first name alone
    [InlineData("Tuuli kääntyi iltapäivällä.")]
    [InlineData("Aino kertoi, että Kallio oli liukas.")]
    [InlineData("Matti kertoi tilanteesta.")]
    [InlineData("matti virtanen kertoi.")] // lower case
    [InlineData("Kotka ja Lappeenranta")]
    [InlineData("Sovittiin, että matti Virtanen soittaa.")] // each word of a pair starts with a capital (issue 16)
    [InlineData("Soitin Kotkaan. Virtanen vastasi.")] // a word of more than one letter before ". " is no initial
    [InlineData("Tapasin Matti Kotkassa.")] // a first name before a word that is no surname and does not end in -nen
    [InlineData("Puhuttiin Matti-")] // the text ends after a hyphen
    [InlineData("Puhuttiin O'")]
    public void ScanIncludingNames_SingleNameOrCommonWords_IsNotAFinding(string text)
    {
        Assert.Empty(PersonalDataScanner.ScanIncludingNames(text, "notes", PersonNames.Common));
    }

    // Issue 16: a surname between two first names makes two names that overlap; they are one finding, and so is the name
    // that follows right after.
    [Fact]
    public void ScanIncludingNames_OverlappingNames_AreOneFinding()
    {
        const string text = "Läsnä Anna Virtanen Matti Korhonen.";

        var finding = Assert.Single(PersonalDataScanner.ScanIncludingNames(text, "notes", PersonNames.Common));

        Assert.Equal(new PersonalDataFinding("notes", PersonalDataKind.PersonName, 6, 28), finding);
        Assert.Equal("Läsnä [nimi poistettu].", PersonalDataScanner.RedactIncludingNames(text, PersonNames.Common));
    }

    [Fact]
    public void ScanIncludingNames_NullOrEmptyText_HasNoFinding()
    {
        Assert.Empty(PersonalDataScanner.ScanIncludingNames(null, "notes", PersonNames.Common));
        Assert.Empty(PersonalDataScanner.ScanIncludingNames(string.Empty, "notes", PersonNames.Common));
        Assert.False(PersonalDataScanner.ContainsPersonalDataIncludingNames(null, PersonNames.Common));
        Assert.False(PersonalDataScanner.ContainsPersonalDataIncludingNames(string.Empty, PersonNames.Common));
    }

    [Fact]
    public void PersonNames_Lookups_AnswerOnlyForListedNames()
    {
        Assert.True(PersonNames.Common.IsFirstName("Matti"));
        Assert.False(PersonNames.Common.IsFirstName("Kotka"));
        Assert.False(PersonNames.Common.IsFirstName(null));
        Assert.True(PersonNames.Common.IsSurname("virtanen"));
        Assert.False(PersonNames.Common.IsSurname("Kotka"));
        Assert.False(PersonNames.Common.IsSurname(null));
    }

    [Fact]
    public void PersonNames_CallerList_IsUsedAndCombined()
    {
        var own = PersonNames.Create(["Zorro"], ["Xylofoni"]);

        Assert.Single(PersonalDataScanner.ScanIncludingNames("Asiakas Zorro Xylofoni tuli.", "notes", own));
        Assert.Empty(PersonalDataScanner.ScanIncludingNames("Asiakas Zorro Xylofoni tuli.", "notes", PersonNames.Common));
        var both = PersonNames.Common.Including(own);
        Assert.True(both.IsFirstName("zorro"));
        Assert.True(both.IsSurname("Virtanen"));
        Assert.True(both.IsSurname("Xylofoni"));
        Assert.Equal(PersonNames.Common.FirstNameCount + 1, both.FirstNameCount);
        Assert.Equal(PersonNames.Common.SurnameCount + 1, both.SurnameCount);
        Assert.Throws<ArgumentException>(() => PersonNames.Create([" "], []));
        Assert.Throws<ArgumentNullException>(() => PersonalDataScanner.ScanIncludingNames("x", "notes", null!));
    }
}
