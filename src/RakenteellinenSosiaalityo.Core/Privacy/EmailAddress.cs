using System.Collections.Frozen;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Reads e-mail addresses (fi: sähköpostiosoite) in folded text (see <see cref="ScanText"/>) for
/// <see cref="PersonalDataScanner"/>, obfuscated ones included.
/// </summary>
/// <remarks>
/// <para>An address is a local part (letters of any script, digits and <c>. _ % + ' -</c>, of any length), an at sign
/// and a domain of at least two labels whose last label starts with at least two letters (the top-level domain).
/// Where the top-level domain runs into a digit or a dash (<c>matti@ekhva.fi131052-308T</c>) the address ends with its
/// letters, so what follows is read on its own.</para>
/// <para>The at sign may be <c>@</c> (full-width and small forms fold to it), with up to two spaces on either side, or
/// written out: <c>(at)</c>, <c>[at]</c>, <c>{at}</c>, <c>&lt;at&gt;</c>, <c>(a)</c> or <c>(ät)</c>, and, between spaces,
/// the word <c>at</c> or <c>ät</c>. A dot in the domain may be <c>.</c> or written out: <c>(dot)</c>, <c>[dot]</c>,
/// <c>(piste)</c>, or the words <c>dot</c> or <c>piste</c> between spaces.</para>
/// <para>Not addresses: <c>icon@2x.png</c> and other names whose "top-level domain" is a common file extension (none of
/// them is a real top-level domain), and, where the at sign is the bare word <c>at</c>, anything whose top-level
/// domain is not a common one (<c>fi</c>, <c>com</c>, ...), so English prose ("meet at school.Then") is left alone.</para>
/// </remarks>
internal static class EmailAddress
{
    private const int MaxLabelLength = 63;
    private const int MaxLabels = 9;
    private const int MaxSpacesAroundAt = 2;

