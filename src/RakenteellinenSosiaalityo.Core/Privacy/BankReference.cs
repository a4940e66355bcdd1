namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Recognises bank account numbers in IBAN form (<c>FI44 8405 0217 7077 82</c>) and RF creditor references
/// (<c>RF18 5390 0754 7034</c>) by their ISO 7064 mod 97-10 check, so that <see cref="PersonalDataScanner"/> does not
/// read their digit groups as phone numbers.
/// </summary>
/// <remarks>
/// Two letters, two check digits, then letters and digits in groups separated by single spaces: 15 to 34 characters in
/// all for an IBAN, 5 to 25 for an RF reference. Only a code whose check holds is recognised, so a mistyped account
/// cannot hide a phone number.
/// </remarks>
internal static class BankReference
{
    private const int MaxLength = 34;
    private const int MinIbanLength = 15;
    private const int MinReferenceLength = 5;
    private const int MaxReferenceLength = 25;

    /// <summary>Whether an IBAN or RF reference may start at <paramref name="start"/>: two letters and two digits.</summary>
    public static bool MayStartAt(ReadOnlySpan<char> text, int start) =>
        start + 4 < text.Length
        && char.IsAsciiLetter(text[start])
        && char.IsAsciiLetter(text[start + 1])
        && char.IsAsciiDigit(text[start + 2])
        && char.IsAsciiDigit(text[start + 3]);

    /// <summary>The length of the longest valid IBAN or RF reference at <paramref name="start"/>, or 0.</summary>
    public static int MatchAt(ReadOnlySpan<char> text, int start)
    {
        if (!MayStartAt(text, start))
        {
            return 0;
        }

        var reference = char.ToUpperInvariant(text[start]) == 'R' && char.ToUpperInvariant(text[start + 1]) == 'F';
        var minLength = reference ? MinReferenceLength : MinIbanLength;
        var maxLength = reference ? MaxReferenceLength : MaxLength;

        // The check moves the first four characters to the end: the rest is folded into the remainder as it is read,
        // and at each possible end the four are appended to a copy.
        var country1 = Value(text[start]);
        var country2 = Value(text[start + 1]);
        var check1 = text[start + 2] - '0';
        var check2 = text[start + 3] - '0';
        var remainder = 0;
        var length = 4;
        var best = 0;
        var i = start + 4;
        while (i < text.Length && length < maxLength)
        {
            if (text[i] == ' ' && text[i - 1] != ' ' && i + 1 < text.Length && char.IsAsciiLetterOrDigit(text[i + 1]))
            {
                i++;
                continue;
            }

            if (!char.IsAsciiLetterOrDigit(text[i]))
            {
                break;
            }

            remainder = Append(remainder, Value(text[i]));
            length++;
            i++;
            if (length >= minLength
                && (i == text.Length || !char.IsAsciiLetterOrDigit(text[i]))
                && Append(Append(Append(Append(remainder, country1), country2), check1), check2) == 1)
            {
                best = i - start;
            }
        }

        return best;
    }

    // A letter counts as 10 to 35, a digit as itself.
    private static int Value(char c) => char.IsAsciiDigit(c) ? c - '0' : char.ToUpperInvariant(c) - 'A' + 10;

    // The remainder after one more character's value is appended (a letter's two digits, a digit's one).
    private static int Append(int remainder, int value) => ((remainder * (value >= 10 ? 100 : 10)) + value) % 97;
}
