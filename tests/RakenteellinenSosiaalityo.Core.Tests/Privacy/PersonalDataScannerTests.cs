using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

public sealed class PersonalDataScannerTests
{
    [Theory]
    [InlineData("131052-308T")]
    [InlineData("010185+123B")]
    [InlineData("010594Y9032")]
    [InlineData("020594X903P")]
    [InlineData("030594W903B")]
    [InlineData("040594V9030")]
    [InlineData("050594U903M")]
    [InlineData("020504A902E")]
    [InlineData("010516B903X")]
    [InlineData("020516C903K")]
    [InlineData("030516D9037")]
    [InlineData("010501E9032")]
    [InlineData("020503F9037")]
    [InlineData("131052-308t")] // lower case still identifies a person
    [InlineData("020504a902e")]
    public void Scan_IdentityCode_IsFound(string code)
    {
        var text = $"Asiakas (hetu {code}) asioi toimistolla.";

        var finding = Assert.Single(PersonalDataScanner.Scan(text, "description"));

        Assert.Equal(new PersonalDataFinding("description", PersonalDataKind.PersonalIdentityCode, 14, 11), finding);
    }

    [Theory]
    [InlineData("040 123 4567")]
    [InlineData("0401234567")]
    [InlineData("050-123 4567")]
    [InlineData("040-1234567")]
    [InlineData("0400 123 456")]
    [InlineData("0457 123 4567")]
    [InlineData("05 352 000")]
    [InlineData("09 1234 5678")]
    [InlineData("013 123 4567")]
    [InlineData("020 690 051")]
    [InlineData("(09) 1234 5678")]
    [InlineData("(05) 352 000")]
    [InlineData("+358 40 123 4567")]
    [InlineData("+358401234567")]
    [InlineData("+358 (0)40 123 4567")]
    [InlineData("+358(0)40 123 4567")]
    [InlineData("+358 040 123 4567")] // the trunk zero written by mistake
    [InlineData("+358-40-123-4567")]
    [InlineData("+358 9 1234 5678")]
    [InlineData("00358 40 123 4567")]
    [InlineData("00358401234567")]
    [InlineData("03 358 1234")] // 358 inside a number is no country code
    [InlineData("09-12-3456")] // 3456 is no year, so this is no date
    [InlineData("050 1899-2025")] // 1899-2025 is no range of years
    [InlineData("050 2025-2100")]
    [InlineData("050 1234/5678")] // 1234/5678 is no statute number
    [InlineData("0400/2025")] // a four-digit prefix is no register number
    [InlineData("013/4567")] // 4567 is no year
    [InlineData("+358 9 12 13 15")] // groups like week numbers, but after a country code
    [InlineData("+358 45012 34567")] // groups like postal codes, but after a country code
    [InlineData("(02045) 123 45")] // the trunk 0 and four digits in parentheses
    public void Scan_PhoneNumber_IsFound(string phone)
    {
        var text = $"Soita numeroon {phone}, kiitos.";

        var finding = Assert.Single(PersonalDataScanner.Scan(text, "notes"));

        Assert.Equal(new PersonalDataFinding("notes", PersonalDataKind.PhoneNumber, 15, phone.Length), finding);
    }

