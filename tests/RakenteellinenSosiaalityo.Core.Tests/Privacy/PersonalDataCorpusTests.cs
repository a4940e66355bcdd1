using System.Globalization;
using System.Numerics;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using RakenteellinenSosiaalityo.Core.Privacy;
using Xunit.Abstractions;

namespace RakenteellinenSosiaalityo.Core.Tests.Privacy;

/// <summary>
/// Issue 12: a corpus generated from fixed seeds (so every run scans the same text) measures per kind the recall on
/// personal data written as people write it and the false-positive rate on look-alikes. Identity codes, phone numbers
/// and e-mail addresses must all be found and identity codes never reported on a look-alike; for street addresses and
/// person names the measured figures are a ratchet: they may get better, never worse. The figures are printed to the
/// test output and copied to the README's Privacy section.
/// </summary>
public sealed class PersonalDataCorpusTests(ITestOutputHelper output)
{
    private const int Size = 50;
    private const string Field = "corpus";
    private const string SpacedGroups = "three groups, spaced dash or slash";
    private const string ParenthesizedSpaced = "area code in parentheses, one spaced dash or slash";

    // Ratchet: the rates measured when the corpus was written. Lower a false-positive limit or raise a recall floor
    // when the scanner gets better; never the other way round.
    // +358 (40) 1234 - 567 has the shape of (09) 123456 – 11 kpl (a number and a count): see FinnishPhoneNumber.
    private const double ParenthesizedSpacedPhoneRecallFloor = 0.57;
    private const double StreetAddressRecallFloor = 1.0;
    private const double PersonNameRecallFloor = 1.0;
    private const double PhoneFalsePositiveLimit = 0.0;
    private const double EmailFalsePositiveLimit = 0.0;
    private const double StreetAddressFalsePositiveLimit = 0.0;
    private const double PersonNameFalsePositiveLimit = 0.0;

    private static readonly char[] CenturySigns = ['+', '-', 'Y', 'X', 'W', 'V', 'U', 'A', 'B', 'C', 'D', 'E', 'F'];

    // Typographic dashes that Word and web pages put where '-' was typed (U+2010, U+2011, U+2013, U+2212).
    private static readonly char[] TypographicDashes = ['\u2010', '\u2011', '\u2013', '\u2212'];

    private static readonly string[] CodePositions =
    [
        "{0} soitti.", "Asiakas {0} soitti.", "Asiakas soitti, hetu {0}", "Asiakas soitti, hetu {0}.", "hetu{0}",
        "{0}kertoi", "hetu:{0};", "[henkilötunnus poistettu]{0}", "{0}[henkilötunnus poistettu]", "({0})", "\"{0}\"",
        "Asiakas\n{0}\nsoitti", "Tunnus {0}, puh [puhelinnumero poistettu]", "matti@ekhva.fi{0}", "x{0}y",
        "Kokous 1.12.2025 {0} klo 10", "{0}", "Henkilötunnus: {0} (tarkistettu)",
    ];

    // A dropped digit leaves room for one more character: a letter right after would be read as the check character
    // (and a letter after a space too, as codes with a space inside are found), so punctuation follows a near-miss.
    private static readonly string[] NearMissPositions =
    [
        "{0}.", "Asiakas {0}, soitti.", "hetu {0};", "hetu{0}.", "[henkilötunnus poistettu]{0}!", "({0})", "\"{0}\"",
        "Tunnus: {0}\n", "{0}", "x{0}-", "Kokous 1.12.2025 {0}?",
    ];

    private static readonly string[] PhonePositions =
    [
        "{0} soitti.", "Asiakas soitti numerosta {0}.", "puh{0}", "puh. {0}, ", "[puhelinnumero poistettu]{0}",
        "({0})", "{0}kertoi", "Numero: {0}; ", "{0}", "tel.\t{0}\n", "Soita {0} tai [sähköposti poistettu]",
    ];

    private static readonly string[] EmailPositions =
    [
        "{0}", "Sähköposti {0}.", "s-posti:{0}", "({0})", "<{0}>", "[sähköposti poistettu]{0}",
        "{0}, puh [puhelinnumero poistettu]", "Ota yhteyttä: {0} tai soita.", "Asiakas kertoi osoitteen {0}\n",
    ];

