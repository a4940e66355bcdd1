using System.Text;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Finds and removes directly identifying personal data (fi: henkilötiedot) in free text about client work: Finnish
/// personal identity codes, Finnish phone numbers, e-mail addresses and street addresses with a postal code, and, when
/// asked, person names (<see cref="PersonNames"/>; the <c>…IncludingNames</c> operations).
/// </summary>
/// <remarks>
/// <para>Text is read as people type and paste it: typographic dashes and spaces, full-width forms and invisible
/// characters (soft hyphen, zero-width space and joiner) are folded before reading, and findings give positions in the
/// original text, so a finding spans the invisible characters inside it.</para>
/// <para>The boundary rule, the same for every kind: nothing next to personal data hides it. A finding may stand next to
/// a letter, a digit, punctuation or a redaction marker (<c>hetu131052-308T</c>,
/// <c>[henkilötunnus poistettu]131052-308T</c>). Only a digit glued to a number that has no check character continues
/// it (<c>12040 123 4567</c> is one number), except after a date's four-digit year (<c>1.12.2025040 123 4567</c>).</para>
/// <para>Candidates are checked, so look-alikes are not reported: dates (<c>18.12.2024</c>, <c>05-06-2025</c>,
/// <c>2025-01-15</c>), statute numbers (<c>1301/2014</c>), register numbers (<c>Dnro 014-2025</c>), business ids
/// (<c>3221311-5</c>), lists of week or month numbers and of postal codes, bank accounts (IBAN) and RF creditor
/// references (by their check digits), file names such as <c>icon@2x.png</c>, and identity codes with a wrong check
/// character or an impossible date. Identity codes are found in either letter case, because a lower-case code still
/// identifies a person (see <see cref="PersonalIdentityCode"/>).</para>
/// <para>When findings of different kinds overlap, <see cref="Scan"/> keeps the more specific kind
/// (identity code, e-mail address, phone number, street address, person name, in this order); <see cref="Redact"/>
/// removes the union of them all. <see cref="Redact"/> is idempotent and a scan of its result finds nothing.</para>
/// <para>The scan is linear in the length of the text: hand-written readers look at a bounded number of characters
/// from each position (an e-mail address's local part is read back only to the previous character that cannot be in
/// one), so no input makes it slow and no timeout is needed. A text that cannot hold a finding (no digit, no at sign, no
/// character that folding changes, and no e-mail address written out in letters) is answered after one vectorised
/// pass, without folding or allocating; the answer is the full scan's.</para>
/// <para>Findings and messages never contain the personal data itself.</para>
/// </remarks>
public static class PersonalDataScanner
{
    /// <summary>What <see cref="Redact"/> puts in place of a personal identity code.</summary>
    public const string PersonalIdentityCodeMarker = "[henkilötunnus poistettu]";

    /// <summary>What <see cref="Redact"/> puts in place of a phone number.</summary>
    public const string PhoneNumberMarker = "[puhelinnumero poistettu]";

    /// <summary>What <see cref="Redact"/> puts in place of an e-mail address.</summary>
    public const string EmailAddressMarker = "[sähköposti poistettu]";

    /// <summary>What <see cref="Redact"/> puts in place of a street address.</summary>
    public const string StreetAddressMarker = "[osoite poistettu]";

    /// <summary>What <see cref="RedactIncludingNames"/> puts in place of a person name.</summary>
    public const string PersonNameMarker = "[nimi poistettu]";

    // The name findings carry when the caller did not name a field.
    private const string DefaultField = "text";

    // From the most specific kind to the least, which is also the order in which overlaps are resolved.
    private static readonly PersonalDataKind[] KindsByPriority =
    [
        PersonalDataKind.PersonalIdentityCode,
        PersonalDataKind.EmailAddress,
        PersonalDataKind.PhoneNumber,
        PersonalDataKind.StreetAddress,
        PersonalDataKind.PersonName,
    ];

