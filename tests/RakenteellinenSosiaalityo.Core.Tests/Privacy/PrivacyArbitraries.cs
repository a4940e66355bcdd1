using System.Globalization;
using FsCheck;
using FsCheck.Fluent;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>A piece of personal data embedded in text, and where it is.</summary>
/// <param name="Text">The whole text.</param>
/// <param name="Value">The embedded personal data.</param>
/// <param name="Start">Where <paramref name="Value"/> starts in <paramref name="Text"/>.</param>
public sealed record EmbeddedSample(string Text, string Value, int Start);

/// <summary>Text that mixes personal data of every kind with ordinary words, and the text as it should be redacted.</summary>
/// <param name="Text">The text to redact.</param>
/// <param name="Expected">The text with every piece of personal data replaced by its marker.</param>
public sealed record MixedSample(string Text, string Expected);

/// <summary>
/// FsCheck generators for the privacy scanner. Every value is built valid (or invalid) by construction, so no
/// generator filters.
/// </summary>
public static class PrivacyArbitraries
{
    // The reference algorithm, written independently of the code under test.
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    // Words that must never be findings, among them the look-alikes the scanner has to leave alone.
    private static readonly string[] Words =
    [
        "Asiakas", "soitti", "ja", "kertoi", "tilanteesta", "klo", "ohjaus", "yhteydenotto", "Kouvola", "sosiaalityö",
        "Lappeenranta", "rakenteellinen", "hyvinvointialue", "@tiimi", "(ks. liite)", "1.12.–31.5.",
        "1.12.2025–31.5.2026", "2025-01-15", "18.12.2024", "1301/2014", "3221311-5", "3221313-1", "0112038-9",
        "2024–2025", "321 rekisteröintiä", "11 x", "§ 7", "010190-123A", "311302A123X",
    ];

    // Every separator has punctuation or a word in it, so a phone number is never followed by ' ' and a digit, which
    // would legitimately make the digits part of the number.
    private static readonly string[] Separators = [", ", ": ", "; ", ". ", " (", ") ", " – ", " / ", " ja ", ",\n", "\t- "];

    internal static readonly string[] MobilePrefixes = ["040", "041", "044", "045", "046", "050", "0400", "0450", "0457", "0500"];

    private static readonly string[] AreaCodes = ["02", "03", "05", "06", "08", "09", "013", "014", "015", "016", "017", "019", "010", "020", "0800"];

    private static readonly string[] TopLevelDomains = ["fi", "com", "org", "net", "eu", "se"];

    /// <summary>Valid identity codes in surrounding text.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EmbeddedSample> EmbeddedValidIdentityCode() => Embed(ValidIdentityCode()).ToArbitrary();

    /// <summary>Identity codes with a wrong check character, an impossible date or an individual number never issued.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<InvalidIdentityCodeSample> EmbeddedInvalidIdentityCode() =>
        (from code in InvalidIdentityCode()
         from sample in Embed(Gen.Constant(code))
         select new InvalidIdentityCodeSample(sample)).ToArbitrary();

    /// <summary>Finnish phone numbers in the formats people write, in surrounding text.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<PhoneNumberSample> EmbeddedPhoneNumber() =>
        Embed(PhoneNumber()).Select(sample => new PhoneNumberSample(sample)).ToArbitrary();

    /// <summary>E-mail addresses in surrounding text.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<EmailAddressSample> EmbeddedEmailAddress() =>
        Embed(EmailAddress()).Select(sample => new EmailAddressSample(sample)).ToArbitrary();

    /// <summary>Text mixing words, identity codes, phone numbers and e-mail addresses.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<MixedSample> MixedText()
    {
        // Each piece is (text as written, text as redacted).
        var word = Gen.Elements(Words).Select(w => (w, w));
        var code = ValidIdentityCode().Select(c => (c, "[henkilötunnus poistettu]"));
        var phone = PhoneNumber().Select(p => (p, "[puhelinnumero poistettu]"));
        var email = EmailAddress().Select(e => (e, "[sähköposti poistettu]"));
        var piece = Gen.OneOf(word, word, code, phone, email);
        var separated = from p in piece
                        from separator in Gen.Elements(Separators)
                        select (Text: p.Item1 + separator, Expected: p.Item2 + separator);
        return (from count in Gen.Choose(1, 12)
                from pieces in Gen.ArrayOf(separated, count)
                select new MixedSample(
                    string.Concat(pieces.Select(p => p.Text)),
                    string.Concat(pieces.Select(p => p.Expected)))).ToArbitrary();
    }