    private static readonly string[] AddressPositions =
    [
        "{0}", "Asiakas asuu osoitteessa {0}.", "Osoite: {0}; ", "({0})", "{0}, puh [puhelinnumero poistettu]",
    ];

    private static readonly string[] NamePositions =
    [
        "{0}", "Asiakas {0} soitti.", "Tapaaminen: {0}.", "{0} kertoi tilanteesta", "(asiakas {0})",
    ];

    // The geographic area codes of PrivacyArbitraries, without its service numbers (010, 020, 0800).
    private static readonly string[] AreaCodes = ["02", "03", "05", "06", "08", "09", "013", "014", "015", "016", "017", "019"];

    private static readonly string[] PhoneSeparators =
        [" ", "-", "/", " - ", " / ", ".", "\u00A0", "\u2013", "\u2011", "  ", "\t", "\u202F"];

    private static readonly string[] StreetStems = ["Kotkan", "Kauppa", "Koulu", "Rauhan", "Kirkko", "Asema", "Tehtaan", "Sataman", "Linnan", "Mänty"];

    private static readonly string[] FinnishStreetWords = ["katu", "tie", "kuja", "polku", "rinne", "raitti", "kaari", "väylä"];

    private static readonly string[] SwedishStreetStems = ["Kungs", "Strand", "Skol", "Kyrko", "Hamn", "Torg"];

    private static readonly string[] SwedishStreetWords = ["gatan", "vägen", "gränd", "stigen"];

    private static readonly string[] Towns = ["Kotka", "Kouvola", "Hamina", "Lappeenranta", "Imatra", "Helsinki", "Helsingfors", "Lahti"];

    private static readonly Lazy<Corpus> Data = new(Build);