    /// <summary>Finds the personal data in <paramref name="text"/>; person names are not looked for.</summary>
    /// <param name="text">The free text to scan; null or empty has no findings.</param>
    /// <param name="field">The name of the field the text comes from, reported in every finding, e.g. <c>description</c>.</param>
    /// <returns>The findings, ordered by <see cref="PersonalDataFinding.Start"/> and not overlapping one another.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is empty or white space.</exception>
    public static IReadOnlyList<PersonalDataFinding> Scan(string? text, string field) => ScanWith(text, field, null);

    /// <summary>Finds the personal data in <paramref name="text"/>, person names of <paramref name="names"/> included.</summary>
    /// <param name="text">The free text to scan; null or empty has no findings.</param>
    /// <param name="field">The name of the field the text comes from, reported in every finding, e.g. <c>description</c>.</param>
    /// <param name="names">The names to look for, e.g. <see cref="PersonNames.Common"/>; see <see cref="PersonNames"/>
    /// for what counts as a name.</param>
    /// <returns>The findings, ordered by <see cref="PersonalDataFinding.Start"/> and not overlapping one another.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> or <paramref name="names"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is empty or white space.</exception>
    public static IReadOnlyList<PersonalDataFinding> ScanIncludingNames(string? text, string field, PersonNames names)
    {
        Guard.Against.Null(names);
        return ScanWith(text, field, names);
    }

    /// <summary>Whether <paramref name="text"/> contains any personal data that <see cref="Scan"/> would report.</summary>
    /// <param name="text">The free text to scan; null or empty contains none.</param>
    /// <returns>True when there is at least one finding.</returns>
    public static bool ContainsPersonalData(string? text) =>
        !string.IsNullOrEmpty(text) && !ScanShortcut.HoldsNoFinding(text) && Candidates(ScanText.Of(text), null).Count > 0;

    /// <summary>
    /// Whether <paramref name="text"/> contains any personal data that <see cref="ScanIncludingNames"/>
    /// would report.
    /// </summary>
    /// <param name="text">The free text to scan; null or empty contains none.</param>
    /// <param name="names">The names to look for.</param>
    /// <returns>True when there is at least one finding.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="names"/> is null.</exception>
    public static bool ContainsPersonalDataIncludingNames(string? text, PersonNames names)
    {
        Guard.Against.Null(names);
        return !string.IsNullOrEmpty(text) && Candidates(ScanText.Of(text), names).Count > 0;
    }

    /// <summary>
    /// Replaces every piece of personal data in <paramref name="text"/> (person names not included) with the marker of
    /// its kind (see <see cref="MarkerFor"/>) and keeps the rest of the text as it is.
    /// </summary>
    /// <param name="text">The free text to redact.</param>
    /// <returns>The redacted text, in which <see cref="Scan"/> finds nothing; the same instance when
    /// there was nothing to redact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    public static string Redact(string text)
    {
        Guard.Against.Null(text);
        return RedactWith(text, null);
    }

    /// <summary>
    /// Replaces every piece of personal data in <paramref name="text"/>, person names of <paramref name="names"/>
    /// included, with the marker of its kind (see <see cref="MarkerFor"/>) and keeps the rest of the text as it is.
    /// </summary>
    /// <param name="text">The free text to redact.</param>
    /// <param name="names">The names to look for.</param>
    /// <returns>The redacted text, in which <see cref="ScanIncludingNames"/> finds nothing; the same
    /// instance when there was nothing to redact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> or <paramref name="names"/> is null.</exception>
    public static string RedactIncludingNames(string text, PersonNames names)
    {
        Guard.Against.Null(text);
        Guard.Against.Null(names);
        return RedactWith(text, names);
    }