    [Theory]
    [InlineData("040 123 4567 12 kpl", "040 123 4567")] // a count after the number is not part of it
    [InlineData("p. 040 123 4567. Klo 9-15.", "040 123 4567")]
    [InlineData("2025-01-15 040 123 4567", "040 123 4567")] // the date's month and day do not start a number
    [InlineData("puh:0401234567", "0401234567")]
    [InlineData("(040 123 4567)", "040 123 4567")]
    [InlineData("klo 09-10 040 123 4567", "09-10 040 123 4567")] // ambiguous: the finding covers both readings
    [InlineData("040 123 0456 789 kpl", "040 123 0456 789")]
    [InlineData("0400-1375 – 11 kpl", "0400-1375")] // a spaced dash after groups joined otherwise sets a count apart
    [InlineData("040 123 456 / 12 kpl", "040 123 456")]
    [InlineData("(09) 123456 – 11 kpl", "(09) 123456")]
    [InlineData("+358 (40) 1234 - 567", "+358 (40) 1234")] // the residual ambiguity: the same shape as the line above
    [InlineData("+12 040 123 4567", "040 123 4567")] // a plus sign without 358 is no country code (issue 16)
    [InlineData("lämpötila +2 040 123 4567", "040 123 4567")]
    [InlineData("päivystys 00-24 040 123 4567", "040 123 4567")] // 00 without 358 is no international prefix
    [InlineData("asunto 3 040 123 4567", "040 123 4567")] // a 3 that does not start 358 starts nothing
    [InlineData("0400 - 1375 / 12 kpl", "0400 - 1375")] // another spaced separator after the first sets a count apart
    [InlineData("+358 (40) 123 - 45 - 67", "+358 (40) 123 - 45 - 67")] // the same spaced dash throughout
    [InlineData("(09) 123 - 456 - 78", "(09) 123 - 456 - 78")]
    [InlineData("(09) 040 123 4567", "(09) 040 123 4567")] // ambiguous: the finding covers both readings
    public void Scan_PhoneNumberNextToOtherDigits_FindsExactlyTheNumber(string text, string phone)
    {
        var finding = Assert.Single(PersonalDataScanner.Scan(text, "notes"));

        Assert.Equal(PersonalDataKind.PhoneNumber, finding.Kind);
        Assert.Equal(phone, text.Substring(finding.Start, finding.Length));
    }

    [Theory]
    [InlineData("05 352 000 040 123 4567", "05 352 000", "040 123 4567")]
    [InlineData("040 123 4567 050 765 4321", "040 123 4567", "050 765 4321")]
    [InlineData("0401234567 0507654321", "0401234567", "0507654321")]
    [InlineData("+358 40 123 4567 09 1234 5678", "+358 40 123 4567", "09 1234 5678")]
    [InlineData("05 352000 0401234567", "05 352000", "0401234567")] // a space and three digits after six is no identity code
    public void Scan_TwoPhoneNumbersSeparatedBySpace_FindsBoth(string text, string first, string second)
    {
        var findings = PersonalDataScanner.Scan(text, "notes");

        Assert.Equal([first, second], findings.Select(f => text.Substring(f.Start, f.Length)));
        Assert.All(findings, f => Assert.Equal(PersonalDataKind.PhoneNumber, f.Kind));
    }

    [Theory]
    [InlineData("matti.meikalainen@example.fi")]
    [InlineData("m.virtanen+tyo@hyvinvointialue.fi")]
    [InlineData("etunimi.sukunimi@kymenhva.fi")]
    [InlineData("äiti.ämpäri@esimerkki.fi")]
    [InlineData("a_b-c@sub.domain.co.uk")]
    [InlineData("ETUNIMI.SUKUNIMI@EKSOTE.FI")]
    [InlineData("o'brien@example.com")]
    public void Scan_EmailAddress_IsFound(string email)
    {
        var text = $"Lähetä osoitteeseen {email}.";

        var finding = Assert.Single(PersonalDataScanner.Scan(text, "notes"));

        Assert.Equal(new PersonalDataFinding("notes", PersonalDataKind.EmailAddress, 20, email.Length), finding);
    }

    [Theory]
    [InlineData("1.12.–31.5.")]
    [InlineData("1.12.2025–31.5.2026")]
    [InlineData("2025-01-15")]
    [InlineData("2025-01-15 10:30")]
    [InlineData("18.12.2024")]
    [InlineData("01.02.2025")]
    [InlineData("1301/2014")]
    [InlineData("laki 1301/2014 § 7")]
    [InlineData("3221311-5")]
    [InlineData("3221313-1")]
    [InlineData("0112038-9")] // a business id that starts with 0
    [InlineData("311302A123X")]
    [InlineData("010190-123A")]
    [InlineData("010190-1234")]
    [InlineData("131052-308U")]
    [InlineData("2024–2025")]
    [InlineData("321 registrations")]
    [InlineData("321 rekisteröintiä")]
    [InlineData("11 x")]
    [InlineData("klo 09-16")]
    [InlineData("00100 Helsinki")]
    [InlineData("02100 Espoo")]
    [InlineData("FI21 1234 5600 0007 85")]
    [InlineData("040 123")] // too few digits
    [InlineData("0401234567890")] // too many digits
    [InlineData("matti.example.fi")]
    [InlineData("matti@")]
    [InlineData("@matti")]
    [InlineData("matti@localhost")]
    [InlineData("matti@example.f")]
    [InlineData("")]
    public void Scan_LookAlike_IsNotAFinding(string text)
    {
        Assert.Empty(PersonalDataScanner.Scan(text, "description"));
        Assert.False(PersonalDataScanner.ContainsPersonalData(text));
    }

