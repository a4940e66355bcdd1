using System.Text;
using System.Text.RegularExpressions;
using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Finds and removes directly identifying personal data (fi: henkilötiedot) in free text about client work: Finnish
/// personal identity codes, Finnish phone numbers and e-mail addresses.
/// </summary>
/// <remarks>
/// <para>Candidates are found with regular expressions and then checked in code, so look-alikes are not reported:
/// dates (<c>18.12.2024</c>, <c>2025-01-15</c>), statute numbers (<c>1301/2014</c>), business ids (<c>3221311-5</c>),
/// identity codes with a wrong check character or an impossible date, and counts.</para>
/// <para>Identity codes are found in either letter case, because a lower-case code still identifies a person (see
/// <see cref="PersonalIdentityCode"/>). Phone numbers are <c>0…</c>, <c>(0…)</c>, <c>+358…</c> or <c>00358…</c>, with
/// digit groups separated by one space or dash and 6 to 10 digits after the trunk 0 or the country code.</para>
/// <para>When findings of different kinds overlap, <see cref="Scan"/> keeps the identity code over the e-mail address
/// and the e-mail address over the phone number; <see cref="Redact"/> removes the union of them all.</para>
/// <para>Text right next to a redaction marker is judged as it was next to the personal data the marker replaced, so
/// <see cref="Redact"/> is idempotent and its result has no finding.</para>
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

    // The name findings carry when the caller did not name a field.
    private const string DefaultField = "text";

    // Checked from the most specific kind to the least, which is also the order in which overlaps are resolved.
    private static readonly PersonalDataKind[] KindsByPriority =
    [
        PersonalDataKind.PersonalIdentityCode,
        PersonalDataKind.EmailAddress,
        PersonalDataKind.PhoneNumber,
    ];

    /// <summary>Finds the personal data in <paramref name="text"/>.</summary>
    /// <param name="text">The free text to scan; null or empty has no findings.</param>
    /// <param name="field">The name of the field the text comes from, reported in every finding, e.g. <c>description</c>.</param>
    /// <returns>The findings, ordered by <see cref="PersonalDataFinding.Start"/> and not overlapping one another.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="field"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="field"/> is empty or white space.</exception>
    /// <exception cref="RegexMatchTimeoutException">The text is so large that a search ran out of time; treat the
    /// text as if it contained personal data.</exception>
    public static IReadOnlyList<PersonalDataFinding> Scan(string? text, string field)
    {
        Guard.Against.NullOrWhiteSpace(field);
        if (string.IsNullOrEmpty(text))
        {
            return [];
        }

        var kept = new List<PersonalDataFinding>();
        foreach (var kind in KindsByPriority)
        {
            var found = new List<PersonalDataFinding>();
            Collect(text, field, kind, found, firstOnly: false);
            kept = KeepNonOverlapping(kept, found);
        }

        return kept;
    }

    /// <summary>Whether <paramref name="text"/> contains any personal data that <see cref="Scan"/> would report.</summary>
    /// <param name="text">The free text to scan; null or empty contains none.</param>
    /// <returns>True when there is at least one finding.</returns>
    /// <exception cref="RegexMatchTimeoutException">The text is so large that a search ran out of time; treat the
    /// text as if it contained personal data.</exception>
    public static bool ContainsPersonalData(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return false;
        }

        var found = new List<PersonalDataFinding>(1);
        foreach (var kind in KindsByPriority)
        {
            Collect(text, DefaultField, kind, found, firstOnly: true);
            if (found.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Replaces every piece of personal data in <paramref name="text"/> with the marker of its kind (see
    /// <see cref="MarkerFor"/>) and keeps the rest of the text as it is.
    /// </summary>
    /// <param name="text">The free text to redact.</param>
    /// <returns>The redacted text, in which <see cref="Scan"/> finds nothing; the same instance when there was nothing
    /// to redact.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="RegexMatchTimeoutException">The text is so large that a search ran out of time; the text
    /// must not be used unredacted.</exception>
    public static string Redact(string text)
    {
        Guard.Against.Null(text);

        // The patterns judge text next to a marker as they judged it next to the data it replaced, so the second round
        // finds nothing. The loop is a safety net that still ends: markers hold nothing a finding needs (no digit, no
        // '@'), so every round shrinks the text left unredacted.
        var current = text;
        while (true)
        {
            var spans = RedactionSpans(current);
            if (spans.Count == 0)
            {
                return current;
            }

            var builder = new StringBuilder(current.Length);
            var position = 0;
            foreach (var span in spans)
            {
                builder.Append(current, position, span.Start - position).Append(MarkerFor(span.Kind));
                position = span.End;
            }

            current = builder.Append(current, position, current.Length - position).ToString();
        }
    }

    /// <summary>The marker <see cref="Redact"/> puts in place of personal data of <paramref name="kind"/>.</summary>
    /// <param name="kind">The kind of personal data.</param>
    /// <returns>One of <see cref="PersonalIdentityCodeMarker"/>, <see cref="PhoneNumberMarker"/> and
    /// <see cref="EmailAddressMarker"/>.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="kind"/> is not a defined
    /// <see cref="PersonalDataKind"/>.</exception>
    public static string MarkerFor(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.PersonalIdentityCode => PersonalIdentityCodeMarker,
        PersonalDataKind.PhoneNumber => PhoneNumberMarker,
        PersonalDataKind.EmailAddress => EmailAddressMarker,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown kind of personal data."),
    };

    // Every candidate of every kind, overlaps merged into one span that takes the most specific kind, so that a
    // finding Scan drops for overlapping another one is still removed whole.
    private static List<PersonalDataFinding> RedactionSpans(string text)
    {
        var all = new List<PersonalDataFinding>();
        foreach (var kind in KindsByPriority)
        {
            Collect(text, DefaultField, kind, all, firstOnly: false);
        }

        if (all.Count == 0)
        {
            return all;
        }

        all.Sort(static (a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : Priority(a.Kind).CompareTo(Priority(b.Kind)));
        var merged = new List<PersonalDataFinding>(all.Count);
        var current = all[0];
        for (var i = 1; i < all.Count; i++)
        {
            var next = all[i];
            if (next.Start < current.End)
            {
                var kind = Priority(next.Kind) < Priority(current.Kind) ? next.Kind : current.Kind;
                current = new PersonalDataFinding(DefaultField, kind, current.Start, Math.Max(current.End, next.End) - current.Start);
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

    private static void Collect(string text, string field, PersonalDataKind kind, List<PersonalDataFinding> into, bool firstOnly)
    {
        var regex = kind switch
        {
            PersonalDataKind.PersonalIdentityCode => PersonalDataPatterns.IdentityCode(),
            PersonalDataKind.PhoneNumber => PersonalDataPatterns.PhoneNumber(),
            _ => PersonalDataPatterns.EmailAddress(),
        };

        var position = 0;
        while (position < text.Length)
        {
            var match = regex.Match(text, position);
            if (!match.Success)
            {
                return;
            }

            var length = AcceptedLength(kind, text, match);
            if (length == 0)
            {
                // A rejected candidate is bounded in length, so retrying one character later keeps the scan linear
                // and still finds a valid candidate that starts inside it.
                position = match.Index + 1;
                continue;
            }

            into.Add(new PersonalDataFinding(field, kind, match.Index, length));
            if (firstOnly)
            {
                return;
            }

            position = match.Index + length;
        }
    }

    private static int AcceptedLength(PersonalDataKind kind, string text, Match match) => kind switch
    {
        PersonalDataKind.PersonalIdentityCode =>
            PersonalIdentityCode.IsValidCode(match.ValueSpan, ignoreCase: true) ? match.Length : 0,
        PersonalDataKind.PhoneNumber => FinnishPhoneNumber.PlausibleLength(text, match.Index, match.Length),
        _ => match.Length,
    };

    // Merges two sorted lists of non-overlapping findings, dropping each candidate that overlaps a kept finding.
    private static List<PersonalDataFinding> KeepNonOverlapping(List<PersonalDataFinding> kept, List<PersonalDataFinding> candidates)
    {
        if (candidates.Count == 0)
        {
            return kept;
        }

        var result = new List<PersonalDataFinding>(kept.Count + candidates.Count);
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
}
