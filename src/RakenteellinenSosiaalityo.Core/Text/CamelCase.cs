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
        return Names<T>.Defined.TryGetValue(value, out var name) ? name : Make(value);
    }

    private static string Make<T>(T value)
        where T : struct, Enum
    {
        var text = value.ToString();
        return char.ToLowerInvariant(text[0]) + text[1..];
    }

    // The names of the defined values, made once per enum type: exports name a subject or profession per row.
    private static class Names<T>
        where T : struct, Enum
    {
        public static readonly System.Collections.Frozen.FrozenDictionary<T, string> Defined =
            System.Collections.Frozen.FrozenDictionary.ToFrozenDictionary(Enum.GetValues<T>().Distinct(), v => v, Make);
    }
}
