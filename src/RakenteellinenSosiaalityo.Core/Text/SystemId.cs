using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>
/// The rule for identifiers a region's system gives (report, compilation and phenomenon-report ids), e.g. <c>R-17</c>,
/// <c>2025-0042</c> or <c>etela-karjala-2025-01-01</c>: ASCII letters, digits, dashes, underscores and dots, starting
/// with a letter or a digit, up to a maximum length.
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

    /// <summary>The guard of an id's constructor: <paramref name="value"/> when valid, else an exception naming what the id is.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not valid.</exception>
    public static string Check(string value, int maxLength, string what, string parameterName)
    {
        Guard.Against.Null(value, parameterName);
        return IsValid(value, maxLength) ? value : throw new ArgumentException($"A {what} id is {Description(maxLength)}.", parameterName);
    }
}
