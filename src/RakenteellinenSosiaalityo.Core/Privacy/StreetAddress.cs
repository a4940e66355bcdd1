using System.Collections.Frozen;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Reads Finnish street addresses with a postal code (fi: katuosoite), e.g. <c>Kotkankatu 5 B 12, 48100 Kotka</c>,
/// in folded text (see <see cref="ScanText"/>) for <see cref="PersonalDataScanner"/>.
/// </summary>
/// <remarks>
/// <para>A capitalised street name ending in a street word (Finnish <c>-katu</c>, <c>-tie</c>, <c>-kuja</c>,
/// <c>-polku</c>, <c>-tori</c>, ...; Swedish <c>-gatan</c>, <c>-vägen</c>, <c>-gränd</c>, <c>-stigen</c>, ...), a house
/// number (<c>5</c>, <c>5b</c>, <c>5-7</c>), optionally a staircase and flat (<c>B 12</c>, <c>as. 4</c>, <c>A12</c>),
/// optionally a comma (after it a space is optional), a postal code of five digits and optionally the post office (a
/// capitalised word).</para>
/// <para>The postal code is what makes it an address: a street name and number alone (<c>Kotkankatu 5</c>) is where a
/// service or office may be and is not reported; an address without a street word (<c>Mäkelä 3, 48100 Kotka</c>) is
/// not recognised.</para>
/// </remarks>
internal static class StreetAddress
{
    private static readonly string[] StreetWords =
    [
        "katu", "tie", "kuja", "polku", "tori", "raitti", "väylä", "ranta", "rinne", "kaari", "piha", "mäki", "kulma",
        "aukio", "penger", "kaarre", "portti", "puistikko", "bulevardi", "esplanadi", "kierto", "lenkki", "vainio",
        "niitty", "gatan", "vägen", "gränd", "stigen", "torget", "backen", "allén", "gången", "kroken", "stranden",
        "kajen", "slingan", "bågen",
    ];

    private static readonly FrozenSet<string> Flats = new[]
    {
        "as", "as.", "bst", "bst.", "lh", "lh.", "lgh", "lgh.",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a street name may start at <paramref name="start"/>: a capital letter that starts a word.</summary>
    public static bool MayStartAt(ReadOnlySpan<char> text, int start) =>
        char.IsUpper(text[start]) && (start == 0 || !char.IsLetter(text[start - 1]));

    /// <summary>The length of the address at <paramref name="start"/>, or 0.</summary>
    public static int MatchAt(ReadOnlySpan<char> text, int start)
    {
        var nameEnd = WordEnd(text, start);
        if (!IsStreetName(text[start..nameEnd]))
        {
            return 0;
        }

        var i = Spaces(text, nameEnd, 1, 2);
        var number = Digits(text, i, 1, 4);
        if (i < 0 || number < 0)
        {
            return 0;
        }

        i = number;
        i = RangeOrLetter(text, i);
        i = Flat(text, i);
        // After a comma the postal code may follow without a space (Kotkankatu 5,48100 Kotka), as people type it.
        var comma = i < text.Length && text[i] == ',';
        if (comma)
        {
            i++;
        }

        var postal = Spaces(text, i, comma ? 0 : 1, 2);
        var postalEnd = Digits(text, postal, 5, 5);
        if (postal < 0 || postalEnd < 0 || (postalEnd < text.Length && PersonalDataPatterns.IsDigit(text[postalEnd])))
        {
            return 0;
        }

        var town = Spaces(text, postalEnd, 1, 2);
        if (town >= 0 && town < text.Length && char.IsUpper(text[town]))
        {
            return WordEnd(text, town) - start;
        }

        return postalEnd - start;
    }

    private static bool IsStreetName(ReadOnlySpan<char> name)
    {
        foreach (var word in StreetWords)
        {
            if (name.Length > word.Length && name.EndsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // 5-7 or 5b: a range of house numbers or a letter of a divided plot.
    private static int RangeOrLetter(ReadOnlySpan<char> text, int i)
    {
        if (i + 1 < text.Length && text[i] == '-' && PersonalDataPatterns.IsDigit(text[i + 1]))
        {
            // More than four digits after the dash (5-48100) are no house number: no range, and the address reads on
            // from the dash (where it ends).
            var end = Digits(text, i + 1, 1, 4);
            return end < 0 ? i : end;
        }

        // 5b: a letter glued to the number, standing alone.
        return i < text.Length && char.IsLetter(text[i]) && (i + 1 == text.Length || !char.IsLetter(text[i + 1])) ? i + 1 : i;
    }

    // B 12, A12, as. 4, bst 3: staircase and flat; or nothing.
    private static int Flat(ReadOnlySpan<char> text, int i)
    {
        var word = Spaces(text, i, 1, 2);
        if (word < 0)
        {
            return i;
        }

        var wordEnd = WordEnd(text, word);
        if (wordEnd < text.Length && text[wordEnd] == '.')
        {
            wordEnd++;
        }

        var isLetter = wordEnd - word == 1 && char.IsLetter(text[word]);
        if (!isLetter && !Flats.Contains(text[word..wordEnd].ToString()))
        {
            return i;
        }

        var digits = Spaces(text, wordEnd, 0, 2);
        var end = Digits(text, digits, 1, 4);
        return end > 0 ? end : (isLetter ? wordEnd : i);
    }

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] == '-' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    // Steps over min to max spaces, or -1.
    private static int Spaces(ReadOnlySpan<char> text, int i, int min, int max)
    {
        if (i < 0)
        {
            return -1;
        }

        var end = PersonalDataPatterns.SkipSpaces(text, i, max);
        return end - i >= min ? end : -1;
    }

    // The end of min to max digits from i, or -1.
    private static int Digits(ReadOnlySpan<char> text, int i, int min, int max)
    {
        if (i < 0)
        {
            return -1;
        }

        var end = i;
        while (end < text.Length && end - i < max && PersonalDataPatterns.IsDigit(text[end]))
        {
            end++;
        }

        return end - i >= min && (end == text.Length || !PersonalDataPatterns.IsDigit(text[end]) || max == 5) ? end : -1;
    }
}
