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
    public void Scan_AddressWithoutStreetOrPostalCode_IsNotAFinding(string text)
    {
        Assert.Empty(PersonalDataScanner.Scan(text, "notes"));
    }

    [Theory]
    [InlineData("Tapasin Matti Virtanen kanssa.", "Matti Virtanen")]
    [InlineData("Paikalla Virtanen Matti ja työntekijä.", "Virtanen Matti")]
    [InlineData("Asiakas Matti Meikäläinen kertoi.", "Matti Meikäläinen")]
    [InlineData("Asiakas Anna Maria Virtanen kertoi.", "Anna Maria Virtanen")]
    [InlineData("Asiakas Anna-Liisa Korhonen kertoi.", "Anna-Liisa Korhonen")]
    [InlineData("Asiakas M. Virtanen kertoi.", "M. Virtanen")]
    [InlineData("Asiakas Erik Lindqvist kertoi.", "Erik Lindqvist")]
    public void ScanIncludingNames_FirstNameAndSurname_IsFound(string text, string name)
    {
        var finding = Assert.Single(PersonalDataScanner.ScanIncludingNames(text, "notes", PersonNames.Common));

        Assert.Equal(PersonalDataKind.PersonName, finding.Kind);
        Assert.Equal(name, text.Substring(finding.Start, finding.Length));
        Assert.Empty(PersonalDataScanner.Scan(text, "notes"));
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
    public void ScanIncludingNames_SingleNameOrCommonWords_IsNotAFinding(string text)
    {
        Assert.Empty(PersonalDataScanner.ScanIncludingNames(text, "notes", PersonNames.Common));
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
        Assert.Equal(PersonNames.Common.FirstNameCount + 1, both.FirstNameCount);
        Assert.Throws<ArgumentException>(() => PersonNames.Create([" "], []));
        Assert.Throws<ArgumentNullException>(() => PersonalDataScanner.ScanIncludingNames("x", "notes", null!));
    }
}
