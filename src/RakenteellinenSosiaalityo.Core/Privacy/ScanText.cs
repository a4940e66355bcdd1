using System.Globalization;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Text as the personal-data scanner reads it: typography folded to plain ASCII forms, invisible formatting characters
/// left out, and for every character the position it came from in the original text.
/// </summary>
/// <remarks>
/// <para>What text pasted from Word, Outlook or a web page carries, and what it becomes here:</para>
/// <list type="bullet">
/// <item>Invisible formatting characters (Unicode category Cf: soft hyphen, zero-width space, zero-width joiner and
/// non-joiner, word joiner, byte-order mark, direction marks) are left out, so they can split nothing.</item>
/// <item>Every space character (no-break, narrow no-break, thin, figure, ideographic, ... and the tab) becomes a
/// space. Line breaks stay line breaks.</item>
/// <item>Every dash (hyphen, non-breaking hyphen, figure dash, en and em dash, minus sign, small and full-width
/// hyphen-minus) becomes <c>-</c>.</item>
/// <item>Full-width forms (<c>＠</c>, <c>＋</c>, full-width digits and letters) and the small commercial at become their
/// ASCII forms; every other decimal digit (Arabic-Indic, Devanagari, ...) becomes its ASCII digit.</item>
/// </list>
/// <para>The folding maps one character to one character or to none, so a finding in the folded text maps back to a
/// span of the original text that holds everything in between, left-out characters included.</para>
/// </remarks>
internal sealed class ScanText
{
    private readonly char[] chars;

    // Null when nothing was left out: then a position is its own origin.
    private readonly int[]? origins;

    private ScanText(char[] chars, int[]? origins)
    {
        this.chars = chars;
        this.origins = origins;
    }

    /// <summary>The folded text.</summary>
    public ReadOnlySpan<char> Chars => chars;

    /// <summary>The number of characters of the folded text.</summary>
    public int Length => chars.Length;

    /// <summary>Folds <paramref name="text"/>.</summary>
    public static ScanText Of(string text)
    {
        var chars = new char[text.Length];
        int[]? origins = null;
        var count = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c < 0x80)
            {
                chars[count] = c == '\t' ? ' ' : c;
                if (origins is not null)
                {
                    origins[count] = i;
                }

                count++;
                continue;
            }

            var folded = Fold(c);
            if (folded == '\0')
            {
                if (origins is null)
                {
                    origins = new int[text.Length];
                    for (var k = 0; k < count; k++)
                    {
                        origins[k] = k;
                    }
                }

                continue;
            }

            chars[count] = folded;
            if (origins is not null)
            {
                origins[count] = i;
            }

            count++;
        }

        return new ScanText(count == chars.Length ? chars : chars[..count], origins);
    }

    /// <summary>The position in the original text of the folded character at <paramref name="index"/>.</summary>
    public int Origin(int index) => origins is null ? index : origins[index];

    /// <summary>The span of the original text that the folded characters <paramref name="start"/> (inclusive) to
    /// <paramref name="end"/> (exclusive) came from.</summary>
    public (int Start, int Length) OriginalSpan(int start, int end)
    {
        var originalStart = Origin(start);
        return (originalStart, Origin(end - 1) + 1 - originalStart);
    }

    /// <summary>What <paramref name="c"/> (not ASCII) becomes in the folded text; <c>'\0'</c> stands for "leave out".</summary>
    internal static char Fold(char c)
    {
        switch (c)
        {
            case '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D':
                return '-';
            case '\uFE6B':
                return '@';
            case '\uFE52':
                return '.';
            case >= '\uFF01' and <= '\uFF5E':
                // Full-width ASCII forms sit at a fixed offset from ASCII.
                return (char)(c - 0xFEE0);
        }

        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category switch
        {
            UnicodeCategory.Format => '\0',
            UnicodeCategory.SpaceSeparator => ' ',
            UnicodeCategory.DecimalDigitNumber => (char)('0' + CharUnicodeInfo.GetDecimalDigitValue(c)),
            _ => c,
        };
    }
}
