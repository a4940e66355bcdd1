using System.Text;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Figures.Geometry;

/// <summary>
/// Estimates how wide text is drawn, without a font engine, and wraps it. The estimate is deliberately generous
/// (per character, in ems: narrow letters 0.42, digits 0.64, lower case 0.66, upper case 0.8, m/w and wide symbols
/// 1.0, bold 10 % wider), so that DejaVu Sans, Verdana, Arial or Helvetica never draw wider than the layout assumed.
/// </summary>
internal static class TextMeasure
{
    private const string Narrow = "iljftrI!.,:;'|()[]{} ";

    public static double LineHeight(double fontSize) => fontSize * 1.25;

    public static double Height(int lines, double fontSize) => lines * LineHeight(fontSize);

    public static double Width(string text, double fontSize, bool bold = false)
    {
        double ems = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            ems += Ems(rune);
        }

        return ems * fontSize * (bold ? 1.1 : 1.0);
    }

    /// <summary>Wraps <paramref name="text"/> into lines no wider than <paramref name="maxWidth"/>; a word wider than that is broken, a hyphen ending each piece but the last.</summary>
    public static IReadOnlyList<string> Wrap(string text, double maxWidth, double fontSize, bool bold = false)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : $"{line} {word}";
            if (Width(candidate, fontSize, bold) <= maxWidth)
            {
                line.Clear().Append(candidate);
                continue;
            }

            if (line.Length > 0)
            {
                lines.Add(line.ToString());
                line.Clear();
            }

            // A word wider than a line is broken with a hyphen at the end of each piece.
            foreach (var rune in word.EnumerateRunes())
            {
                var piece = line.ToString() + rune.ToString() + "-";
                if (line.Length > 0 && Width(piece, fontSize, bold) > maxWidth)
                {
                    lines.Add(line.Append('-').ToString());
                    line.Clear();
                }

                line.Append(rune.ToString());
            }
        }

        if (line.Length > 0 || lines.Count == 0)
        {
            lines.Add(line.ToString());
        }

        return lines;
    }

    /// <summary>
    /// Text as a figure shows it: one line, control characters and characters XML cannot hold replaced by a space,
    /// white space collapsed, and personal data redacted (labels come from profiles, but a figure is an export).
    /// </summary>
    public static string Clean(string text)
    {
        var redacted = PersonalDataScanner.Redact(text);
        var clean = new StringBuilder(redacted.Length);
        var space = false;
        foreach (var rune in redacted.EnumerateRunes())
        {
            var blank = Rune.IsControl(rune) || Rune.IsWhiteSpace(rune) || !IsXmlChar(rune.Value);
            if (blank)
            {
                space = clean.Length > 0;
                continue;
            }

            if (space)
            {
                clean.Append(' ');
                space = false;
            }

            clean.Append(rune.ToString());
        }

        return clean.ToString();
    }

    private static bool IsXmlChar(int c) =>
        c is 0x9 or 0xA or 0xD or (>= 0x20 and <= 0xD7FF) or (>= 0xE000 and <= 0xFFFD) or (>= 0x10000 and <= 0x10FFFF);

    private static double Ems(Rune rune)
    {
        if (rune.Value >= 0x2000)
        {
            return 1.0; // Punctuation, symbols, CJK and emoji: never wider than an em in the fonts named.
        }

        if (rune.IsAscii && Narrow.Contains((char)rune.Value, StringComparison.Ordinal))
        {
            return 0.42;
        }

        if (rune.Value is 'm' or 'w' or 'M' or 'W' or '@' or '%' or '—')
        {
            return 1.0;
        }

        if (Rune.IsDigit(rune))
        {
            return 0.64;
        }

        return Rune.IsUpper(rune) ? 0.8 : 0.66;
    }
}
