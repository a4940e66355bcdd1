using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using RakenteellinenSosiaalityo.Core.Privacy;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>A text for the scanner's shortcut: random, or pieced together from what the readers react to.</summary>
/// <param name="Value">The text.</param>
public sealed record ShortcutText(string Value)
{
    /// <inheritdoc/>
    public override string ToString() => System.Text.Json.JsonSerializer.Serialize(Value);
}

/// <summary>
/// Texts that probe <c>ScanShortcut</c>: plain words, written-out at signs and dots (an e-mail address in letters and
/// spaces only), and everything that must send a text to the full scan (digits of any script, at signs of any width,
/// tabs, special spaces, invisible characters, dashes, lone surrogates), pieced together at random; and random UTF-16.
/// </summary>
public static class ScanShortcutArbitraries
{
    private static readonly string[] Pieces =
    [
        "asiakas", "Matti", "matti.meikäläinen", "ekhva", "fi", "com", "png", "se", "at", "ät", "Ät", "AT", "a", "dot",
        "piste", "(", ")", "[", "]", "{", "}", "<", ">", " ", " ", "  ", ".", "-", "_", "'", "+", "%", "\n", "\r", "ä",
        "ö", "Å", "é", "sosiaalityö", "Kotkankatu", "tie", " at ", "(at)", "[ät]", "{a}", "<at>", " dot ", "(piste)",
        "@", "＠", "﹫", "\t", "\u00A0", "\u00AD", "\u200B", "\uFEFF", "–", "−", "０", "٣", "3", "0", "5", "48100",
        "040 123 4567", "+358 40 1234567", "131052-308T", "Kotkankatu 5, 48100 Kotka", "\uD800", "ａｔ", "ｄｏｔ", "ñ", "ß",
    ];

    /// <summary>Random and hostile texts.</summary>
    /// <returns>The arbitrary.</returns>
    public static Arbitrary<ShortcutText> Texts()
    {
        var pieced = from count in Gen.Choose(0, 24)
                     from pieces in Gen.ArrayOf(Gen.Elements(Pieces), count)
                     select string.Concat(pieces);
        var anyChar = Gen.Choose(0, 0xFFFF).Select(i => (char)i);
        var random = from count in Gen.Choose(0, 40)
                     from chars in Gen.ArrayOf(anyChar, count)
                     select new string(chars);
        var pieceChars = from count in Gen.Choose(0, 40)
                         from chars in Gen.ArrayOf(Gen.Elements(string.Concat(Pieces).ToCharArray()), count)
                         select new string(chars);
        return Gen.Frequency((6, pieced), (2, pieceChars), (1, random)).Select(t => new ShortcutText(t)).ToArbitrary();
    }
}

public sealed class ScanShortcutProperties
{
    [Property(MaxTest = 3000, Arbitrary = new[] { typeof(ScanShortcutArbitraries) })]
    public void Shortcut_RulesOutOnlyTextsTheFullScanFindsNothingIn(ShortcutText text)
    {
        if (ScanShortcut.HoldsNoFinding(text.Value))
        {
            Assert.Same(text.Value, PersonalDataScanner.RedactFully(text.Value, null));
        }
    }

    [Property(MaxTest = 3000, Arbitrary = new[] { typeof(ScanShortcutArbitraries) })]
    public void Redact_WithTheShortcut_EqualsTheFullRedaction(ShortcutText text)
    {
        var full = PersonalDataScanner.RedactFully(text.Value, null);

        Assert.Equal(full, PersonalDataScanner.Redact(text.Value));
        Assert.Equal(!ReferenceEquals(full, text.Value), PersonalDataScanner.ContainsPersonalData(text.Value));
        Assert.Equal(!ReferenceEquals(full, text.Value), PersonalDataScanner.Scan(text.Value, "text").Count > 0);
    }

    [Theory]
    [InlineData("Asiakas kertoi tilanteesta, ja ohjaus jatkuu (ks. liite).")]
    [InlineData("Päätöksiä ei ole tehty; tilanne on äärimmäisen vaikea.")]
    [InlineData("")]
    public void Shortcut_PlainProseWithoutDigits_HoldsNoFinding(string text)
    {
        Assert.True(ScanShortcut.HoldsNoFinding(text));
        Assert.Same(text, PersonalDataScanner.Redact(text));
    }

    [Theory]
    [InlineData("matti at ekhva dot fi")]
    [InlineData("matti (at) ekhva (piste) fi")]
    [InlineData("matti[ät]ekhva.fi")]
    public void Shortcut_EmailWrittenOutInLettersOnly_GoesToTheFullScan(string text)
    {
        Assert.False(ScanShortcut.HoldsNoFinding(text));
        Assert.Equal(PersonalDataScanner.EmailAddressMarker, PersonalDataScanner.Redact(text));
    }

    [Theory]
    [InlineData("soita 040 123 4567")]
    [InlineData("asuu osoitteessa Kotkankatu 5, 48100 Kotka")]
    [InlineData("hetu 131052-308T")]
    [InlineData("matti@ekhva.fi")]
    [InlineData("matti\uFF20ekhva.fi")]
    [InlineData("a\tb")]
    [InlineData("a\u00ADb")]
    [InlineData("a\u00A0b")]
    [InlineData("a\u0663b")]
    public void Shortcut_DigitsAtSignsAndCharactersFoldingChanges_GoToTheFullScan(string text)
    {
        Assert.False(ScanShortcut.HoldsNoFinding(text));
    }
}
