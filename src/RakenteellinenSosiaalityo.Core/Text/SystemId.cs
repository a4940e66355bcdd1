namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>
/// The rule for identifiers a region's system gives (report and compilation ids), e.g. <c>R-17</c>,
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
}
