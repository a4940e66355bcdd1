using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Regions;

namespace RakenteellinenSosiaalityo.Core.Tests.Properties;

/// <summary>Business id texts of the form NNNNNNN-N: any seven digits and any check digit, valid or not.</summary>
public static class BusinessIdArbitraries
{
    /// <summary>Seven digits and a check digit, each 0–9, uniformly (about one in eleven a valid id).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<(int[] Digits, int Check)> DigitsAndCheck() =>
        (from digits in Gen.ArrayOf(Gen.Choose(0, 9), 7)
         from check in Gen.Choose(0, 9)
         select (digits, check)).ToArbitrary();
}

/// <summary>
/// The business id's check digit (Y-tunnus, issue 16) against an oracle of its own: an id is valid exactly when the
/// weighted sum of its seven digits (weights 7, 9, 10, 5, 8, 4, 2) plus its check digit is divisible by 11.
/// </summary>
[Properties(Arbitrary = [typeof(BusinessIdArbitraries)], MaxTest = 500)]
public sealed class BusinessIdProperties
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    private static bool Divisible(int[] digits, int check) => (digits.Select((d, i) => d * Weights[i]).Sum() + check) % 11 == 0;

    [Property]
    public bool TryParse_AcceptsExactlyTheIdsWhoseSumIsDivisibleByEleven((int[] Digits, int Check) id)
    {
        var text = $"{string.Concat(id.Digits)}-{id.Check}";
        var valid = Divisible(id.Digits, id.Check);
        return BusinessId.TryParse(text, out var parsed) == valid && (!valid || parsed.Value == text);
    }

    // The check digit is the one digit that makes the sum divisible, or null when no digit 0–9 does (remainder 1).
    [Property]
    public bool CheckDigit_IsTheOneDigitThatCompletesTheSum((int[] Digits, int Check) id)
    {
        var completing = Enumerable.Range(0, 10).Where(c => Divisible(id.Digits, c)).ToList();
        var check = BusinessId.CheckDigit(string.Concat(id.Digits));
        return completing.Count <= 1 && check == (completing.Count == 1 ? completing[0] : null);
    }
}
