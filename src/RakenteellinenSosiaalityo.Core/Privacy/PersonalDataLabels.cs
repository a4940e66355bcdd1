using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// The labels people see for kinds of personal data and for findings (fi: henkilötietojen lajien nimet), in Finnish,
/// Swedish and English, instead of enum names such as <c>PhoneNumber</c>. Never the found value.
/// </summary>
public static class PersonalDataLabels
{
    /// <summary>The label of a kind of personal data, e.g. "puhelinnumero".</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label, in lower case.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined.</exception>
    public static LocalizedText Of(PersonalDataKind kind) => Guard.Against.EnumOutOfRange(kind) switch
    {
        PersonalDataKind.PersonalIdentityCode => new("henkilötunnus", "personbeteckning", "personal identity code"),
        PersonalDataKind.PhoneNumber => new("puhelinnumero", "telefonnummer", "phone number"),
        PersonalDataKind.EmailAddress => new("sähköpostiosoite", "e-postadress", "e-mail address"),
        PersonalDataKind.StreetAddress => new("katuosoite", "gatuadress", "street address"),
        _ => new("henkilön nimi", "personnamn", "person's name"),
    };

    /// <summary>
    /// A finding for people, naming the kind and the field, never the value: "puhelinnumero kentässä description" /
    /// "telefonnummer i fältet description" / "phone number in field description".
    /// </summary>
    /// <param name="finding">The finding.</param>
    /// <param name="language">The language.</param>
    /// <returns>The text.</returns>
    /// <exception cref="ArgumentException"><paramref name="language"/> is undefined.</exception>
    public static string Describe(PersonalDataFinding finding, Language language)
    {
        Guard.Against.EnumOutOfRange(language);
        var kind = Of(finding.Kind).Get(language);
        return language switch
        {
            Language.Swedish => $"{kind} i fältet {finding.Field}",
            Language.English => $"{kind} in field {finding.Field}",
            _ => $"{kind} kentässä {finding.Field}",
        };
    }
}
