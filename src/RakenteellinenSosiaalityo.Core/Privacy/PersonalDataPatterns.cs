namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// The one boundary rule of <see cref="PersonalDataScanner"/> (what may stand before and after a finding) and the
/// character classes its readers share. Every reader works on <see cref="ScanText"/>, where typography is already
/// folded.
/// </summary>
/// <remarks>
/// <para>The boundary rule: <b>nothing next to personal data hides it.</b> A finding may start and end next to a
/// letter, a digit, punctuation or a redaction marker; what ends a finding is its own grammar (a number ends where its
/// digits and separators end, an e-mail domain where its labels end), never what stands next to it.</para>
/// <para>The one thing a neighbour changes: a digit glued to a number that has no check character of its own (a phone
/// number, a postal code) continues that number, because nobody can tell where a phone number in
/// <c>12040 123 4567</c> would start, and digits joined by <c>-</c>, <c>.</c>, <c>/</c>, <c>+</c> or a single letter
/// are one number or code too (<c>2025-01-15</c>, <c>310919F0658</c>). The exception is a date whose year has four digits (<c>1.12.2025040 123 4567</c>): a year has
/// exactly four digits, so what follows it starts afresh. Identity codes carry a check character and are found among
/// any neighbours, digits included.</para>
/// <para>Every reader looks at a bounded number of characters from where it starts, except the local part of an
/// e-mail address, which is read back to the previous character that cannot be in one (an <c>@</c> among them), so a
/// whole scan is linear in the length of the text and needs no timeout.</para>
/// </remarks>
internal static class PersonalDataPatterns
{
    /// <summary>The most spaces (after folding: tabs, no-break and thin spaces) that may separate two digit groups.</summary>
    public const int MaxSpacesBetweenGroups = 3;

    /// <summary>Whether <paramref name="c"/> is an ASCII digit (every digit is ASCII after folding).</summary>
    public static bool IsDigit(char c) => char.IsAsciiDigit(c);

    /// <summary>Whether <paramref name="c"/> joins two digit groups into one number when written without spaces.</summary>
    public static bool IsTightJoiner(char c) => c is '-' or '.' or '/';

    /// <summary>
    /// Whether a number starting at <paramref name="start"/> would only continue a number written before it: a digit
    /// right before it (unless a date with a four-digit year ends right there), or a digit and one joiner (<c>-</c>,
    /// <c>.</c>, <c>/</c>), plus sign or letter (<c>050610+0475</c>, <c>310919F0658</c> are one code each).
    /// </summary>
    public static bool ContinuesNumber(ReadOnlySpan<char> text, int start)
    {
        if (start == 0)
        {
            return false;
        }

        var before = text[start - 1];
        if (IsDigit(before))
        {
            return !DateEndsAt(text, start);
        }

        // 2025-01-15, 050610+0475, 310919F0658: joined to the digits before by a joiner, a plus or one letter.
        return (IsTightJoiner(before) || before == '+' || char.IsLetter(before)) && start >= 2 && IsDigit(text[start - 2]);
    }

    /// <summary>
    /// Whether the text just before <paramref name="end"/> is a date written <c>d.m.yyyy</c> (also with <c>-</c> or
    /// <c>/</c>) with a valid day and month and a four-digit year, not itself glued to a digit before it.
    /// </summary>
    public static bool DateEndsAt(ReadOnlySpan<char> text, int end)
    {
        var i = end - 4;
        if (i < 4 || !AllDigits(text.Slice(i, 4)) || !IsTightJoiner(text[i - 1]))
        {
            return false;
        }

        var joiner = text[i - 1];
        var monthEnd = i - 1;
        var monthStart = DigitsStart(text, monthEnd, 2);
        if (monthStart == monthEnd || monthStart < 2 || text[monthStart - 1] != joiner)
        {
            return false;
        }

        var dayEnd = monthStart - 1;
        var dayStart = DigitsStart(text, dayEnd, 2);
        if (dayStart == dayEnd || (dayStart > 0 && IsDigit(text[dayStart - 1])))
        {
            return false;
        }

        return IsDayAndMonth(Value(text[dayStart..dayEnd]), Value(text[monthStart..monthEnd]));
    }

    /// <summary>Whether <paramref name="day"/> and <paramref name="month"/> can be a day of a month.</summary>
    public static bool IsDayAndMonth(int day, int month) => day is >= 1 and <= 31 && month is >= 1 and <= 12;

    /// <summary>The value of a short run of ASCII digits.</summary>
    public static int Value(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            value = (value * 10) + (c - '0');
        }

        return value;
    }

    /// <summary>Whether every character of <paramref name="s"/> is an ASCII digit.</summary>
    public static bool AllDigits(ReadOnlySpan<char> s) => !s.ContainsAnyExceptInRange('0', '9');

    /// <summary>Steps over at most <paramref name="max"/> spaces from <paramref name="i"/>.</summary>
    public static int SkipSpaces(ReadOnlySpan<char> text, int i, int max)
    {
        var end = Math.Min(text.Length, i + max);
        while (i < end && text[i] == ' ')
        {
            i++;
        }

        return i;
    }

    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/> at <paramref name="i"/>, ignoring ASCII case.</summary>
    public static bool HasAt(ReadOnlySpan<char> text, int i, string word) =>
        i >= 0 && i + word.Length <= text.Length && text.Slice(i, word.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    // Where a run of at most max digits ending at end starts.
    private static int DigitsStart(ReadOnlySpan<char> text, int end, int max)
    {
        var start = end;
        while (start > 0 && end - start < max && IsDigit(text[start - 1]))
        {
            start--;
        }

        return start;
    }
}