    /// <summary>The marker <see cref="Redact"/> puts in place of personal data of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of personal data.</param>
    /// <returns>One of <see cref="PersonalIdentityCodeMarker"/>, <see cref="PhoneNumberMarker"/>,
    /// <see cref="EmailAddressMarker"/>, <see cref="StreetAddressMarker"/> and <see cref="PersonNameMarker"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined
    /// <see cref="PersonalDataKind"/>.</exception>
    public static string MarkerFor(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.PersonalIdentityCode => PersonalIdentityCodeMarker,
        PersonalDataKind.PhoneNumber => PhoneNumberMarker,
        PersonalDataKind.EmailAddress => EmailAddressMarker,
        PersonalDataKind.StreetAddress => StreetAddressMarker,
        PersonalDataKind.PersonName => PersonNameMarker,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of personal data."),
    };

    private static List<PersonalDataFinding> ScanWith(string? text, string field, PersonNames? names)
    {
        Guard.Against.NullOrBlank(field);
        if (string.IsNullOrEmpty(text) || (names is null && ScanShortcut.HoldsNoFinding(text)))
        {
            return [];
        }

        var scanText = ScanText.Of(text);
        var kept = new List<Candidate>();
        foreach (var kind in KindsByPriority)
        {
            kept = KeepNonOverlapping(kept, NonOverlapping(Find(scanText.Chars, kind, names)));
        }

        return kept.ConvertAll(c =>
        {
            var (start, length) = scanText.OriginalSpan(c.Start, c.End);
            return new PersonalDataFinding(field, c.Kind, start, length);
        });
    }

    private static string RedactWith(string text, PersonNames? names) =>
        names is null && ScanShortcut.HoldsNoFinding(text) ? text : RedactFully(text, names);

    // The redaction without the shortcut: what the shortcut must agree with (ScanShortcutProperties).
    internal static string RedactFully(string text, PersonNames? names)
    {
        // Markers hold nothing a finding needs (no digit, no at sign, no capitalised word), and nothing next to a
        // finding changes what it is, so the second round finds nothing. The loop is a safety net that still ends:
        // every round replaces at least one finding with a marker that no finding can take in.
        var current = text;
        while (true)
        {
            var scanText = ScanText.Of(current);
            var spans = Merged(Candidates(scanText, names));
            if (spans.Count == 0)
            {
                return current;
            }

            var builder = new StringBuilder(current.Length);
            var position = 0;
            foreach (var span in spans)
            {
                var (start, length) = scanText.OriginalSpan(span.Start, span.End);
                builder.Append(current, position, start - position).Append(MarkerFor(span.Kind));
                position = start + length;
            }

            current = builder.Append(current, position, current.Length - position).ToString();
        }
    }

    // Every candidate of every kind, in folded positions, unsorted.
    private static List<Candidate> Candidates(ScanText text, PersonNames? names)
    {
        var all = new List<Candidate>();
        foreach (var kind in KindsByPriority)
        {
            all.AddRange(Find(text.Chars, kind, names));
        }

        return all;
    }

    private static List<Candidate> Find(ReadOnlySpan<char> text, PersonalDataKind kind, PersonNames? names)
    {
        var found = new List<Candidate>();
        switch (kind)
        {
            case PersonalDataKind.PersonalIdentityCode:
                for (var i = 0; i + PersonalIdentityCode.CodeLength <= text.Length; i++)
                {
                    var length = PersonalDataPatterns.IsDigit(text[i]) ? PersonalIdentityCode.MatchAt(text, i) : 0;
                    if (length > 0)
                    {
                        found.Add(new(kind, i, i + length));
                        i += length - 1;
                    }
                }

                break;
            case PersonalDataKind.EmailAddress:
                for (var i = 0; i < text.Length; i++)
                {
                    if (EmailAddress.MayBeAtSign(text, i) && EmailAddress.MatchAround(text, i) is { End: > 0 } address)
                    {
                        found.Add(new(kind, address.Start, address.End));
                        i = address.End - 1;
                    }
                }

                break;
            case PersonalDataKind.PhoneNumber:
                FindPhoneNumbers(text, found);
                break;
            case PersonalDataKind.StreetAddress:
                for (var i = 0; i < text.Length; i++)
                {
                    var length = StreetAddress.MayStartAt(text, i) ? StreetAddress.MatchAt(text, i) : 0;
                    if (length > 0)
                    {
                        found.Add(new(kind, i, i + length));
                        i += length - 1;
                    }
                }

                break;
            default:
                if (names is not null)
                {
                    var spans = new List<(int Start, int End)>();
                    names.Find(text, spans);
                    found.AddRange(spans.Select(s => new Candidate(kind, s.Start, s.End)));
                }

                break;
        }

        return found;
    }

