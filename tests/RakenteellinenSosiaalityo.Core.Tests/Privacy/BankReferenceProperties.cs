using System.Globalization;
using System.Numerics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>An IBAN or RF creditor reference as written, and the same code with one character changed.</summary>
/// <param name="Code">The code, valid by its ISO 7064 mod 97-10 check, grouped by four or not.</param>
/// <param name="Mistyped">The code with one character of its body replaced by another.</param>
public sealed record BankCodeSample(string Code, string Mistyped);

/// <summary>Generators of <see cref="BankReferenceProperties"/>: codes built valid with an oracle written here.</summary>
public static class BankReferenceArbitraries
{
    private const string Alphanumerics = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    /// <summary>IBANs of any country (11–30 characters after the check digits) and RF references (1–21).</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<BankCodeSample> Codes()
    {
        var letter = Gen.Elements("ABCDEGHIJKLMNOPQSTUVWXYZ".ToCharArray());
        var iban = from c1 in letter
                   from c2 in letter
                   from length in Gen.Choose(11, 30)
                   select (Prefix: string.Concat(c1, c2), Length: length);
        var reference = Gen.Choose(1, 21).Select(length => (Prefix: "RF", Length: length));
        return (from kind in Gen.OneOf(iban, reference)
                from body in Gen.ArrayOf(Gen.Elements(Alphanumerics.ToCharArray()), kind.Length)
                from lower in Gen.Elements(false, false, true)
                from grouped in Gen.Elements(false, true)
                from at in Gen.Choose(0, kind.Length - 1)
                from shift in Gen.Choose(1, Alphanumerics.Length - 1)
                let text = new string(body)
                let mistyped = text[..at] + Alphanumerics[(Alphanumerics.IndexOf(text[at], StringComparison.Ordinal) + shift) % Alphanumerics.Length] + text[(at + 1)..]
                let code = WithCheck(kind.Prefix, text)
                let wrong = kind.Prefix + code[2..4] + mistyped
                select new BankCodeSample(Write(code, lower, grouped), Write(wrong, lower, grouped))).ToArbitrary();
    }

    // ISO 7064 mod 97-10: the code with its first four characters moved to the end, letters as 10–35, is 1 modulo 97.
    internal static bool Holds(string code) => Numeric(code[4..] + code[..4]) % 97 == 1;

    private static string WithCheck(string prefix, string body)
    {
        var check = 98 - (int)(Numeric(body + prefix + "00") % 97);
        return prefix + check.ToString("00", CultureInfo.InvariantCulture) + body;
    }

    private static BigInteger Numeric(string code) =>
        BigInteger.Parse(string.Concat(code.Select(c => char.IsAsciiDigit(c) ? c.ToString() : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture))), CultureInfo.InvariantCulture);

    private static string Write(string code, bool lower, bool grouped)
    {
        var text = lower ? code.ToLowerInvariant() : code;
        if (!grouped)
        {
            return text;
        }

        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            builder.Append(i > 0 && i % 4 == 0 ? " " : string.Empty).Append(text[i]);
        }

        return builder.ToString();
    }
}

/// <summary>
/// Bank accounts and creditor references are stepped over whole by the phone-number search (issue 16): a code whose
/// check holds is recognised to its last character, whatever its country, length, case or grouping, and a code with one
/// character changed is recognised whole only when the oracle's check still holds.
/// </summary>
[Properties(Arbitrary = new[] { typeof(BankReferenceArbitraries) }, MaxTest = 300)]
public sealed class BankReferenceProperties
{
    [Property]
    public bool AValidCode_IsRecognisedWhole(BankCodeSample sample)
    {
        var text = "tili " + sample.Code + ", maksettu";

        return BankReference.MayStartAt(text, 5) && BankReference.MatchAt(text, 5) == sample.Code.Length;
    }

    [Property]
    public bool AMistypedCode_IsRecognisedWhole_OnlyWhenTheCheckStillHolds(BankCodeSample sample)
    {
        var text = "tili " + sample.Mistyped + ", maksettu";

        // Whole exactly when the oracle's check holds (a letter for a digit can, rarely, keep it).
        var holds = BankReferenceArbitraries.Holds(sample.Mistyped.Replace(" ", string.Empty, StringComparison.Ordinal).ToUpperInvariant());
        return (BankReference.MatchAt(text, 5) == sample.Mistyped.Length) == holds;
    }
}
