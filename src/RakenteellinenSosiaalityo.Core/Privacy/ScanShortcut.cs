using System.Buffers;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Rules out, without folding or allocating, a text in which <see cref="PersonalDataScanner"/> cannot find anything
/// (person names not looked for), so that redacting the free text of a million reports costs a vectorised pass over
/// each text rather than a fold and five readers.
/// </summary>
/// <remarks>
/// <para>What every kind needs, from its reader (all readers work on the folded text, <see cref="ScanText"/>):</para>
/// <list type="bullet">
/// <item>a personal identity code starts with a digit (<see cref="PersonalIdentityCode"/>);</item>
/// <item>a phone number has digits after its <c>+</c>, <c>(</c> or <c>0</c> (<see cref="FinnishPhoneNumber"/>);</item>
/// <item>a street address has a house number and a postal code (<see cref="StreetAddress"/>);</item>
/// <item>an e-mail address has an at sign, <c>@</c> or written out in letters (<c>(at)</c>, <c> at </c>, <c>[ät]</c>),
/// and a domain whose dot may be written out too (<c> dot </c>, <c>(piste)</c>): it can be all letters and spaces
/// (<see cref="EmailAddress"/>).</item>
/// </list>
/// <para>So: a text that holds no ASCII digit, no <c>@</c> and no character that folding changes (a tab, any other
/// digit, full-width forms, dashes, special spaces, invisible characters) is its own folded text, and only an e-mail
/// address with a written-out at sign can be in it; the e-mail reader is run on the text itself to settle that. Any
/// other text takes the full scan. The shortcut is therefore exact, not a guess: it answers "nothing" only where the
/// full scan finds nothing (the FsCheck property <c>ScanShortcutProperties</c> checks it on random and hostile texts).</para>
/// </remarks>
internal static class ScanShortcut
{
    // ASCII that folds to itself and no reader needs but the e-mail one (no digit, no at sign, no tab: a tab folds to
    // a space), and the common non-ASCII letters of Finnish and Swedish text, which fold to themselves.
    private static readonly SearchValues<char> Plain = SearchValues.Create(PlainCharacters());

    /// <summary>
    /// Whether <see cref="PersonalDataScanner.Scan"/> certainly finds nothing in <paramref name="text"/>, and
    /// <see cref="PersonalDataScanner.Redact"/> returns it unchanged.
    /// </summary>
    public static bool HoldsNoFinding(ReadOnlySpan<char> text)
    {
        var i = 0;
        while (i < text.Length)
        {
            var next = text[i..].IndexOfAnyExcept(Plain);
            if (next < 0)
            {
                break;
            }

            i += next;
            var c = text[i];
            if (c < 0x80 || ScanText.Fold(c) != c)
            {
                return false; // A digit, an at sign, a tab, or a character that folding changes.
            }

            i++;
        }

        // The text is its own folded text and has no digit: the only finding it could hold is an e-mail address.
        for (var at = 0; at < text.Length; at++)
        {
            if (EmailAddress.MayBeAtSign(text, at) && EmailAddress.MatchAround(text, at).End > 0)
            {
                return false;
            }
        }

        return true;
    }

    private static string PlainCharacters()
    {
        var chars = new List<char>();
        for (var c = '\0'; c < '\u0080'; c++)
        {
            if (c is not ('\t' or '@' or (>= '0' and <= '9')))
            {
                chars.Add(c);
            }
        }

        chars.AddRange("äöåÄÖÅéÉüÜ");
        return string.Concat(chars);
    }
}
