namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>
/// The rule for identifiers written in region files (actor, region, service, theme, step, metric and clock-rule ids):
/// lower-case kebab-case ASCII, starting with a letter, at most 64 characters, e.g. <c>steering-group</c>.
/// </summary>
internal static class Slug
{
    public const int MaxLength = 64;

    public const string Pattern = "^[a-z][a-z0-9]*(-[a-z0-9]+)*$";

    public const string Description = "lower-case kebab-case: a-z, 0-9 and single dashes, starting with a letter, at most 64 characters";

    public static bool IsValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength || value[0] is < 'a' or > 'z' || value[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is (>= 'a' and <= 'z') or (>= '0' and <= '9') || (c == '-' && value[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
