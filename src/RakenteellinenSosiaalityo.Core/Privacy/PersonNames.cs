using System.Collections.Frozen;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Lists of first names and surnames for the opt-in person-name check of <see cref="PersonalDataScanner"/> (fi:
/// henkilönnimet): a report must not carry a client's name.
/// </summary>
/// <remarks>
/// <para>The check is conservative, because many Finnish names are also common words (<c>Onni</c>, <c>Tuuli</c>,
/// <c>Aino</c>, <c>Toivo</c>, <c>Kallio</c>, <c>Mäki</c>, <c>Koski</c>): a single name is never reported. A finding is
/// two capitalised words next to each other (separated by one or two spaces) that make a name:</para>
/// <list type="bullet">
/// <item>a listed first name followed by a listed surname, or by a capitalised word ending in <c>-nen</c> (the most
/// common ending of Finnish surnames: <c>Matti Meikäläinen</c>);</item>
/// <item>a listed surname followed by a listed first name, as registers write them (<c>Virtanen Matti</c>);</item>
/// <item>an initial and a listed surname (<c>M. Virtanen</c>).</item>
/// </list>
/// <para>Listed first names written right before the pair belong to the finding (<c>Anna Maria Virtanen</c>), and a
/// hyphenated first name is a first name when each of its parts is (<c>Anna-Liisa</c>). Names are compared ignoring
/// case, but each word of a pair must start with a capital letter.</para>
/// <para>What the check cannot catch: a first name or surname alone (<c>Matti kertoi</c>), a name that is on no list
/// and does not end in <c>-nen</c>, a name written in lower case, a nickname, or a name inflected in a Finnish case
/// (<c>Matti Virtasen</c>, <c>Virtaselle</c>). It is a net for the common case, not a guarantee.</para>
/// </remarks>
public sealed class PersonNames
{
    private readonly FrozenSet<string> firstNames;
    private readonly FrozenSet<string> surnames;

    private PersonNames(FrozenSet<string> firstNames, FrozenSet<string> surnames)
    {
        this.firstNames = firstNames;
        this.surnames = surnames;
    }

    /// <summary>
    /// The built-in lists: 255 first names and 95 surnames common in Finland, Finnish and Swedish, across generations.
    /// </summary>
    public static PersonNames Common { get; } = Create(CommonPersonNames.FirstNames, CommonPersonNames.Surnames);

    /// <summary>The number of first names on the lists.</summary>
    public int FirstNameCount => firstNames.Count;

    /// <summary>The number of surnames on the lists.</summary>
    public int SurnameCount => surnames.Count;

    /// <summary>Creates lists of names, e.g. the names of a unit's clients or a region's own list.</summary>
    /// <param name="firstNames">The first names; blank entries are an error, case does not matter.</param>
    /// <param name="surnames">The surnames; blank entries are an error, case does not matter.</param>
    /// <returns>The lists.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="firstNames"/> or <paramref name="surnames"/> is null, or
    /// holds null.</exception>
    /// <exception cref="ArgumentException">A name is empty or white space.</exception>
    public static PersonNames Create(IEnumerable<string> firstNames, IEnumerable<string> surnames)
    {
        Guard.Against.Null(firstNames);
        Guard.Against.Null(surnames);
        return new PersonNames(ToSet(firstNames, nameof(firstNames)), ToSet(surnames, nameof(surnames)));
    }

    /// <summary>These lists together with <paramref name="other"/>, e.g. the built-in lists and a region's own.</summary>
    /// <param name="other">The lists to add.</param>
    /// <returns>The union of both.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public PersonNames Including(PersonNames other)
    {
        Guard.Against.Null(other);
        return new PersonNames(
            firstNames.Concat(other.firstNames).ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            surnames.Concat(other.surnames).ToFrozenSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>Whether <paramref name="name"/> is on the first-name list (ignoring case).</summary>
    /// <param name="name">A single name, e.g. <c>Matti</c>.</param>
    /// <returns>True when listed.</returns>
    public bool IsFirstName(string? name) => name is not null && firstNames.Contains(name);

    /// <summary>Whether <paramref name="name"/> is on the surname list (ignoring case).</summary>
    /// <param name="name">A single name, e.g. <c>Virtanen</c>.</param>
    /// <returns>True when listed.</returns>
    public bool IsSurname(string? name) => name is not null && surnames.Contains(name);

    /// <summary>Adds the (start, end) of every name in folded text to <paramref name="into"/>.</summary>
    internal void Find(ReadOnlySpan<char> text, List<(int Start, int End)> into)
    {
        // The previous capitalised word, whether it is a first name, and where the run of first names that it ends
        // started.
        string? previous = null;
        var previousStart = -1;
        var previousEnd = -1;
        var runStart = -1;
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetter(text[i]) || (i > 0 && char.IsLetter(text[i - 1])))
            {
                i++;
                continue;
            }

            var start = i;
            var end = WordEnd(text, i);
            i = end;
            if (!char.IsUpper(text[start]))
            {
                previous = null;
                runStart = -1;
                continue;
            }

            var word = text[start..end].ToString();
            var gap = previous is null ? default : text[previousEnd..start];
            var adjacent = previous is not null && gap is " " or "  ";
            var afterInitial = previous is { Length: 1 } && gap is ". ";
            var isName =
                (adjacent && IsFirst(previous!) && (surnames.Contains(word) || EndsLikeSurname(word)))
                || (adjacent && surnames.Contains(previous!) && IsFirst(word))
                || (afterInitial && surnames.Contains(word));
            if (isName)
            {
                var nameStart = runStart >= 0 && !afterInitial ? runStart : previousStart;
                if (into.Count > 0 && into[^1].End > nameStart)
                {
                    nameStart = into[^1].Start;
                    into.RemoveAt(into.Count - 1);
                }

                into.Add((nameStart, end));
            }

            var first = IsFirst(word);
            runStart = !first ? -1 : adjacent && runStart >= 0 ? runStart : start;
            previous = word;
            previousStart = start;
            previousEnd = end;
        }
    }

    private static bool EndsLikeSurname(string word) =>
        word.Length >= 5 && word.EndsWith("nen", StringComparison.OrdinalIgnoreCase);

    // A listed first name, or a hyphenated one whose every part is listed (Anna-Liisa).
    private bool IsFirst(string word) =>
        firstNames.Contains(word)
        || (word.Contains('-', StringComparison.Ordinal) && word.Split('-').All(firstNames.Contains));

    private static int WordEnd(ReadOnlySpan<char> text, int i)
    {
        while (i < text.Length && (char.IsLetter(text[i]) || (text[i] is '-' or '\'' && i + 1 < text.Length && char.IsLetter(text[i + 1]))))
        {
            i++;
        }

        return i;
    }

    private static FrozenSet<string> ToSet(IEnumerable<string> names, string parameterName)
    {
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            Guard.Against.NullOrBlank(name, parameterName);
            set.Add(name.Trim());
        }

        return set.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
    }
}