    /// <summary>Prints the table that the README copies.</summary>
    [Fact]
    public void Corpus_Figures_PrintedPerKind()
    {
        var corpus = Data.Value;
        output.WriteLine("| kind | positives | recall | look-alikes | false-positive rate |");
        output.WriteLine("| --- | ---: | ---: | ---: | ---: |");
        foreach (var kind in Enum.GetValues<PersonalDataKind>())
        {
            var positives = corpus.Positives.Where(p => p.Kind == kind && p.Label != ParenthesizedSpaced).ToArray();
            var recall = Recall(positives);
            var falsePositives = FalsePositiveRate(corpus.LookAlikes, kind);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {kind} | {positives.Length:N0} | {recall.Rate:P2} | {corpus.LookAlikes.Count:N0} | {falsePositives.Rate:P2} |"));
        }

        var ambiguous = corpus.Positives.Where(p => p.Label == ParenthesizedSpaced).ToArray();
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"| PhoneNumber, {ParenthesizedSpaced} (ambiguous) | {ambiguous.Length:N0} | {Recall(ambiguous).Rate:P2} | | |"));
        var nearMisses = corpus.NearMisses.Count(text => Findings(text).Any(f => f.Kind == PersonalDataKind.PersonalIdentityCode));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"Identity-code near-misses reported as identity codes: {nearMisses} of {corpus.NearMisses.Count:N0}."));

        Assert.True(corpus.Positives.Count(p => p.Kind == PersonalDataKind.PersonalIdentityCode) >= 5000);
        Assert.True(corpus.LookAlikes.Count >= 3000);
    }

    /// <summary>Every valid identity code is found, in every century sign (and typographic dash) and every position.</summary>
    [Fact]
    public void Corpus_IdentityCodes_AllFoundInEverySignAndPosition()
    {
        var codes = Data.Value.Positives.Where(p => p.Kind == PersonalDataKind.PersonalIdentityCode).ToArray();
        foreach (var sign in CenturySigns.Concat(TypographicDashes))
        {
            Assert.True(codes.Count(c => c.Label == Label(sign)) >= 300, $"too few codes with sign {Label(sign)}");
        }

        AssertAllFound(codes);
    }

    /// <summary>Wrong check characters, impossible dates, never-issued numbers and wrong lengths are no identity codes.</summary>
    [Fact]
    public void Corpus_IdentityCodeNearMisses_NoneReported()
    {
        var reported = Data.Value.NearMisses
            .Where(text => Findings(text).Any(f => f.Kind == PersonalDataKind.PersonalIdentityCode))
            .ToArray();
        Assert.True(reported.Length == 0, $"{reported.Length} near-misses reported, e.g. {string.Join(" | ", reported.Take(5))}");
    }

    /// <summary>Every phone number in every format the README lists is found.</summary>
    [Fact]
    public void Corpus_PhoneNumbers_AllFound() =>
        AssertAllFound(Data.Value.Positives.Where(p => p.Kind == PersonalDataKind.PhoneNumber && p.Label is not (SpacedGroups or ParenthesizedSpaced)).ToArray());

    /// <summary>
    /// Three groups joined by spaced dashes or slashes (<c>050 - 8702 - 6776</c>, <c>040 / 123 / 4567</c>) are found
    /// whole, as every other format is (issue 12's last miss: 52.9 % before the grouping fix).
    /// </summary>
    [Fact]
    public void Corpus_PhoneNumbersInThreeSpacedGroups_AllFound() =>
        AssertAllFound(Data.Value.Positives.Where(p => p.Label == SpacedGroups).ToArray());

    /// <summary>
    /// The residual ambiguous shape: an area code in parentheses and one spaced separator inside the subscriber number
    /// with six digits before it (<c>+358 (40) 1234 - 567</c>) reads as a number and a count; the recall does not fall
    /// below what was measured.
    /// </summary>
    [Fact]
    public void Corpus_PhoneNumbersWithParenthesizedAreaCodeAndOneSpacedSeparator_RecallWithinRatchet()
    {
        var recall = Recall(Data.Value.Positives.Where(p => p.Label == ParenthesizedSpaced).ToArray());
        Assert.True(recall.Rate >= ParenthesizedSpacedPhoneRecallFloor, $"recall {recall.Rate:P2}, missed e.g. {recall.Examples}");
    }

    /// <summary>Every e-mail address is found whole: plain, with a long local part and obfuscated.</summary>
    [Fact]
    public void Corpus_EmailAddresses_AllFound() =>
        AssertAllFound(Data.Value.Positives.Where(p => p.Kind == PersonalDataKind.EmailAddress).ToArray());

    /// <summary>Street addresses and name pairs: the recall does not fall below what was measured.</summary>
    [Fact]
    public void Corpus_StreetAddressesAndNames_RecallWithinRatchet()
    {
        var positives = Data.Value.Positives;
        var addresses = Recall(positives.Where(p => p.Kind == PersonalDataKind.StreetAddress).ToArray());
        var names = Recall(positives.Where(p => p.Kind == PersonalDataKind.PersonName).ToArray());
        Assert.True(addresses.Rate >= StreetAddressRecallFloor, $"address recall {addresses.Rate:P2}, missed e.g. {addresses.Examples}");
        Assert.True(names.Rate >= PersonNameRecallFloor, $"name recall {names.Rate:P2}, missed e.g. {names.Examples}");
    }

    /// <summary>No look-alike (dates, register numbers, IBANs, lists, file names...) is reported as an identity code.</summary>
    [Fact]
    public void Corpus_LookAlikes_NoIdentityCode()
    {
        var rate = FalsePositiveRate(Data.Value.LookAlikes, PersonalDataKind.PersonalIdentityCode);
        Assert.True(rate.Rate == 0, $"identity codes reported in look-alikes, e.g. {rate.Examples}");
    }

    /// <summary>The false-positive rate of the other kinds on the look-alikes does not exceed what was measured.</summary>
    [Fact]
    public void Corpus_LookAlikes_FalsePositivesWithinRatchet()
    {
        var lookAlikes = Data.Value.LookAlikes;
        AssertAtMost(FalsePositiveRate(lookAlikes, PersonalDataKind.PhoneNumber), PhoneFalsePositiveLimit, "phone");
        AssertAtMost(FalsePositiveRate(lookAlikes, PersonalDataKind.EmailAddress), EmailFalsePositiveLimit, "e-mail");
        AssertAtMost(FalsePositiveRate(lookAlikes, PersonalDataKind.StreetAddress), StreetAddressFalsePositiveLimit, "address");
        AssertAtMost(FalsePositiveRate(lookAlikes, PersonalDataKind.PersonName), PersonNameFalsePositiveLimit, "name");
    }

    private static void AssertAtMost((double Rate, string Examples) measured, double limit, string kind) =>
        Assert.True(measured.Rate <= limit, $"{kind} false-positive rate {measured.Rate:P2} > {limit:P2}, e.g. {measured.Examples}");

    private static void AssertAllFound(Sample[] samples)
    {
        Assert.NotEmpty(samples);
        var recall = Recall(samples);
        Assert.True(recall.Rate == 1.0, $"recall {recall.Rate:P2}; missed e.g. {recall.Examples}");
    }

    private static IReadOnlyList<PersonalDataFinding> Findings(string text) =>
        PersonalDataScanner.ScanIncludingNames(text, Field, PersonNames.Common);

    private static (double Rate, string Examples) Recall(Sample[] samples)
    {
        var missed = samples
            .Where(s => !Findings(s.Text).Any(f => f.Kind == s.Kind && f.Start <= s.Start && f.End >= s.Start + s.Length))
            .ToArray();
        var rate = samples.Length == 0 ? 0 : 1.0 - ((double)missed.Length / samples.Length);
        return (rate, string.Join(" | ", missed.Take(30).Select(m => m.Text)));
    }

    private static (double Rate, string Examples) FalsePositiveRate(IReadOnlyList<string> lookAlikes, PersonalDataKind kind)
    {
        var reported = lookAlikes.Where(text => Findings(text).Any(f => f.Kind == kind)).ToArray();
        return ((double)reported.Length / lookAlikes.Count, string.Join(" | ", reported.Take(30)));
    }

    private static string Label(char sign) => sign is '\u2010' or '\u2011' or '\u2013' or '\u2212'
        ? string.Create(CultureInfo.InvariantCulture, $"U+{(int)sign:X4}")
        : sign.ToString();

    private static T[] Draw<T>(Gen<T> gen, ulong seed, int count) => gen.Sample(count, new Rnd(seed), Size);

    private static Sample Place(PersonalDataKind kind, string label, string value, string position)
    {
        var start = position.IndexOf("{0}", StringComparison.Ordinal);
        return new Sample(kind, label, position.Replace("{0}", value, StringComparison.Ordinal), start, value.Length);
    }

    private static IEnumerable<Sample> Placed(PersonalDataKind kind, string label, IReadOnlyList<string> values, string[] positions) =>
        values.Select((value, i) => Place(kind, label, value, positions[i % positions.Length]));

    private static Corpus Build()
    {
        var positives = new List<Sample>();
        var seed = 1200UL;
        foreach (var sign in CenturySigns.Concat(TypographicDashes))
        {
            positives.AddRange(Placed(PersonalDataKind.PersonalIdentityCode, Label(sign), Draw(CodeWithSign(sign), seed++, 360), CodePositions));
        }

        positives.AddRange(Placed(PersonalDataKind.PhoneNumber, "generated", Draw(PrivacyArbitraries.PhoneNumber(), 1301, 1500), PhonePositions));
        positives.AddRange(Placed(PersonalDataKind.PhoneNumber, "typography", Draw(TypedPhoneNumber(spacedGroups: false), 1302, 2500), PhonePositions));
        positives.AddRange(Placed(PersonalDataKind.PhoneNumber, SpacedGroups, Draw(TypedPhoneNumber(spacedGroups: true), 1303, 500), PhonePositions));
        positives.AddRange(Placed(PersonalDataKind.PhoneNumber, ParenthesizedSpaced, Draw(TypedPhoneNumber(spacedGroups: true, parenthesizedAreaCode: true), 1304, 200), PhonePositions));
        positives.AddRange(Placed(PersonalDataKind.EmailAddress, "plain", Draw(PrivacyArbitraries.EmailAddress(), 1401, 1500), EmailPositions));
        positives.AddRange(Placed(PersonalDataKind.EmailAddress, "long", Draw(LongEmailAddress(), 1402, 500), EmailPositions));
        positives.AddRange(Placed(PersonalDataKind.EmailAddress, "obfuscated", Draw(ObfuscatedEmailAddress(), 1403, 1000), EmailPositions));
        positives.AddRange(Placed(PersonalDataKind.StreetAddress, "address", Draw(StreetAddressGen(), 1501, 1000), AddressPositions));
        positives.AddRange(Placed(PersonalDataKind.PersonName, "name", Draw(NamePair(), 1601, 1000), NamePositions));

        var nearMisses = Draw(PrivacyArbitraries.InvalidIdentityCode(), 1701, 2000)
            .Concat(Draw(WrongLengthCode(), 1702, 1000))
            .Select((code, i) => NearMissPositions[i % NearMissPositions.Length].Replace("{0}", code, StringComparison.Ordinal))
            .ToArray();

        var lookAlikes = Draw(LookAlike(), 1801, 4000);
        return new Corpus(positives, nearMisses, lookAlikes);
    }

    private static Gen<string> CodeWithSign(char sign)
    {
        var century = sign switch
        {
            '+' => 1800,
            'A' or 'B' or 'C' or 'D' or 'E' or 'F' => 2000,
            _ => 1900,
        };
        return from yy in Gen.Choose(0, 99)
               from month in Gen.Choose(1, 12)
               from day in Gen.Choose(1, DateTime.DaysInMonth(century + yy, month))
               from individual in Gen.Choose(2, 999)
               from lowerCase in Gen.Elements(false, false, false, true)
               let code = PrivacyArbitraries.Code(day, month, yy, sign, individual)
               select lowerCase ? code.ToLowerInvariant() : code;
    }

    // A digit left out of the date or the individual number, or one digit too many before the check character
    // (never the check character itself, which would make a valid code followed by a character).
    private static Gen<string> WrongLengthCode() =>
        from sign in Gen.Elements(CenturySigns)
        from code in CodeWithSign(sign)
        from form in Gen.Choose(0, 2)
        from drop in Gen.Choose(0, 5)
        select form switch
        {
            0 => code.Remove(drop, 1),
            1 => code.Remove(7 + (drop % 3), 1),
            _ => code[..10] + OtherDigit(code[10]) + code[10..],
        };

    private static char OtherDigit(char check) => char.IsDigit(check) ? (char)('0' + ((check - '0' + 1) % 10)) : '5';

    // The formats of the README's Privacy section, with the typography of Word and web pages.
    // With spacedGroups every number has three groups joined by " - " or " / " (050 - 8702 - 6776); otherwise a spaced
    // dash or slash joins only two groups. With parenthesizedAreaCode the area code is in parentheses (+358 (40) 1234 - 567);
    // spaced groups are otherwise never written so.
    private static Gen<string> TypedPhoneNumber(bool spacedGroups, bool parenthesizedAreaCode = false) =>
        from mobile in Gen.Elements(true, false)
        from prefix in Gen.Elements(mobile ? PrivacyArbitraries.MobilePrefixes : AreaCodes)
        from length in Gen.Choose(mobile ? 6 : 6, mobile ? 10 - prefix.Length + 1 : 8)
        from first in Gen.Choose(1, 9)
        from rest in Gen.ArrayOf(Gen.Choose(0, 9), length - 1)
        from split in Gen.Choose(3, length - 3)
        from groupedIfTight in Gen.Elements(true, true, false)
        from separator in spacedGroups ? Gen.Elements(" - ", " / ") : Gen.Elements(PhoneSeparators)
        let grouped = spacedGroups || (groupedIfTight && separator is not (" - " or " / "))
        from country in parenthesizedAreaCode ? Gen.Constant(5) : spacedGroups ? Gen.Elements(0, 1, 2, 3, 4, 6, 7, 8) : Gen.Choose(0, 8)
        let digits = first.ToString(CultureInfo.InvariantCulture) + string.Concat(rest)
        let subscriber = grouped ? digits[..split] + separator + digits[split..] : digits
        let trunk = prefix[1..]
        select country switch
        {
            0 or 1 => prefix + separator + subscriber,
            2 => $"+358 {trunk}{separator}{subscriber}",
            3 => $"00 358 {trunk}{separator}{subscriber}",
            4 => $"(+358) {trunk}{separator}{subscriber}",
            5 => $"+358 ({trunk}) {subscriber}",
            6 => $"358 {trunk}{separator}{subscriber}",
            7 => $"+358 0 {trunk}{separator}{subscriber}",
            _ => $"+358 (0){trunk}{separator}{subscriber}",
        };

    // A local part over 64 characters: the old expression found only its end.
    private static Gen<string> LongEmailAddress() =>
        from atoms in Gen.Choose(6, 14)
        from local in Gen.ArrayOf(PrivacyArbitraries.Atom(12), atoms)
        from padding in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray()), 65)
        from domain in PrivacyArbitraries.Atom(10)
        from tld in Gen.Elements("fi", "com", "org", "se")
        select new string(padding) + "." + string.Join(".", local) + "@" + domain + "." + tld;

    private static Gen<string> ObfuscatedEmailAddress() =>
        from local in PrivacyArbitraries.Atom(10)
        from joinLocal in Gen.Elements("", ".")
        from second in PrivacyArbitraries.Atom(8)
        from domain in PrivacyArbitraries.Atom(10)
        from tld in Gen.Elements("fi", "com", "org", "se", "net", "eu")
        from form in Gen.Choose(0, 6)
        let name = joinLocal.Length == 0 ? local : local + "." + second
        select form switch
        {
            0 => $"{name}(at){domain}.{tld}",
            1 => $"{name} [at] {domain}.{tld}",
            2 => $"{name} at {domain} dot {tld}",
            3 => $"{name} ät {domain} piste {tld}",
            4 => $"{name} @ {domain}.{tld}",
            5 => $"{name}\uFF20{domain}.{tld}",
            _ => $"{name} (at) {domain}.{tld}",
        };

    private static Gen<string> StreetAddressGen() =>
        from swedish in Gen.Elements(false, false, true)
        from stem in Gen.Elements(swedish ? SwedishStreetStems : StreetStems)
        from word in Gen.Elements(swedish ? SwedishStreetWords : FinnishStreetWords)
        from number in Gen.Choose(1, 120)
        from flat in Gen.Choose(0, 3)
        from staircase in Gen.Elements("A", "B", "C")
        from flatNumber in Gen.Choose(1, 60)
        from postal in Gen.Choose(0, 99)
        from postalEnd in Gen.Choose(0, 9)
        from town in Gen.Elements(Towns)
        let flatText = flat switch
        {
            0 => string.Empty,
            1 => $" {staircase} {flatNumber}",
            2 => $" {staircase.ToLowerInvariant()} {flatNumber}",
            _ => swedish ? $" lgh {flatNumber}" : $" as {flatNumber}",
        }
        select string.Create(CultureInfo.InvariantCulture, $"{stem}{word} {number}{flatText}, {postal:00}{postalEnd}00 {town}");

    private static Gen<string> NamePair() =>
        from first in Gen.Elements(CommonPersonNames.FirstNames)
        from surname in Gen.Elements(CommonPersonNames.Surnames)
        from nenStem in Gen.Elements("Meikäl", "Hyvär", "Kuusi", "Mäkel", "Laakso", "Kallio")
        from form in Gen.Choose(0, 3)
        select form switch
        {
            0 => $"{first} {surname}",
            1 => $"{surname} {first}",
            2 => $"{first[0]}. {surname}",
            _ => $"{first} {nenStem}ainen",
        };

    private static Gen<string> LookAlike()
    {
        var day = Gen.Choose(1, 28);
        var month = Gen.Choose(1, 12);
        var year = Gen.Choose(1990, 2035);
        var date = from d in day
                   from m in month
                   from y in year
                   from form in Gen.Choose(0, 7)
                   from d2 in day
                   select form switch
                   {
                       0 => Format($"{d}.{m}.{y}"),
                       1 => Format($"{d:00}.{m:00}.{y}"),
                       2 => Format($"{d:00}-{m:00}-{y}"),
                       3 => Format($"{d:00}/{m:00}/{y}"),
                       4 => Format($"{y}-{m:00}-{d:00}"),
                       5 => Format($"{d}.{m}.–{d2}.{m}.{y}"),
                       6 => Format($"{d:00}-{m:00}-{y} – {d2:00}-{m:00}-{y}"),
                       _ => Format($"{d:00}.{m:00}.{y % 100:00}"),
                   };
        var time = from h in Gen.Choose(7, 20)
                   from min in Gen.Elements(0, 15, 30, 45)
                   select Format($"klo {h:00}.{min:00}–{h + 1:00}.{min:00}");
        var register = from n in Gen.Choose(1, 999)
                       from y in year
                       from form in Gen.Choose(0, 3)
                       select form switch
                       {
                           0 => Format($"Dnro {n:000}-{y}"),
                           1 => Format($"asia {n:000}/{y}"),
                           2 => Format($"diaarinumero: EKHVA/{n}/{y}"),
                           _ => Format($"{n}/{y} vp"),
                       };
        var numberList = from start in Gen.Choose(1, 40)
                         from count in Gen.Choose(3, 8)
                         from comma in Gen.Elements(false, true)
                         from word in Gen.Elements("viikot", "kuukaudet", "kohdat")
                         let items = Enumerable.Range(start, count).Select(i => i.ToString("00", CultureInfo.InvariantCulture))
                         select word + " " + string.Join(comma ? ", " : " ", items);
        var postalList = from codes in Gen.ArrayOf(Gen.Choose(1, 99), 3)
                         from comma in Gen.Elements(false, true)
                         let items = codes.Select(c => c.ToString("00", CultureInfo.InvariantCulture) + "100")
                         select "postinumerot " + string.Join(comma ? ", " : " ", items);
        var iban = from digits in Gen.ArrayOf(Gen.Choose(0, 9), 14)
                   from grouped in Gen.Elements(false, true)
                   select "tili " + Iban(string.Concat(digits), grouped);
        var rf = from digits in Gen.ArrayOf(Gen.Choose(0, 9), 12)
                 from grouped in Gen.Elements(false, true)
                 select "viite " + CreditorReference("1" + string.Concat(digits), grouped);
        var businessId = from digits in Gen.ArrayOf(Gen.Choose(0, 9), 7)
                         select "Y-tunnus " + BusinessId(digits);
        var other = Gen.Elements(
            "Laki 1301/2014 § 7", "sosiaalihuoltolaki 1301/2014", "kuva icon@2x.png", "logo@3x.jpg liitteenä",
            "kuvake@2x.webp", "@tiimi kokous", "versio 2.1.3", "2024–2025", "321 rekisteröintiä", "1 234,50 €",
            "12 345 euroa", "11 x viikossa", "Kymenlaakso Etelä-Karjala", "Kouvola Kotka Hamina", "Lappeenranta Imatra",
            "Kotkankatu 5 on toimipiste", "Toimisto Kauppakatu 12", "Hyvinvointialue Kymenlaakso", "Rakenteellinen sosiaalityö",
            "Etelä-Karjalan hyvinvointialue", "Onni ja Toivo -hanke", "Aino-ryhmä");
        var amount = from euros in Gen.Choose(1000, 999999)
                     select Format($"{euros / 1000} {euros % 1000:000} €");
        return Gen.OneOf(date, date, time, register, numberList, postalList, iban, rf, businessId, other, amount);
    }

    private static string Format(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static string Iban(string bban, bool grouped)
    {
        var check = 98 - (int)(BigInteger.Parse(bban + "151800", CultureInfo.InvariantCulture) % 97);
        var iban = Format($"FI{check:00}{bban}");
        return grouped ? Group(iban) : iban;
    }

    private static string CreditorReference(string reference, bool grouped)
    {
        var check = 98 - (int)(BigInteger.Parse(reference + "271500", CultureInfo.InvariantCulture) % 97);
        var rf = Format($"RF{check:00}{reference}");
        return grouped ? Group(rf) : rf;
    }

    private static string Group(string text)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < text.Length; i++)
        {
            if (i > 0 && i % 4 == 0)
            {
                builder.Append(' ');
            }

            builder.Append(text[i]);
        }

        return builder.ToString();
    }

    private static string BusinessId(int[] digits)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2];
        var remainder = digits.Select((d, i) => d * weights[i]).Sum() % 11;
        if (remainder == 1)
        {
            // A remainder of 1 is never issued; changing the first digit by one moves it away from 1.
            digits[0] = (digits[0] + 1) % 10;
            remainder = digits.Select((d, i) => d * weights[i]).Sum() % 11;
        }

        var check = remainder == 0 ? 0 : 11 - remainder;
        return string.Concat(digits) + "-" + check.ToString(CultureInfo.InvariantCulture);
    }

    private sealed record Sample(PersonalDataKind Kind, string Label, string Text, int Start, int Length);

    private sealed record Corpus(IReadOnlyList<Sample> Positives, IReadOnlyList<string> NearMisses, IReadOnlyList<string> LookAlikes);
}