    private static void FindPhoneNumbers(ReadOnlySpan<char> text, List<Candidate> found)
    {
        // Bank accounts and creditor references are stepped over whole, so their digit groups start nothing.
        var i = 0;
        while (i < text.Length)
        {
            var skip = BankReference.MayStartAt(text, i) ? BankReference.MatchAt(text, i) : 0;
            if (skip > 0)
            {
                i += skip;
                continue;
            }

            var length = FinnishPhoneNumber.MayStartAt(text, i) ? FinnishPhoneNumber.MatchAt(text, i) : 0;
            if (length > 0)
            {
                found.Add(new(PersonalDataKind.PhoneNumber, i, i + length));
                i += length;
                continue;
            }

            i++;
        }
    }

    // Merges overlapping candidates into one span that takes the most specific kind, so that a finding Scan drops for
    // overlapping another one is still removed whole. A less specific candidate that starts inside a more specific one
    // is another reading of the same characters (the "0475 - 311302" inside "050610+0475 - 311302A123X") and is
    // dropped, as Scan drops it.
    private static List<Candidate> Merged(List<Candidate> all)
    {
        if (all.Count == 0)
        {
            return all;
        }

        all.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : Priority(a.Kind).CompareTo(Priority(b.Kind)));
        var merged = new List<Candidate>(all.Count);
        var current = all[0];
        for (var i = 1; i < all.Count; i++)
        {
            var next = all[i];
            if (next.Start < current.End && next.Start > current.Start && Priority(next.Kind) > Priority(current.Kind))
            {
                continue;
            }

            if (next.Start < current.End)
            {
                var kind = Priority(next.Kind) < Priority(current.Kind) ? next.Kind : current.Kind;
                current = new Candidate(kind, current.Start, Math.Max(current.End, next.End));
            }
            else
            {
                merged.Add(current);
                current = next;
            }
        }

        merged.Add(current);
        return merged;
    }

    private static int Priority(PersonalDataKind kind) => Array.IndexOf(KindsByPriority, kind);

    // The candidates of one kind, sorted, keeping the first of any that overlap.
    private static List<Candidate> NonOverlapping(List<Candidate> candidates)
    {
        candidates.Sort(static (a, b) => a.Start.CompareTo(b.Start));
        var result = new List<Candidate>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (result.Count == 0 || result[^1].End <= candidate.Start)
            {
                result.Add(candidate);
            }
        }

        return result;
    }

    // Merges two sorted lists of non-overlapping candidates, dropping each candidate that overlaps a kept one.
    private static List<Candidate> KeepNonOverlapping(List<Candidate> kept, List<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return kept;
        }

        var result = new List<Candidate>(kept.Count + candidates.Count);
        var k = 0;
        foreach (var candidate in candidates)
        {
            while (k < kept.Count && kept[k].End <= candidate.Start)
            {
                result.Add(kept[k]);
                k++;
            }

            if (k < kept.Count && kept[k].Start < candidate.End)
            {
                continue;
            }

            result.Add(candidate);
        }

        while (k < kept.Count)
        {
            result.Add(kept[k]);
            k++;
        }

        return result;
    }

    // A finding in folded positions: [Start, End).
    private readonly record struct Candidate(PersonalDataKind Kind, int Start, int End);
}