    [Fact]
    public void Scan_ReportTextFullOfLookAlikes_HasNoFinding()
    {
        const string text = "Talvikausi 1.12.–31.5. (1.12.2025–31.5.2026): 321 registrations, 11 x ohjaus, "
            + "laki 1301/2014, Y-tunnukset 3221311-5 ja 3221313-1, vuodet 2024–2025, kokous 18.12.2024 ja 2025-01-15.";

        Assert.Empty(PersonalDataScanner.Scan(text, "description"));
    }

    [Fact]
    public void Scan_NullOrEmptyText_HasNoFinding()
    {
        Assert.Empty(PersonalDataScanner.Scan(null, "description"));
        Assert.Empty(PersonalDataScanner.Scan(string.Empty, "description"));
        Assert.False(PersonalDataScanner.ContainsPersonalData(null));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void Scan_BlankField_Throws(string blankField)
    {
        Assert.Throws<ArgumentException>("field", () => PersonalDataScanner.Scan("teksti", blankField));
    }

    [Fact]
    public void Scan_NullField_Throws()
    {
        Assert.Throws<ArgumentNullException>("field", () => PersonalDataScanner.Scan("teksti", null!));
    }

    [Fact]
    public void Scan_AllKinds_ReportsFieldKindAndPositionInOrder()
    {
        const string text = "Asiakas 131052-308T soitti numerosta 040 123 4567 ja antoi osoitteen matti@example.fi.";

        var findings = PersonalDataScanner.Scan(text, "summary");

        Assert.Equal(
            [
                new PersonalDataFinding("summary", PersonalDataKind.PersonalIdentityCode, 8, 11),
                new PersonalDataFinding("summary", PersonalDataKind.PhoneNumber, 37, 12),
                new PersonalDataFinding("summary", PersonalDataKind.EmailAddress, 69, 16),
            ],
            findings);
        Assert.All(findings, f => Assert.Equal("summary", f.Field));
        Assert.True(PersonalDataScanner.ContainsPersonalData(text));
    }

    [Fact]
    public void Scan_PhoneNumberInsideEmailAddress_ReportsOnlyTheEmailAddress()
    {
        var finding = Assert.Single(PersonalDataScanner.Scan("osoite matti.0401234567@example.fi", "notes"));

        Assert.Equal(new PersonalDataFinding("notes", PersonalDataKind.EmailAddress, 7, 27), finding);
    }

    [Fact]
    public void Scan_IdentityCodeWithDigitCheckCharacter_IsAnIdentityCodeNotAPhoneNumber()
    {
        // 050505-123H is valid, and so is a code with a digit as check character such as 290296-0025.
        var finding = Assert.Single(PersonalDataScanner.Scan("hetu 290296-0025", "notes"));

        Assert.Equal(PersonalDataKind.PersonalIdentityCode, finding.Kind);
    }

    [Fact]
    public void Finding_ToString_DescribesWithoutTheValue()
    {
        const string text = "Asiakas 131052-308T soitti numerosta 040 123 4567 ja antoi osoitteen matti@example.fi.";

        var findings = PersonalDataScanner.Scan(text, "description");

        Assert.Equal("PhoneNumber in 'description' at 37 (length 12)", findings[1].ToString());
        foreach (var finding in findings)
        {
            var value = text.Substring(finding.Start, finding.Length);
            Assert.DoesNotContain(value, finding.ToString(), StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(value[..5], finding.ToString(), StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Finding_InvalidArguments_Throw()
    {
        Assert.Throws<ArgumentException>(() => new PersonalDataFinding(" ", PersonalDataKind.PhoneNumber, 0, 1));
        Assert.Throws<ArgumentNullException>(() => new PersonalDataFinding(null!, PersonalDataKind.PhoneNumber, 0, 1));
        Assert.ThrowsAny<ArgumentException>(() => new PersonalDataFinding("notes", (PersonalDataKind)7, 0, 1));
        Assert.Throws<ArgumentException>(() => new PersonalDataFinding("notes", PersonalDataKind.PhoneNumber, -1, 1));
        Assert.Throws<ArgumentException>(() => new PersonalDataFinding("notes", PersonalDataKind.PhoneNumber, 0, 0));
    }

    [Fact]
    public void Finding_End_IsStartPlusLength()
    {
        Assert.Equal(17, new PersonalDataFinding("notes", PersonalDataKind.EmailAddress, 5, 12).End);
    }

    [Fact]
    public void Redact_AllKinds_ReplacesEachWithItsMarkerAndKeepsTheRest()
    {
        const string text = "Asiakas 131052-308T soitti numerosta 040 123 4567 ja antoi osoitteen matti@example.fi. Laki 1301/2014.";

        var redacted = PersonalDataScanner.Redact(text);

        Assert.Equal(
            "Asiakas [henkilötunnus poistettu] soitti numerosta [puhelinnumero poistettu] ja antoi osoitteen "
            + "[sähköposti poistettu]. Laki 1301/2014.",
            redacted);
        Assert.Empty(PersonalDataScanner.Scan(redacted, "description"));
    }

    [Fact]
    public void Redact_OverlappingFindings_RemovesThemWhole()
    {
        // The phone number candidate "040 123 4567" overlaps the e-mail address "4567.matti@example.fi".
        var redacted = PersonalDataScanner.Redact("puh 040 123 4567.matti@example.fi loppu");

        Assert.Equal("puh [sähköposti poistettu] loppu", redacted);
    }

    [Theory]
    [InlineData("matti@example.fi+358401234567+358401234567")]
    [InlineData("040 123 4567_matti@example.fi_maija@example.fi")]
    [InlineData("131052-308T-0401234567 0401234567")]
    [InlineData("0401 0401 0401 0401 0401 0401 0401")]
    [InlineData("Asiakas 131052-308T, puh. 040 123 4567, matti@example.fi.")]
    public void Redact_AnyText_IsIdempotentAndLeavesNoFinding(string text)
    {
        var redacted = PersonalDataScanner.Redact(text);

        Assert.NotEqual(text, redacted);
        Assert.Empty(PersonalDataScanner.Scan(redacted, "description"));
        Assert.Same(redacted, PersonalDataScanner.Redact(redacted));
    }

    [Fact]
    public void Redact_TextWithoutPersonalData_IsUnchanged()
    {
        const string text = "Talvikausi 1.12.–31.5., 321 registrations, laki 1301/2014.";

        Assert.Same(text, PersonalDataScanner.Redact(text));
    }

    [Fact]
    public void Redact_Null_Throws()
    {
        Assert.Throws<ArgumentNullException>("text", () => PersonalDataScanner.Redact(null!));
    }

    [Theory]
    [InlineData(PersonalDataKind.PersonalIdentityCode, "[henkilötunnus poistettu]")]
    [InlineData(PersonalDataKind.PhoneNumber, "[puhelinnumero poistettu]")]
    [InlineData(PersonalDataKind.EmailAddress, "[sähköposti poistettu]")]
    public void MarkerFor_EachKind_IsItsMarker(PersonalDataKind kind, string marker)
    {
        Assert.Equal(marker, PersonalDataScanner.MarkerFor(kind));
        Assert.False(PersonalDataScanner.ContainsPersonalData(marker));
    }

    [Theory]
    [InlineData(PersonalDataKind.PersonalIdentityCode)]
    [InlineData(PersonalDataKind.PhoneNumber)]
    [InlineData(PersonalDataKind.EmailAddress)]
    [InlineData(PersonalDataKind.StreetAddress)]
    [InlineData(PersonalDataKind.PersonName)]
    public void Scan_NextToAMarker_FindsTheDataAsAnywhereElse(PersonalDataKind kind)
    {
        // Issue 12: a marker is no boundary that hides data (the old rule let "[...poistettu]131052-308T" through).
        var marker = PersonalDataScanner.MarkerFor(kind);

        Assert.Single(PersonalDataScanner.Scan(marker + "+358 40 123 4567", "notes"));
        Assert.Single(PersonalDataScanner.Scan("040 123 4567" + marker, "notes"));
        Assert.Single(PersonalDataScanner.Scan("131052-308T" + marker, "notes"));
        Assert.Single(PersonalDataScanner.Scan(marker + "131052-308T", "notes"));
        Assert.Single(PersonalDataScanner.Scan(marker + "_matti@example.fi", "notes"));
        Assert.Single(PersonalDataScanner.Scan("matti@example.fi" + marker, "notes"));
        Assert.Single(PersonalDataScanner.Scan(marker + " +358 40 123 4567", "notes"));
        Assert.Single(PersonalDataScanner.Scan("131052-308T " + marker, "notes"));
    }

    [Fact]
    public void MarkerFor_UnknownKind_Throws()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>("kind", () => PersonalDataScanner.MarkerFor((PersonalDataKind)7));

        Assert.StartsWith("Unknown kind of personal data.", error.Message, StringComparison.Ordinal);
    }

    // Issue 16: findings that touch one another are each reported and each replaced with its own marker: identity codes
    // glued or separated by one character, an e-mail address with a phone number glued after it, a street address with
    // a phone number glued after its post office.
    [Theory]
    [InlineData("hetut 131052-308T010185+123B", PersonalDataKind.PersonalIdentityCode, "131052-308T", PersonalDataKind.PersonalIdentityCode, "010185+123B")]
    [InlineData("hetut 131052-308T,010185+123B", PersonalDataKind.PersonalIdentityCode, "131052-308T", PersonalDataKind.PersonalIdentityCode, "010185+123B")]
    [InlineData("Yhteys: matti@ekhva.fi040 123 4567", PersonalDataKind.EmailAddress, "matti@ekhva.fi", PersonalDataKind.PhoneNumber, "040 123 4567")]
    [InlineData("Kotkankatu 5, 48100 Kotka0401234567", PersonalDataKind.StreetAddress, "Kotkankatu 5, 48100 Kotka", PersonalDataKind.PhoneNumber, "0401234567")]
    public void Scan_TouchingFindings_ReportsEach(string text, PersonalDataKind firstKind, string first, PersonalDataKind secondKind, string second)
    {
        var findings = PersonalDataScanner.Scan(text, "notes");

        var firstStart = text.IndexOf(first, StringComparison.Ordinal);
        var secondStart = text.IndexOf(second, firstStart + first.Length, StringComparison.Ordinal);
        Assert.Equal(
            [
                new PersonalDataFinding("notes", firstKind, firstStart, first.Length),
                new PersonalDataFinding("notes", secondKind, secondStart, second.Length),
            ],
            findings);
        var expected = text[..firstStart] + PersonalDataScanner.MarkerFor(firstKind) + text[(firstStart + first.Length)..secondStart]
            + PersonalDataScanner.MarkerFor(secondKind) + text[(secondStart + second.Length)..];
        Assert.Equal(expected, PersonalDataScanner.Redact(text));
    }

    // Issue 16: Redact replaces findings of different kinds that do not overlap each with its own marker, whatever the
    // order of their kinds; where an e-mail address and a phone number start together, the e-mail address's marker
    // covers both.
    [Theory]
    [InlineData("Asiakas 131052-308T asuu Kotkankatu 5, 48100 Kotka.", "Asiakas [henkilötunnus poistettu] asuu [osoite poistettu].")]
    [InlineData("Asiakas Kotkankatu 5, 48100 Kotka, hetu 131052-308T.", "Asiakas [osoite poistettu], hetu [henkilötunnus poistettu].")]
    [InlineData("Yhteys 0401234567@sms.ekhva.fi", "Yhteys [sähköposti poistettu]")]
    public void Redact_FindingsOfDifferentKinds_ReplacesEachWithTheRightMarker(string text, string redacted)
    {
        Assert.Equal(redacted, PersonalDataScanner.Redact(text));
    }
}