    /// <summary>The check character of nine digits by the reference algorithm.</summary>
    /// <param name="nineDigits">DDMMYYZZZ.</param>
    /// <returns>The check character.</returns>
    public static char ReferenceCheckCharacter(string nineDigits) =>
        CheckCharacters[(int)(long.Parse(nineDigits, CultureInfo.InvariantCulture) % 31)];

    /// <summary>Builds an identity code with its correct check character.</summary>
    /// <param name="day">The day, 1–31 (or anything, for an invalid code).</param>
    /// <param name="month">The month.</param>
    /// <param name="yearOfCentury">The year within the century, 0–99.</param>
    /// <param name="sign">The century sign.</param>
    /// <param name="individual">The individual number, 0–999.</param>
    /// <returns>The code, e.g. <c>131052-308T</c>.</returns>
    public static string Code(int day, int month, int yearOfCentury, char sign, int individual)
    {
        var date = string.Create(CultureInfo.InvariantCulture, $"{day:00}{month:00}{yearOfCentury:00}");
        var number = individual.ToString("000", CultureInfo.InvariantCulture);
        return $"{date}{sign}{number}{ReferenceCheckCharacter(date + number)}";
    }

    internal static char[] SignsOf(int century) => century switch
    {
        1800 => ['+'],
        1900 => ['-', 'Y', 'X', 'W', 'V', 'U'],
        _ => ['A', 'B', 'C', 'D', 'E', 'F'],
    };

    private static Gen<string> ValidIdentityCode() =>
        from century in Gen.Elements(1800, 1900, 2000)
        from yy in Gen.Choose(0, 99)
        from month in Gen.Choose(1, 12)
        from day in Gen.Choose(1, DateTime.DaysInMonth(century + yy, month))
        from individual in Gen.Choose(2, 999)
        from sign in Gen.Elements(SignsOf(century))
        from lowerCase in Gen.Elements(false, false, false, true)
        let code = Code(day, month, yy, sign, individual)
        select lowerCase ? code.ToLowerInvariant() : code;

    internal static Gen<string> InvalidIdentityCode()
    {
        var parts = from century in Gen.Elements(1800, 1900, 2000)
                    from yy in Gen.Choose(0, 99)
                    from month in Gen.Choose(1, 12)
                    from day in Gen.Choose(1, DateTime.DaysInMonth(century + yy, month))
                    from individual in Gen.Choose(2, 999)
                    from sign in Gen.Elements(SignsOf(century))
                    select (century, yy, month, day, individual, sign);

        var wrongCheck = from p in parts
                         from shift in Gen.Choose(1, CheckCharacters.Length - 1)
                         from unused in Gen.Elements('G', 'I', 'O', 'Q', 'Z')
                         from useUnused in Gen.Elements(false, false, false, true)
                         let valid = Code(p.day, p.month, p.yy, p.sign, p.individual)
                         let wrong = useUnused ? unused : CheckCharacters[(CheckCharacters.IndexOf(valid[10], StringComparison.Ordinal) + shift) % CheckCharacters.Length]
                         select valid[..10] + wrong;

        var impossibleDayMonth = Gen.Elements((30, 2), (31, 2), (31, 4), (31, 6), (31, 9), (31, 11), (0, 5), (15, 0), (15, 13), (32, 1), (99, 99));
        var impossibleDate = from p in parts
                             from dm in impossibleDayMonth
                             select Code(dm.Item1, dm.Item2, p.yy, p.sign, p.individual);

        // 29 February of a year that is not a leap year: 1800 and 1900, or any year not divisible by four.
        var notLeapYear = from century in Gen.Elements(1800, 1900, 2000)
                          from quarter in Gen.Choose(0, 24)
                          from offset in Gen.Choose(1, 3)
                          from centuryYear in Gen.Elements(false, false, true)
                          from sign in Gen.Elements(SignsOf(century))
                          from individual in Gen.Choose(2, 999)
                          let yy = centuryYear && century != 2000 ? 0 : (quarter * 4) + offset
                          select Code(29, 2, yy, sign, individual);

        var neverIssued = from p in parts
                          from individual in Gen.Elements(0, 1)
                          select Code(p.day, p.month, p.yy, p.sign, individual);

        return Gen.OneOf(wrongCheck, impossibleDate, notLeapYear, neverIssued);
    }

