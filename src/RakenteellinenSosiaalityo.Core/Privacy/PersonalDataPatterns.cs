using System.Text.RegularExpressions;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// The regular expressions that find candidates for <see cref="PersonalDataScanner"/>; the candidates are then checked
/// in code (check character, date, digit count).
/// </summary>
/// <remarks>
/// Every quantifier is bounded and every pattern starts only where the look-behind allows, so one match attempt costs
/// a bounded number of steps and a scan stays linear in the length of the text. The timeout is a second line of
/// defence against hostile input; when it fires the scanner throws instead of passing the text as clean.
/// </remarks>
internal static partial class PersonalDataPatterns
{
    /// <summary>How long one search may run before it gives up, in milliseconds.</summary>
    public const int TimeoutMilliseconds = 2000;

    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // Next to a redaction marker, text is judged as it was next to the personal data the marker replaced (a letter or
    // digit, which ends a finding), so redacting never turns its neighbours into new findings and Redact is stable.
    // The words are those of PersonalDataScanner's markers; a test fails if the two drift apart.
    private const string NotAfterMarker = @"(?<!poistettu\])";
    private const string NotBeforeMarker = @"(?!\[(?:henkilötunnus|puhelinnumero|sähköposti) poistettu\])";

    /// <summary>
    /// DDMMYY, century sign, ZZZ and check character, in either case, with no letter or digit on either side.
    /// </summary>
    [GeneratedRegex(
        NotAfterMarker + @"(?<![\p{L}\p{N}])[0-9]{6}[-+A-FU-Ya-fu-y][0-9]{3}[0-9A-Za-z](?![\p{L}\p{N}])" + NotBeforeMarker,
        Options,
        TimeoutMilliseconds)]
    public static partial Regex IdentityCode();

    /// <summary>
    /// A Finnish phone number: <c>+358</c> or <c>00358</c> (then optionally <c>(0)</c> or a stray 0), or <c>(0AA)</c>,
    /// or a leading 0; then up to ten digit groups separated by one space or dash, with no letter or digit on either
    /// side. The digit count and group sizes are checked by <see cref="FinnishPhoneNumber"/>.
    /// </summary>
    [GeneratedRegex(
        NotAfterMarker + @"(?<![\p{L}\p{N}])(?:(?:\+|00)358[ -]?(?:\(0\)[ -]?|0)?[1-9][0-9]{0,9}|\(0[1-9][0-9]{0,3}\)[ -]?[0-9]{1,10}|0[1-9][0-9]{0,9})(?:[ -][0-9]{1,10}){0,9}(?![\p{L}\p{N}])" + NotBeforeMarker,
        Options,
        TimeoutMilliseconds)]
    public static partial Regex PhoneNumber();

    /// <summary>
    /// The practical e-mail pattern: a local part of at most 64 characters, <c>@</c>, one to eight dot-separated domain
    /// labels and a top-level domain of letters. Letters outside ASCII are allowed, as in internationalised addresses.
    /// </summary>
    [GeneratedRegex(
        NotAfterMarker + @"(?<![\p{L}\p{N}_%+'-])[\p{L}\p{N}_%+'-][\p{L}\p{N}._%+'-]{0,63}@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.){1,8}\p{L}{2,63}(?![\p{L}\p{N}])" + NotBeforeMarker,
        Options,
        TimeoutMilliseconds)]
    public static partial Regex EmailAddress();
}
