namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>Writes enum values as the camelCase names the JSON formats and messages use, e.g. <c>solutionProposal</c>.</summary>
public static class CamelCase
{
    /// <summary>The camelCase name of <paramref name="value"/>.</summary>
    /// <typeparam name="T">The enum type.</typeparam>
    /// <param name="value">An enum value.</param>
    /// <returns>For example <c>socialWorker</c> for <c>Profession.SocialWorker</c>.</returns>
    public static string Of<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }
}