    private static Gen<string> Digits(int count, bool nonZeroFirst) =>
        from first in Gen.Choose(nonZeroFirst ? 1 : 0, 9)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), count - 1)
        select first.ToString(CultureInfo.InvariantCulture) + string.Concat(rest);

    // The subscriber part split into one to three groups of at least two digits, joined by spaces or dashes.
    private static Gen<(string Text, int Groups)> Subscriber(int length) =>
        from digits in Digits(length, nonZeroFirst: true)
        from groups in Gen.Choose(1, Math.Min(3, length / 2))
        from first in Gen.Choose(2, length - (2 * (groups - 1)))
        from second in Gen.Choose(2, Math.Max(2, length - first - 2))
        from separators in Gen.ArrayOf(Gen.Elements(' ', '-'), 2)
        select (Split(digits, groups, first, second, separators), groups);

    private static string Split(string digits, int groups, int first, int second, char[] separators) => groups switch
    {
        1 => digits,
        2 => digits[..first] + separators[0] + digits[first..],
        _ => digits[..first] + separators[0] + digits[first..(first + second)] + separators[1] + digits[(first + second)..],
    };

    internal static Gen<string> PhoneNumber() =>
        from prefix in Gen.OneOf(Gen.Elements(MobilePrefixes), Gen.Elements(AreaCodes))
        let prefixDigits = prefix.Length - 1
        from subscriberLength in Gen.Choose(Math.Max(4, 6 - prefixDigits), 10 - prefixDigits)
        from subscriber in Subscriber(subscriberLength)
        from form in Gen.Choose(0, 5)
        from joiner in subscriber.Groups == 1 ? Gen.Elements("", " ", "-") : Gen.Elements(" ", "-")
        from countryCode in Gen.Elements("+358", "00358")
        from afterCountryCode in Gen.Elements("", " ", "-")
        select form switch
        {
            // National: 040 123 4567, 0401234567, 050-123 4567.
            0 or 1 or 2 => prefix + joiner + subscriber.Text,

            // Area code in parentheses: (09) 1234 5678.
            3 => $"({prefix}) {subscriber.Text}",

            // International: +358 40 123 4567, +358401234567, 00358-40-123 4567.
            4 => countryCode + afterCountryCode + prefix[1..] + joiner + subscriber.Text,

            // International with the trunk zero in parentheses: +358 (0)40 123 4567.
            _ => countryCode + " (0)" + prefix[1..] + joiner + subscriber.Text,
        };

    internal static Gen<string> Atom(int maxLength) =>
        from length in Gen.Choose(1, maxLength)
        from first in Gen.Elements("abcdefghijklmnopqrstuvwxyzäö".ToCharArray())
        from rest in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789".ToCharArray()), length - 1)
        select first + new string(rest);

    internal static Gen<string> EmailAddress() =>
        from atoms in Gen.Choose(1, 3)
        from local in Gen.ArrayOf(Atom(8), atoms)
        from joiner in Gen.Elements(".", "_", "-", ".")
        from tag in Gen.Elements("", "", "", "+tyo")
        from labels in Gen.Choose(1, 2)
        from domain in Gen.ArrayOf(Atom(10), labels)
        from tld in Gen.Elements(TopLevelDomains)
        select string.Join(joiner, local) + tag + "@" + string.Join(".", domain) + "." + tld;

    private static Gen<EmbeddedSample> Embed(Gen<string> value) =>
        from beforeCount in Gen.Choose(0, 3)
        from before in Gen.ArrayOf(Gen.Elements(Words), beforeCount)
        from afterCount in Gen.Choose(0, 3)
        from after in Gen.ArrayOf(Gen.Elements(Words), afterCount)
        from separatorBefore in Gen.Elements(Separators)
        from separatorAfter in Gen.Elements(Separators)
        from v in value
        let prefix = before.Length == 0 ? string.Empty : string.Join(" ", before) + separatorBefore
        let suffix = after.Length == 0 ? string.Empty : separatorAfter + string.Join(" ", after)
        select new EmbeddedSample(prefix + v + suffix, v, prefix.Length);
}

/// <summary>An invalid identity code embedded in text.</summary>
/// <param name="Sample">The text and where the code is.</param>
public sealed record InvalidIdentityCodeSample(EmbeddedSample Sample);

/// <summary>A phone number embedded in text.</summary>
/// <param name="Sample">The text and where the number is.</param>
public sealed record PhoneNumberSample(EmbeddedSample Sample);

/// <summary>An e-mail address embedded in text.</summary>
/// <param name="Sample">The text and where the address is.</param>
public sealed record EmailAddressSample(EmbeddedSample Sample);
