namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// The kinds of directly identifying personal data (fi: henkilötieto) that <see cref="PersonalDataScanner"/> finds in
/// free text.
/// </summary>
public enum PersonalDataKind
{
    /// <summary>A Finnish personal identity code (fi: henkilötunnus), e.g. <c>131052-308T</c>.</summary>
    PersonalIdentityCode = 0,

    /// <summary>A Finnish phone number (fi: puhelinnumero), national or international, e.g. <c>040 123 4567</c>.</summary>
    PhoneNumber = 1,

    /// <summary>An e-mail address (fi: sähköpostiosoite), e.g. <c>etunimi.sukunimi@example.fi</c>.</summary>
    EmailAddress = 2,

    /// <summary>A Finnish street address with a postal code (fi: katuosoite), e.g. <c>Kotkankatu 5 B 12, 48100 Kotka</c>.</summary>
    StreetAddress = 3,

    /// <summary>A person's name (fi: henkilön nimi), e.g. <c>Matti Virtanen</c>; looked for only when the caller gives
    /// <see cref="PersonNames"/>.</summary>
    PersonName = 4,
}