    private static readonly FrozenSet<string> FileExtensions = new[]
    {
        "png", "jpg", "jpeg", "gif", "svg", "webp", "bmp", "tif", "tiff", "ico", "heic", "avif", "pdf", "doc", "docx",
        "xls", "xlsx", "ppt", "pptx", "odt", "ods", "odp", "rtf", "txt", "csv", "json", "xml", "htm", "html", "mp3",
        "mp4", "wav", "avi", "mkv", "webm", "psd", "eps",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenSet<string> CommonTopLevelDomains = new[]
    {
        "fi", "ax", "se", "no", "dk", "is", "ee", "de", "uk", "eu", "com", "net", "org", "info", "io", "biz", "nu",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    private static readonly string[] WrittenAts = ["at", "ät", "a"];

    private static readonly string[] WrittenDots = ["dot", "piste"];

    /// <summary>Whether an at sign, plain or written out, may be at <paramref name="i"/>.</summary>
    public static bool MayBeAtSign(ReadOnlySpan<char> text, int i) => text[i] is '@' or '(' or '[' or '{' or '<' or ' ';

    /// <summary>
    /// The address around the at sign at <paramref name="at"/>, as (start, end) in the text, or (0, 0) when there is none.
    /// </summary>
    public static (int Start, int End) MatchAround(ReadOnlySpan<char> text, int at)
    {
        var atEnd = AtSignEnd(text, at, out var bareWord);
        if (atEnd == 0)
        {
            return default;
        }

        // A written-out word stands between spaces already; any other at sign may have up to two spaces before it.
        var localEnd = at;
        while (!bareWord && localEnd > 0 && at - localEnd < MaxSpacesAroundAt && text[localEnd - 1] == ' ')
        {
            localEnd--;
        }

        var localStart = localEnd;
        while (localStart > 0 && IsLocalChar(text[localStart - 1]))
        {
            localStart--;
        }

        while (localStart < localEnd && text[localStart] == '.')
        {
            localStart++;
        }

        if (localStart == localEnd)
        {
            return default;
        }

        var domainStart = bareWord ? atEnd : PersonalDataPatterns.SkipSpaces(text, atEnd, MaxSpacesAroundAt);
        var end = DomainEnd(text, domainStart, bareWord);
        return end == 0 ? default : (localStart, end);
    }

    // Where the at sign starting at i ends, or 0. bareWord: written as a word between spaces.
    private static int AtSignEnd(ReadOnlySpan<char> text, int i, out bool bareWord)
    {
        bareWord = false;
        switch (text[i])
        {
            case '@':
                return i + 1;
            case '(' or '[' or '{' or '<':
                var close = text[i] switch { '(' => ')', '[' => ']', '{' => '}', _ => '>' };
                var inside = PersonalDataPatterns.SkipSpaces(text, i + 1, 1);
                foreach (var word in WrittenAts)
                {
                    if (PersonalDataPatterns.HasAt(text, inside, word))
                    {
                        var after = PersonalDataPatterns.SkipSpaces(text, inside + word.Length, 1);
                        return after < text.Length && text[after] == close ? after + 1 : 0;
                    }
                }

                return 0;
            default:
                // " at " between words; " a " is too common a word to stand for an at sign.
                for (var w = 0; w < 2; w++)
                {
                    var word = WrittenAts[w];
                    var after = i + 1 + word.Length;
                    if (after < text.Length && text[after] == ' ' && PersonalDataPatterns.HasAt(text, i + 1, word))
                    {
                        bareWord = true;
                        return after + 1;
                    }
                }

                return 0;
        }
    }

    // The end of the domain from start: labels separated by dots, the last one starting with two letters; or 0.
    private static int DomainEnd(ReadOnlySpan<char> text, int start, bool bareWord)
    {
        Span<(int Start, int End)> labels = stackalloc (int, int)[MaxLabels];
        var count = 0;
        var i = start;
        while (count < MaxLabels)
        {
            var labelEnd = i;
            while (labelEnd < text.Length && labelEnd - i < MaxLabelLength && IsLabelChar(text[labelEnd]))
            {
                labelEnd++;
            }

            if (labelEnd == i || text[i] == '-')
            {
                break;
            }

            labels[count++] = (i, labelEnd);
            var next = DotEnd(text, labelEnd);
            if (next == 0 || next >= text.Length || !char.IsLetterOrDigit(text[next]))
            {
                break;
            }

            i = next;
        }

        for (var k = count - 1; k >= 1; k--)
        {
            var letters = labels[k].Start;
            while (letters < labels[k].End && char.IsLetter(text[letters]))
            {
                letters++;
            }

            if (letters - labels[k].Start < 2)
            {
                continue;
            }

            // An extension with digits (mp3, mp4) is compared whole: its letters alone are no extension.
            var topLevel = text[labels[k].Start..letters].ToString();
            if (FileExtensions.Contains(topLevel)
                || FileExtensions.Contains(text[labels[k].Start..labels[k].End].ToString())
                || (bareWord && !CommonTopLevelDomains.Contains(topLevel)))
            {
                return 0;
            }

            return letters;
        }

        return 0;
    }

    // Where a dot, plain or written out, starting at i ends, or 0.
    private static int DotEnd(ReadOnlySpan<char> text, int i)
    {
        if (i >= text.Length)
        {
            return 0;
        }

        if (text[i] == '.')
        {
            return i + 1;
        }

        var open = PersonalDataPatterns.SkipSpaces(text, i, 1);
        if (open >= text.Length)
        {
            return 0;
        }

        if (text[open] is '(' or '[' or '{')
        {
            var close = text[open] switch { '(' => ')', '[' => ']', _ => '}' };
            var inside = PersonalDataPatterns.SkipSpaces(text, open + 1, 1);
            foreach (var word in WrittenDots)
            {
                if (PersonalDataPatterns.HasAt(text, inside, word))
                {
                    var after = PersonalDataPatterns.SkipSpaces(text, inside + word.Length, 1);
                    return after < text.Length && text[after] == close ? PersonalDataPatterns.SkipSpaces(text, after + 1, 1) : 0;
                }
            }

            return 0;
        }

        if (open == i + 1)
        {
            foreach (var word in WrittenDots)
            {
                var after = open + word.Length;
                if (after < text.Length && text[after] == ' ' && PersonalDataPatterns.HasAt(text, open, word))
                {
                    return after + 1;
                }
            }
        }

        return 0;
    }

    private static bool IsLocalChar(char c) => char.IsLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '\'' or '-';

    private static bool IsLabelChar(char c) => char.IsLetterOrDigit(c) || c == '-';
}
