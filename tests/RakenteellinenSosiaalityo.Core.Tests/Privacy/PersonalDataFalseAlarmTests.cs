using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>Issue 12: numbers that report texts are full of and that are no personal data.</summary>
public sealed class PersonalDataFalseAlarmTests
{
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
        Assert.Empty(PersonalDataScanner.Scan(text, "description"));
        Assert.False(PersonalDataScanner.ContainsPersonalData(text));
        Assert.Same(text, PersonalDataScanner.Redact(text));
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
