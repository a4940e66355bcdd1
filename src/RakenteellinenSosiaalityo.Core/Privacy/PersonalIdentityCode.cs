using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// The rules of the Finnish personal identity code (fi: henkilötunnus), <c>DDMMYYCZZZQ</c>: date of birth, century
/// sign, individual number and check character, e.g. <c>131052-308T</c>.
/// </summary>
/// <remarks>
/// <para>Century signs: <c>+</c> for the 1800s; <c>-</c>, <c>Y</c>, <c>X</c>, <c>W</c>, <c>V</c> and <c>U</c> for the
/// 1900s; <c>A</c> to <c>F</c> for the 2000s (the extra letters are in use since 2023).</para>
/// <para>The date must exist in the century the sign gives (29 February only in leap years, so <c>290200-</c> is
/// invalid but <c>290200A</c> is not). The individual number is 002–999: 000 and 001 are never issued, and 900–999
/// (temporary identity codes) are valid, because they identify a person too. The date is not compared with today.</para>
/// <para><see cref="IsValid"/> accepts only the official upper-case form; <see cref="PersonalDataScanner"/> also finds
/// codes whose letters are written in lower case, because such a code still identifies a person.</para>
/// </remarks>
public static class PersonalIdentityCode
{
    /// <summary>The number of characters in a personal identity code.</summary>
    internal const int CodeLength = 11;

    // Index = DDMMYYZZZ mod 31; the letters G, I, O, Q and Z are left out so they cannot be misread.
    private const string CheckCharacters = "0123456789ABCDEFHJKLMNPRSTUVWXY";

    /// <summary>Whether <paramref name="s"/>, as a whole, is a valid Finnish personal identity code (fi: henkilötunnus).</summary>
    /// <param name="s">The string to check: exactly 11 characters, century sign and check character in upper case.</param>
    /// <returns>True when the date, century sign, individual number (002–999) and check character are all valid.</returns>
    public static bool IsValid(string? s) => s is not null && IsValidCode(s.AsSpan(), ignoreCase: false);

    /// <summary>
    /// Computes the check character (fi: tarkistusmerkki) of a personal identity code from its date of birth and
    /// individual number.
    /// </summary>
    /// <param name="nineDigits">The nine digits <c>DDMMYYZZZ</c>: the date of birth followed by the individual number,
    /// without the century sign.</param>
    /// <returns>The check character, a digit or an upper-case letter.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="nineDigits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="nineDigits"/> is not exactly nine ASCII digits.</exception>
    public static char CheckCharacter(string nineDigits)
    {
        Guard.Against.Null(nineDigits);
        if (nineDigits.Length != 9 || !AreDigits(nineDigits.AsSpan()))
        {
            // The value is not echoed: it is part of a personal identity code.
            throw new ArgumentException(
                "The check character is computed from exactly nine ASCII digits: the date of birth DDMMYY followed by the individual number ZZZ.",
                nameof(nineDigits));
        }

        return CheckCharacterOf(nineDigits.AsSpan());
    }

    /// <summary>
    /// The length of the valid identity code written at <paramref name="start"/> of folded text, or 0: six digits, the
    /// century sign (with up to two spaces on either side), three digits and the check character (after at most one
    /// space; with any space in the code only a letter), letters in either case. What stands around it does not matter (see <see cref="PersonalDataPatterns"/>).
    /// </summary>
    internal static int MatchAt(ReadOnlySpan<char> text, int start)
    {
        // Quick rejection first: this runs at every digit of the text.
        if (start + CodeLength > text.Length
            || PersonalDataPatterns.IsDigit(text[start + 6])
            || !PersonalDataPatterns.AllDigits(text.Slice(start, 6)))
        {
            return 0;
        }

        Span<char> code = stackalloc char[CodeLength];
        text.Slice(start, 6).CopyTo(code);
        var i = PersonalDataPatterns.SkipSpaces(text, start + 6, 2);
        if (i >= text.Length)
        {
            return 0;
        }

        code[6] = text[i];
        i = PersonalDataPatterns.SkipSpaces(text, i + 1, 2);
        if (i + 4 > text.Length || !PersonalDataPatterns.AllDigits(text.Slice(i, 3)))
        {
            return 0;
        }

        text.Slice(i, 3).CopyTo(code[7..]);
        i = PersonalDataPatterns.SkipSpaces(text, i + 3, 1);
        if (i >= text.Length)
        {
            return 0;
        }

        // Written with spaces, a code whose check character is a digit is too easily digits and a year next to each
        // other (045-280657 - 2024): with spaces only a letter check character counts.
        code[10] = text[i];
        var spaced = i + 1 - start != CodeLength;
        return (!spaced || char.IsLetter(code[10])) && IsValidCode(code, ignoreCase: true) ? i + 1 - start : 0;
    }

    /// <summary>Whether <paramref name="code"/> is a valid personal identity code, optionally accepting lower-case letters.</summary>
    internal static bool IsValidCode(ReadOnlySpan<char> code, bool ignoreCase)
    {
        if (code.Length != CodeLength
            || !AreDigits(code[..6])
            || !AreDigits(code.Slice(7, 3)))
        {
            return false;
        }

        var sign = ignoreCase ? char.ToUpperInvariant(code[6]) : code[6];
        var century = sign switch
        {
            '+' => 1800,
            '-' or 'Y' or 'X' or 'W' or 'V' or 'U' => 1900,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => 0,
        };
        if (century == 0)
        {
            return false;
        }

        var day = TwoDigits(code, 0);
        var month = TwoDigits(code, 2);
        var year = century + TwoDigits(code, 4);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var individual = (TwoDigits(code, 7) * 10) + (code[9] - '0');
        if (individual < 2)
        {
            return false;
        }

        Span<char> nine = stackalloc char[9];
        code[..6].CopyTo(nine);
        code.Slice(7, 3).CopyTo(nine[6..]);
        var check = ignoreCase ? char.ToUpperInvariant(code[10]) : code[10];
        return check == CheckCharacterOf(nine);
    }

    private static char CheckCharacterOf(ReadOnlySpan<char> nineDigits)
    {
        var number = 0;
        foreach (var c in nineDigits)
        {
            number = (number * 10) + (c - '0');
        }

        return CheckCharacters[number % CheckCharacters.Length];
    }

    private static int TwoDigits(ReadOnlySpan<char> s, int index) => ((s[index] - '0') * 10) + (s[index + 1] - '0');

    private static bool AreDigits(ReadOnlySpan<char> s)
    {
        foreach (var c in s)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }
}
