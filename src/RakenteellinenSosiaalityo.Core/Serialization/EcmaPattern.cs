using System.Text;
using System.Text.RegularExpressions;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Runs a JSON Schema <c>pattern</c> with the meaning JSON Schema gives it (ECMA-262), not .NET's: <c>$</c> is the end
/// of the text (in .NET it also matches before a final newline, so <c>"board\n"</c> passed as an id), <c>\s</c> is
/// ECMA-262 white space (it holds U+FEFF and not U+0085), <c>\d</c> and <c>\w</c> are ASCII, and <c>.</c> stops at
/// every line terminator.
/// </summary>
internal static class EcmaPattern
{
    /// <summary>ECMA-262 WhiteSpace and LineTerminator, as the body of a character class.</summary>
    private const string WhiteSpace = Text.Blank.CharacterClass;

    public static Regex Create(string pattern) =>
        new(Translate(pattern), RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));

    /// <summary>Rewrites an ECMA-262 pattern as a .NET pattern of the same meaning.</summary>
    /// <exception cref="InvalidOperationException">The pattern uses a negated class escape inside a class (not used by the library's schemas).</exception>
    public static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                var positive = next switch
                {
                    's' or 'S' => WhiteSpace,
                    'd' or 'D' => "0-9",
                    'w' or 'W' => "A-Za-z0-9_",
                    _ => null,
                };
                if (positive is null)
                {
                    result.Append(c).Append(next);
                }
                else if (!inClass)
                {
                    result.Append(char.IsUpper(next) ? "[^" : "[").Append(positive).Append(']');
                }
                else if (char.IsLower(next))
                {
                    result.Append(positive);
                }
                else
                {
                    throw new InvalidOperationException($"The schema pattern '{pattern}' uses \\{next} inside a character class, which this library does not translate.");
                }

                continue;
            }

            if (inClass)
            {
                inClass = c != ']';
                result.Append(c);
                continue;
            }

            _ = c switch
            {
                '[' => result.Append(c),
                '$' => result.Append("\\z"),
                '.' => result.Append("[^\\n\\r\\u2028\\u2029]"),
                _ => result.Append(c),
            };
            inClass = c == '[';
        }

        return result.ToString();
    }
}
