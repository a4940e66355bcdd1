namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Decides which part of a phone-number candidate found by <see cref="PersonalDataPatterns.PhoneNumber"/> is a
/// plausible Finnish phone number (fi: puhelinnumero).
/// </summary>
/// <remarks>
/// <para>The national significant number (the digits after the trunk 0 or the country code 358) has 6 to 10 digits.
/// A one-digit area code is one of 2, 3, 5, 6, 8 and 9, the only ones Finland has. Digit groups after the first have
/// at least two digits, which keeps business ids such as <c>0112038-9</c> out.</para>
/// <para>A candidate may be cut short only where a space separates two groups, so <c>040 123 4567 12 kpl</c> still
/// yields the number, while digits joined by dashes are one thing that either is a number or is not: a candidate
/// joined by a dash to a letter or digit before or after it (the <c>01-15</c> of <c>2025-01-15</c>) is none.</para>
/// <para>A later group that starts with a trunk 0 and begins a plausible number of its own starts a new number when
/// the groups before it are a number too, so <c>05 352 000 040 123 4567</c> is two numbers; this never splits one real
/// number, as both halves would need six digits or more. When the groups before it are no number but the longest
/// reading from the start runs into it (<c>09-10 040 123 4567</c>), the finding covers both readings: for a privacy
/// guard, redacting a few digits too many is better than leaving part of a number behind.</para>
/// </remarks>
internal static class FinnishPhoneNumber
{
    private const int MinNationalDigits = 6;
    private const int MaxNationalDigits = 10;

    // The pattern allows at most eleven groups (a parenthesised area code, a first group and nine more): enough for a
    // number of five groups followed by the start of another.
    private const int MaxGroups = 11;

    /// <summary>
    /// The length of the longest plausible phone number that starts at <paramref name="start"/>, given that the phone
    /// pattern matched <paramref name="candidateLength"/> characters there; 0 when there is none.
    /// </summary>
    /// <param name="text">The scanned text.</param>
    /// <param name="start">Where the pattern's match starts.</param>
    /// <param name="candidateLength">The length of the pattern's match.</param>
    public static int PlausibleLength(ReadOnlySpan<char> text, int start, int candidateLength)
    {
        if (start >= 2 && text[start - 1] == '-' && char.IsLetterOrDigit(text[start - 2]))
        {
            return 0;
        }

        var rest = text[start..];
        var candidate = rest[..candidateLength];
        Span<Group> buffer = stackalloc Group[MaxGroups];
        var groups = Split(candidate, SeparatorAfterCandidate(rest, candidateLength), buffer);

        for (var g = 1; g < groups.Length; g++)
        {
            if (groups[g - 1].SeparatorAfter != ' ' || candidate[groups[g].Start] != '0')
            {
                continue;
            }

            var nextEnd = LongestNumberEnd(candidate, groups[g..], trunkZero: true);
            if (nextEnd == 0)
            {
                continue;
            }

            var before = LongestNumberEnd(candidate, groups[..g], trunkZero: false);
            if (before > 0)
            {
                return before;
            }

            // No number ends before the next one starts, so any number from here runs into it.
            var fromStart = LongestNumberEnd(candidate, groups, trunkZero: false);
            return fromStart == 0 ? 0 : Math.Max(fromStart, nextEnd);
        }

        return LongestNumberEnd(candidate, groups, trunkZero: false);
    }

    // The end (in candidate) of the longest run of whole groups from groups[0] that is a plausible number, or 0.
    // With trunkZero the number starts at groups[0], whose leading 0 is not part of the national number; without it
    // the number is the whole candidate, whose prefix Split has already stepped over.
    private static int LongestNumberEnd(ReadOnlySpan<char> candidate, ReadOnlySpan<Group> groups, bool trunkZero)
    {
        var first = groups[0];
        var numberStart = trunkZero ? first.Start : 0;
        var firstDigits = trunkZero ? first.Digits - 1 : first.Digits;
        var areaCode = trunkZero ? first.Start + 1 : first.Start;
        if (firstDigits == 0
            || candidate[areaCode] == '0'
            || (firstDigits == 1 && candidate[areaCode] is not ('2' or '3' or '5' or '6' or '8' or '9')))
        {
            return 0;
        }

        var best = 0;
        var digits = 0;
        for (var g = 0; g < groups.Length; g++)
        {
            if (g > 0 && groups[g].Digits < 2)
            {
                break;
            }

            digits += g == 0 ? firstDigits : groups[g].Digits;
            if (digits > MaxNationalDigits)
            {
                break;
            }

            var end = groups[g].Start + groups[g].Digits;
            if (digits >= MinNationalDigits
                && (groups[g].SeparatorAfter is ' ' or '\0')
                && !LooksLikeIdentityCode(candidate[numberStart..end]))
            {
                best = end;
            }
        }

        return best;
    }

    // Splits a candidate into its digit groups, starting with the first digit of the national number.
    private static ReadOnlySpan<Group> Split(ReadOnlySpan<char> candidate, char separatorAfterCandidate, Span<Group> buffer)
    {
        var i = StartOfNationalNumber(candidate);
        var count = 0;
        while (i < candidate.Length && count < buffer.Length)
        {
            var groupStart = i;
            while (i < candidate.Length && char.IsAsciiDigit(candidate[i]))
            {
                i++;
            }

            var separator = i < candidate.Length ? candidate[i] : separatorAfterCandidate;
            buffer[count++] = new Group(groupStart, i - groupStart, separator);

            if (i < candidate.Length && candidate[i] == ')')
            {
                i++;
            }

            if (i < candidate.Length && (candidate[i] is ' ' or '-'))
            {
                i++;
            }
        }

        return buffer[..count];
    }

    private static int StartOfNationalNumber(ReadOnlySpan<char> candidate)
    {
        if (candidate[0] == '(')
        {
            return 2;
        }

        if (candidate[0] != '+' && candidate[1] != '0')
        {
            return 1;
        }

        var i = candidate[0] == '+' ? 4 : 5;
        if (candidate[i] is ' ' or '-')
        {
            i++;
        }

        if (candidate[i] == '(')
        {
            i += 3;
            if (candidate[i] is ' ' or '-')
            {
                i++;
            }
        }
        else if (candidate[i] == '0')
        {
            i++;
        }

        return i;
    }

    // What follows the candidate decides whether its last group may end a number: a dash joining more letters or
    // digits (a business id, a malformed identity code) means the candidate is only part of something else. '\0'
    // stands for "may end here".
    private static char SeparatorAfterCandidate(ReadOnlySpan<char> rest, int candidateLength)
    {
        if (candidateLength + 1 < rest.Length && rest[candidateLength] == '-' && char.IsLetterOrDigit(rest[candidateLength + 1]))
        {
            return '-';
        }

        return '\0';
    }

    // DDMMYY-ZZZQ with a digit as Q: a mistyped identity code, never a phone number written that way.
    private static bool LooksLikeIdentityCode(ReadOnlySpan<char> number) =>
        number.Length == PersonalIdentityCode.CodeLength
        && number[6] == '-'
        && !number[..6].ContainsAnyExceptInRange('0', '9')
        && !number[7..].ContainsAnyExceptInRange('0', '9');

    // One digit group: where it starts in the candidate, how many digits it has, and the character after it (a space,
    // a dash, a closing parenthesis, or '\0' when the candidate may end there).
    private readonly record struct Group(int Start, int Digits, char SeparatorAfter);
}
