using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>
/// The one parse-and-validate rule of every id type (<see cref="ISystemId{TSelf}"/>), and the format of the ids a
/// region's system gives (report, compilation and phenomenon-report ids), e.g. <c>R-17</c>, <c>2025-0042</c> or
/// <c>etela-karjala-2025-01-01</c>: ASCII letters, digits, dashes, underscores and dots, starting with a letter or a
/// digit, up to a maximum length. The ids written in region files (actor, service, theme, metric and clock-rule ids)
/// follow the stricter <see cref="Slug"/> rule.
/// </summary>
internal static class SystemId
{
    public static string Description(int maxLength) =>
        $"1–{maxLength} ASCII letters, digits, '-', '_' and '.', starting with a letter or a digit";

    public static bool IsValid(string? value, int maxLength)
    {
        if (string.IsNullOrEmpty(value) || value.Length > maxLength || !char.IsAsciiLetterOrDigit(value[0]))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The guard of every id's constructor: <paramref name="value"/> when valid, else an exception naming what the id is and its rule.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid; the message shows it with personal data redacted.</exception>
    public static string Check<T>(string value, string parameterName)
        where T : struct, ISystemId<T>
    {
        Guard.Against.Null(value, parameterName);
        return T.IsValid(value) ? value : throw new ArgumentException($"'{PersonalDataScanner.Redact(value)}' is not a valid {T.What} id: use {T.Rule}.", parameterName);
    }

    /// <summary>The guard of every operation that takes an id: <paramref name="id"/> unless it is the default value, which identifies nothing.</summary>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default value.</exception>
    public static T NotDefault<T>(T id, string parameterName)
        where T : struct, ISystemId<T> =>
        id.Value is null ? throw new ArgumentException($"The default {typeof(T).Name} identifies no {T.What}.", parameterName) : id;

    /// <summary>Reads an id from JSON text: the id, or null when <paramref name="text"/> is null or breaks the rule.</summary>
    public static T? TryRead<T>(string? text)
        where T : struct, ISystemId<T> =>
        T.IsValid(text) ? T.Of(text!) : null;

    /// <summary>Why a JSON value is not an id of type <typeparamref name="T"/>, for the document readers' problems.</summary>
    public static string JsonRefusal<T>()
        where T : struct, ISystemId<T> =>
        $"{Article(T.What)} {T.What} id must be a string of {T.Rule}.";

    private static string Article(string word) => word.Length > 0 && "aeiou".Contains(word[0], StringComparison.Ordinal) ? "An" : "A";
}
