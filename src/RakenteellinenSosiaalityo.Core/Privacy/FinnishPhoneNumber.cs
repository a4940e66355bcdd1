using System.Collections.Frozen;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Reads Finnish phone numbers (fi: puhelinnumero) in folded text (see <see cref="ScanText"/>) for
/// <see cref="PersonalDataScanner"/>.
/// </summary>
/// <remarks>
/// <para>Prefixes: a trunk <c>0</c>, an area code in parentheses <c>(09)</c>, or the country code written
/// <c>+358</c>, <c>00358</c>, <c>00 358</c>, <c>(+358)</c> or <c>358</c>, then optionally <c>(0)</c>, a lone
/// <c>0</c>, a trunk 0 written by mistake, or the area code in parentheses <c>(40)</c>. Digit groups are separated by
/// one to three spaces (tabs and typographic spaces included), by <c>-</c> or <c>/</c> with or without spaces around,
/// or by <c>.</c> with no space around.</para>
/// <para>The national significant number (the digits after the trunk 0 or the country code 358) has 6 to 10 digits.
/// A one-digit area code is one of 2, 3, 5, 6, 8 and 9, the only ones Finland has. Digit groups after the first have
/// at least two digits, which keeps business ids such as <c>0112038-9</c> out.</para>
/// <para>A number may end only where a separator with a space in it follows, or where the digits and separators end:
/// digits joined by <c>-</c>, <c>.</c> or <c>/</c> alone are one thing that either is a number or is not. A dash or
/// slash with spaces around joins groups until the number has six digits (<c>040 - 123 4567</c>); after that it joins
/// only a number written with that separator between all its groups, the one after an area code in parentheses aside
/// (<c>050 - 8702 - 6776</c>, <c>040 / 123 / 4567</c>), and otherwise ends it, because such a separator also sets a
/// number apart from a count after it (<c>0400-1375 – 11 kpl</c>, <c>040 123 456 / 12 kpl</c>). So
/// <c>+358 (40) 1234 - 567</c>, with six digits before its one spaced separator, is found without <c>- 567</c>: it
/// has the shape of <c>(09) 123456 – 11 kpl</c>. A trunk 0 after a spaced separator starts a new number only when it begins a
/// plausible number of its own (<c>040 123 4567 / 050 765 4321</c>, but <c>050 - 8702 - 0776</c> is one).</para>
/// <para>Not numbers, although they have the shape: a date <c>05-06-2025</c> (a number that starts with day, month and
/// four-digit year), a register number <c>014/2025</c> or <c>Dnro 014-2025</c> (two groups, the first of at most three digits, the second
/// a year 1900–2099, joined by a slash or by a dash after a register word: dnro, diaarinumero, asianumero, nro, ..., with any
/// spaces and a colon or full stop between, <c>Dnro:  014-2025</c>), a list of week or
/// month numbers (three or more groups of one or two digits from a trunk 0 on, each a week number one to four above
/// the one before: <c>05 06 07</c>), a time of day or a time range (<c>09.30–10.30</c>), a
/// list of postal codes (two or more groups of exactly five digits from a trunk 0 on), and a mistyped identity code <c>DDMMYY-ZZZQ</c> with a digit as Q. Bank accounts
/// (IBAN) and RF creditor references are taken out before numbers are read (<see cref="BankReference"/>).</para>
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

    // Enough for a number of five groups followed by the start of another, and for a list long enough to be seen as one.
    private const int MaxGroups = 9;

    // More digits in one group than any number has: reading stops there.
    private const int MaxGroupDigits = 11;

    // Enough digits for a number, the start of the next one, and the trunk zeros.
    private const int MaxDigitsRead = (2 * MaxNationalDigits) + 3;

    private static readonly FrozenSet<string> RegisterWords = new[]
    {
        "dnro", "dno", "diaarinro", "diaarinumero", "asianro", "asianumero", "asiano", "nro", "diarienr", "ärendenr",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private enum After
    {
        // The digits and separators end here.
        End,

        // Spaces follow: a number may end here.
        Loose,

        // A dash or slash with spaces around follows (040 - 123 4567): a number may end here or go on; a trunk 0 after it
        // may start another number (040 123 4567 / 050 765 4321).
        Spaced,

        // -, . or / follows with no space: the next group belongs to the same thing.
        Tight,
    }

    /// <summary>Whether a phone number may start at <paramref name="start"/> (its first character and what is before it).</summary>
    public static bool MayStartAt(ReadOnlySpan<char> text, int start) =>
        text[start] is '+' or '(' or '0' or '3' && !PersonalDataPatterns.ContinuesNumber(text, start);

    /// <summary>The length of the longest plausible phone number at <paramref name="start"/>, or 0 when there is none.</summary>
    public static int MatchAt(ReadOnlySpan<char> text, int start)
    {
        var national = NationalStart(text, start, out var trunkZero);
        if (national < 0)
        {
            return 0;
        }

        Span<Group> buffer = stackalloc Group[MaxGroups];
        var groups = Read(text, national, trunkZero, buffer);
        if (groups.Length == 0)
        {
            return 0;
        }

        var end = Plausible(text, groups, trunkZero);
        return end == 0 ? 0 : end - start;
    }

    // Where the national number's first group starts (the trunk 0 included when trunkZero), or -1 for no prefix.
    private static int NationalStart(ReadOnlySpan<char> text, int start, out bool trunkZero)
    {
        trunkZero = false;
        var i = start;
        if (text[i] == '+')
        {
            i = PersonalDataPatterns.SkipSpaces(text, i + 1, 1);
            return PersonalDataPatterns.HasAt(text, i, "358") ? AfterCountryCode(text, i + 3) : -1;
        }

        if (text[i] == '(')
        {
            var inside = PersonalDataPatterns.SkipSpaces(text, i + 1, 1);
            if (PersonalDataPatterns.HasAt(text, inside, "+358"))
            {
                var close = PersonalDataPatterns.SkipSpaces(text, inside + 4, 1);
                return close < text.Length && text[close] == ')' ? AfterCountryCode(text, close + 1) : -1;
            }

            // (09) 1234 5678: the trunk 0 inside the parentheses.
            trunkZero = true;
            return inside == i + 1 && inside < text.Length && text[inside] == '0' ? i : -1;
        }

        if (PersonalDataPatterns.HasAt(text, i, "00"))
        {
            var code = PersonalDataPatterns.SkipSpaces(text, i + 2, 1);
            if (PersonalDataPatterns.HasAt(text, code, "358"))
            {
                return AfterCountryCode(text, code + 3);
            }
        }

        if (PersonalDataPatterns.HasAt(text, i, "358"))
        {
            return AfterCountryCode(text, i + 3);
        }

        trunkZero = text[i] == '0';
        return trunkZero ? i : -1;
    }

    // After 358: a separator, then (0), (40), a lone 0 or a mistaken trunk 0, then the national number.
    private static int AfterCountryCode(ReadOnlySpan<char> text, int i)
    {
        i = PersonalDataPatterns.SkipSpaces(text, i, PersonalDataPatterns.MaxSpacesBetweenGroups);
        if (i < text.Length && text[i] == '-')
        {
            i = PersonalDataPatterns.SkipSpaces(text, i + 1, PersonalDataPatterns.MaxSpacesBetweenGroups);
        }

        if (i >= text.Length)
        {
            return -1;
        }

        if (PersonalDataPatterns.HasAt(text, i, "(0)"))
        {
            i = SkipSeparator(text, i + 3, out _);
        }
        else if (text[i] == '(')
        {
            // +358 (40) 123 4567: the area code in parentheses, without the trunk 0.
            return i + 1 < text.Length && PersonalDataPatterns.IsDigit(text[i + 1]) ? i : -1;
        }
        else if (text[i] == '0')
        {
            // +358 0 40 ... or +358 040 ...: the trunk 0 written anyway.
            i = SkipSeparator(text, i + 1, out _);
        }

        return i < text.Length && PersonalDataPatterns.IsDigit(text[i]) ? i : -1;
    }

    // Steps over a separator between two digit groups when a digit follows it; otherwise stays at i.
    private static int SkipSeparator(ReadOnlySpan<char> text, int i, out After kind)
    {
        kind = After.End;
        var j = PersonalDataPatterns.SkipSpaces(text, i, PersonalDataPatterns.MaxSpacesBetweenGroups);
        if (j < text.Length && PersonalDataPatterns.IsTightJoiner(text[j]))
        {
            // A full stop joins groups only with no space around it: "309. 321" is a sentence ending, not a number.
            var joiner = j;
            j = PersonalDataPatterns.SkipSpaces(text, j + 1, PersonalDataPatterns.MaxSpacesBetweenGroups);
            if (text[joiner] == '.' && j - i > 1)
            {
                return i;
            }

            kind = j - i > 1 ? After.Spaced : After.Tight;
        }
        else
        {
            kind = After.Loose;
        }

        if (j == i || j >= text.Length || !PersonalDataPatterns.IsDigit(text[j]))
        {
            kind = After.End;
            return i;
        }

        return j;
    }

    // Reads the digit groups from the national number's start; a group in parentheses ends with its ')'.
    private static ReadOnlySpan<Group> Read(ReadOnlySpan<char> text, int i, bool trunkZero, Span<Group> buffer)
    {
        var count = 0;
        var digits = 0;
        var inParentheses = i < text.Length && text[i] == '(';
        if (inParentheses)
        {
            i++;
        }

        while (count < buffer.Length && i < text.Length && PersonalDataPatterns.IsDigit(text[i]))
        {
            var groupStart = i;
            while (i < text.Length && PersonalDataPatterns.IsDigit(text[i]) && i - groupStart <= MaxGroupDigits)
            {
                i++;
            }

            var after = After.End;
            if (inParentheses)
            {
                inParentheses = false;
                // An area code: the trunk 0 and at most four digits; a whole number in parentheses is read from its 0.
                if (i >= text.Length || text[i] != ')' || count > 0 || i - groupStart > 5)
                {
                    return [];
                }

                i++;
                var next = SkipSeparator(text, i, out _);
                after = next < text.Length && PersonalDataPatterns.IsDigit(text[next]) ? After.Loose : After.End;
                buffer[count++] = new Group(groupStart, i - 1 - groupStart, after);
                i = next;
                continue;
            }

            // A later group of one digit ends every reading (groups after the first have two digits or more), so
            // reading stops there; as it does once the groups hold more digits than two numbers can.
            if (count > 0 && i - groupStart < 2)
            {
                break;
            }

            var following = SkipSeparator(text, i, out after);
            buffer[count++] = new Group(groupStart, i - groupStart, after);
            digits += i - groupStart;
            if (following == i || digits > MaxDigitsRead)
            {
                break;
            }

            i = following;
        }

        if (count > 0 && trunkZero && text[buffer[0].Start] != '0')
        {
            return [];
        }

        // A date, a range of years, a statute number or an identity code's shape later on, set apart by a space, is
        // something else: the number, if any, ends before it. Groups joined by -, . or / alone are one thing, judged
        // whole, so a shape inside it (015-2098-2052 holds "2098-2052") cuts nothing. (Whether a trunk 0 after a
        // separator starts another number is decided by Plausible, which sees both readings.)
        for (var g = 1; g < count; g++)
        {
            if (buffer[g - 1].After == After.Tight)
            {
                continue;
            }

            var rest = buffer[g..count];
            if (StartsWithDate(text, rest)
                || StartsWithIsoDate(text, rest)
                || StartsWithYears(text, rest)
                || StartsWithStatute(text, rest)
                || LooksLikeIdentityCode(text, rest))
            {
                buffer[g - 1] = buffer[g - 1] with { After = After.End };
                count = g;
                break;
            }
        }

        return buffer[..count];
    }

    // The end (in text) of the phone number the groups hold, or 0.
    private static int Plausible(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups, bool trunkZero)
    {
        for (var g = 1; g < groups.Length; g++)
        {
            if (groups[g - 1].After is not (After.Loose or After.Spaced) || text[groups[g].Start] != '0')
            {
                continue;
            }

            // The next number is whole before any spaced dash or slash, which never joins a number's first groups
            // to a count or a year after it.
            var nextEnd = LongestNumberEnd(text, groups[g..], trunkZero: true, stopAtSpaced: true);
            if (nextEnd == 0)
            {
                continue;
            }

            var before = LongestNumberEnd(text, groups[..g], trunkZero);
            if (before > 0)
            {
                return before;
            }

            // No number ends before the next one starts, so any number from here runs into it.
            var fromStart = LongestNumberEnd(text, groups, trunkZero);
            return fromStart == 0 ? 0 : Math.Max(fromStart, nextEnd);
        }

        return LongestNumberEnd(text, groups, trunkZero);
    }

    // The end of the longest run of whole groups from groups[0] that is a plausible number, or 0. With trunkZero the
    // first group starts with the trunk 0, which is not part of the national number.
    private static int LongestNumberEnd(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups, bool trunkZero, bool stopAtSpaced = false)
    {
        var first = groups[0];
        var firstDigits = trunkZero ? first.Digits - 1 : first.Digits;
        var areaCode = trunkZero ? first.Start + 1 : first.Start;
        if (firstDigits == 0
            || text[areaCode] == '0'
            || (firstDigits == 1 && text[areaCode] is not ('2' or '3' or '5' or '6' or '8' or '9'))
            || (trunkZero && (StartsWithDate(text, groups) || StartsWithTime(text, groups))))
        {
            return 0;
        }

        var best = 0;
        var digits = 0;
        var listGroups = 0;
        var postalGroups = 0;
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

            listGroups += IsNextInList(text, groups, g) ? 1 : 0;
            postalGroups += groups[g].Digits == 5 ? 1 : 0;
            var count = g + 1;
            if (digits >= MinNationalDigits
                && groups[g].After != After.Tight
                && !(trunkZero && count >= 3 && listGroups == count)
                && !(trunkZero && count >= 2 && postalGroups == count)
                && !(trunkZero && count == 2 && IsRegisterNumber(text, groups))
                && !LooksLikeIdentityCode(text, groups))
            {
                best = groups[g].Start + groups[g].Digits;
            }

            if (groups[g].After == After.Spaced && (stopAtSpaced || (digits >= MinNationalDigits && !SpacedThroughout(text, groups, g))))
            {
                break;
            }
        }

        return best;
    }

    // Whether the same spaced dash or slash as the one after groups[g] also joins every group before it (050 - 8702 -
    // 6776), the separator after an area code in parentheses aside: a number written that way goes on through it, while
    // after one group alone or groups joined otherwise it sets the number apart from a count (0400-1375 – 11 kpl). The
    // residual ambiguity: +358 (40) 1234 - 567 (one spaced separator inside the subscriber number) has the shape of
    // (09) 123456 – 11 kpl and ends before the separator.
    private static bool SpacedThroughout(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups, int g)
    {
        var first = groups[0];
        var from = first.Start > 0 && text[first.Start - 1] == '(' && text[first.Start + first.Digits] == ')' ? 1 : 0;
        if (g <= from)
        {
            return false;
        }

        var joiner = JoinerAfter(text, groups[g]);
        for (var k = from; k < g; k++)
        {
            if (groups[k].After != After.Spaced || JoinerAfter(text, groups[k]) != joiner)
            {
                return false;
            }
        }

        return true;
    }

    // The dash or slash of a spaced separator after a group (the spaces before it skipped).
    private static char JoinerAfter(ReadOnlySpan<char> text, Group group)
    {
        var i = PersonalDataPatterns.SkipSpaces(text, group.Start + group.Digits, PersonalDataPatterns.MaxSpacesBetweenGroups);
        return i < text.Length ? text[i] : '\0';
    }

    // 05-06-2025, 05.06.2025, 05/06/2025: day, month and a four-digit year joined by the same separator.
    private static bool StartsWithDate(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups) =>
        groups.Length >= 3
        && groups[0].After == After.Tight
        && groups[1].After == After.Tight
        && groups[0].Digits <= 2
        && groups[1].Digits <= 2
        && groups[2].Digits == 4
        && ValueOf(text, groups[2]) is >= 1800 and <= 2099
        && PersonalDataPatterns.IsDayAndMonth(ValueOf(text, groups[0]), ValueOf(text, groups[1]));

    // 2025-01-15: a year 1900-2099, month and day joined by dashes.
    private static bool StartsWithIsoDate(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups) =>
        groups.Length >= 3
        && groups[0].After == After.Tight
        && groups[1].After == After.Tight
        && groups[0].Digits == 4
        && groups[1].Digits == 2
        && groups[2].Digits == 2
        && ValueOf(text, groups[0]) is >= 1900 and <= 2099
        && PersonalDataPatterns.IsDayAndMonth(ValueOf(text, groups[2]), ValueOf(text, groups[1]));

    // 2024-2025: a range of years.
    private static bool StartsWithYears(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups) =>
        groups.Length >= 2
        && groups[0].After == After.Tight
        && groups[0].Digits == 4
        && groups[1].Digits == 4
        && ValueOf(text, groups[0]) is >= 1900 and <= 2099
        && ValueOf(text, groups[1]) is >= 1900 and <= 2099;

    // 1301/2014: a number and the year, as statutes and register numbers are written.
    private static bool StartsWithStatute(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups) =>
        groups.Length >= 2
        && groups[0].After == After.Tight
        && text[groups[0].Start + groups[0].Digits] == '/'
        && groups[0].Digits <= 4
        && groups[1].Digits == 4
        && ValueOf(text, groups[1]) is >= 1900 and <= 2099;

    // 09.30: hours and minutes joined by a full stop, as Finnish writes the time of day.
    private static bool StartsWithTime(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups) =>
        groups.Length >= 2
        && groups[0].After == After.Tight
        && text[groups[0].Start + groups[0].Digits] == '.'
        && groups[0].Digits <= 2
        && groups[1].Digits == 2
        && ValueOf(text, groups[0]) <= 23
        && ValueOf(text, groups[1]) <= 59;

    // 05 06 07 08: each group one or two digits, a week number (at most 53) a little above the one before it.
    private static bool IsNextInList(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups, int g)
    {
        if (groups[g].Digits > 2 || ValueOf(text, groups[g]) > 53)
        {
            return false;
        }

        return g == 0 || (ValueOf(text, groups[g]) - ValueOf(text, groups[g - 1])) is >= 1 and <= 4;
    }

    // 014/2025, or Dnro 014-2025: a number of at most three digits and a year 1900-2099, as register and case numbers
    // are written (a mobile prefix such as 0400 has four). With a dash only after a register word, because 050-2004
    // is a phone number too.
    private static bool IsRegisterNumber(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups)
    {
        var first = groups[0];
        if (first.After != After.Tight || first.Digits > 3 || groups[1].Digits != 4 || ValueOf(text, groups[1]) is < 1900 or > 2099)
        {
            return false;
        }

        if (text[first.Start + first.Digits] == '/')
        {
            return true;
        }

        // The word may stand apart by spaces, as many as pasted text has, and a colon or full stop (Dnro:  014-2025).
        var wordEnd = SkipSpacesBack(text, first.Start);
        if (wordEnd > 0 && text[wordEnd - 1] is ':' or '.')
        {
            wordEnd = SkipSpacesBack(text, wordEnd - 1);
        }

        var wordStart = wordEnd;
        while (wordStart > 0 && wordEnd - wordStart < 16 && char.IsLetter(text[wordStart - 1]))
        {
            wordStart--;
        }

        return RegisterWords.Contains(text[wordStart..wordEnd].ToString());
    }

    // Where the run of spaces that ends at end starts.
    private static int SkipSpacesBack(ReadOnlySpan<char> text, int end)
    {
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        return end;
    }

    // Six digits, a century sign, three digits and a check character: an identity code, perhaps mistyped (a wrong date
    // or check character), never a phone number written that way.
    private static bool LooksLikeIdentityCode(ReadOnlySpan<char> text, ReadOnlySpan<Group> groups)
    {
        var start = groups[0].Start;
        return groups[0].Digits == 6
            && start + 11 <= text.Length
            && char.IsAsciiLetterOrDigit(text[start + 10])
            && text[start + 6] is '-' or '+' or (>= 'A' and <= 'F') or (>= 'U' and <= 'Y') or (>= 'a' and <= 'f') or (>= 'u' and <= 'y')
            && PersonalDataPatterns.AllDigits(text.Slice(start + 7, 3));
    }

    private static int ValueOf(ReadOnlySpan<char> text, Group group) =>
        PersonalDataPatterns.Value(text.Slice(group.Start, group.Digits));

    // One digit group: where it starts, how many digits it has, and what follows it.
    private readonly record struct Group(int Start, int Digits, After After);
}
