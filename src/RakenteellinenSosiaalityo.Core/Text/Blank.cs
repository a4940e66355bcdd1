using System.Runtime.CompilerServices;
using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>
/// The one rule for "empty or only white space" in every text the library takes: white space is what JSON Schema's
/// <c>\s</c> means (ECMA-262 WhiteSpace and LineTerminator: tab, line feed, vertical tab, form feed, carriage return,
/// space, U+00A0, U+FEFF, the Zs space separators, U+2028, U+2029), so the shipped schema and the constructors agree.
/// .NET's <see cref="char.IsWhiteSpace(char)"/> differs on U+0085 (white space there, text here) and U+FEFF.
/// </summary>
internal static class Blank
{
    /// <summary>The white space as the body of a regular-expression character class.</summary>
    public const string CharacterClass = "\\t\\n\\v\\f\\r \\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000\\uFEFF";

    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>Whether the text is null, empty or only white space.</summary>
    public static bool IsBlank(string? text)
    {
        if (text is null)
        {
            return true;
        }

        foreach (var c in text)
        {
            if (!IsWhiteSpace(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The text without the white space (as <see cref="Blank"/> defines it) at its start and end.</summary>
    public static string Trim(string text)
    {
        var start = 0;
        var end = text.Length;
        while (start < end && IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return start == 0 && end == text.Length ? text : text[start..end];
    }

    /// <summary>Guards against a null, empty or white-space text (white space as <see cref="Blank"/> defines it).</summary>
    /// <exception cref="ArgumentNullException">The text is null.</exception>
    /// <exception cref="ArgumentException">The text is empty or only white space.</exception>
    public static string NullOrBlank(this IGuardClause guardClause, [System.Diagnostics.CodeAnalysis.NotNull] string? input, [CallerArgumentExpression(nameof(input))] string? parameterName = null, string? message = null)
    {
        Guard.Against.NullOrEmpty(input, parameterName, message);
        return IsBlank(input) ? throw new ArgumentException(message ?? $"Required input {parameterName} was empty or only white space.", parameterName) : input;
    }
}
