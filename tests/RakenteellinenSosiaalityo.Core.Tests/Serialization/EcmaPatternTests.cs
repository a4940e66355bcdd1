using System.Text.RegularExpressions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Tests.Serialization;

/// <summary>
/// A JSON Schema <c>pattern</c> means what ECMA-262 says (JSON Schema 2020-12, "Regular Expressions"), not what .NET
/// says: the translation of each construct that differs, and of each that must be left alone, pinned one by one.
/// </summary>
public sealed class EcmaPatternTests
{
    private const string WhiteSpace = Blank.CharacterClass;

    public static TheoryData<string, string> Translations => new()
    {
        // The class escapes become ASCII (or ECMA white space) classes; the upper case ones their complements.
        { @"\d", "[0-9]" },
        { @"\D", "[^0-9]" },
        { @"\w", "[A-Za-z0-9_]" },
        { @"\W", "[^A-Za-z0-9_]" },
        { @"\s", $"[{WhiteSpace}]" },
        { @"\S", $"[^{WhiteSpace}]" },
        // Inside a class, a positive escape becomes the class's body.
        { @"[\d-]", "[0-9-]" },
        { @"[a\w]", "[aA-Za-z0-9_]" },
        { @"[\s]", $"[{WhiteSpace}]" },
        // $ is the end of the text, . stops at every line terminator; inside a class both are themselves.
        { "^a$", @"^a\z" },
        { "a.b", @"a[^\n\r\u2028\u2029]b" },
        { "[$.]", "[$.]" },
        // A class ends at its ], and what follows is translated again.
        { "[a]$", @"[a]\z" },
        { "[a].", @"[a][^\n\r\u2028\u2029]" },
        // An escaped ] does not end the class; an escaped [ does not begin one.
        { @"[\]$]$", @"[\]$]\z" },
        { @"\[$", @"\[\z" },
        // Other escapes pass as written: an escaped $ or . stays a literal.
        { @"\$\.", @"\$\." },
        { @"\u00e4", @"\u00e4" },
        // A backslash at the end has nothing to escape and stays.
        { @"a\", @"a\" },
        { "", "" },
        { "plain-text", "plain-text" },
    };

    [Theory]
    [MemberData(nameof(Translations))]
    public void Translate_GivesTheDotNetPatternOfTheSameMeaning(string ecma, string dotNet) =>
        Assert.Equal(dotNet, EcmaPattern.Translate(ecma));

    [Theory]
    [InlineData(@"[\D]", 'D')]
    [InlineData(@"[a\S]", 'S')]
    [InlineData(@"[\W-]", 'W')]
    public void Translate_ANegatedEscapeInsideAClass_IsRefusedNamingThePatternAndTheEscape(string pattern, char escape)
    {
        var e = Assert.Throws<InvalidOperationException>(() => EcmaPattern.Translate(pattern));
        Assert.Contains($"'{pattern}'", e.Message, StringComparison.Ordinal);
        Assert.Contains($"\\{escape} inside a character class", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("^[a-z]+$", "board", true)]
    [InlineData("^[a-z]+$", "board\n", false)] // .NET's $ matches before a final newline; ECMA's does not
    [InlineData(@"^\d+$", "123", true)]
    [InlineData(@"^\d+$", "1\u0663", false)] // an Arabic-Indic digit is \d in .NET, not in ECMA-262
    [InlineData(@"^\w+$", "abc_1", true)]
    [InlineData(@"^\w+$", "\u00e4", false)] // ä is \w in .NET, not in ECMA-262
    [InlineData(@"^\W$", "\u00e4", true)]
    [InlineData(@"^\s$", "\uFEFF", true)] // U+FEFF is ECMA white space
    [InlineData(@"^\s$", "\u0085", false)] // U+0085 is .NET white space, not ECMA
    [InlineData(@"^\S$", "\u0085", true)]
    [InlineData("^a.b$", "a\u2028b", false)]
    [InlineData("^a.b$", "a\rb", false)]
    [InlineData("^a.b$", "a\u0085b", true)]
    [InlineData("^a.b$", "a b", true)]
    public void Create_MatchesAsECMA262Would(string pattern, string text, bool matches) =>
        Assert.Equal(matches, EcmaPattern.Create(pattern).IsMatch(text));

    [Fact]
    public void Create_IsCultureInvariantAndBoundedInTime()
    {
        var regex = EcmaPattern.Create("^a$");
        Assert.True(regex.Options.HasFlag(RegexOptions.CultureInvariant));
        Assert.Equal(TimeSpan.FromSeconds(1), regex.MatchTimeout);
        Assert.Equal(@"^a\z", regex.ToString());
    }
}
