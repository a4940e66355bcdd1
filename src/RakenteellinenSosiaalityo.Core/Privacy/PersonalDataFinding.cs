using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// One piece of personal data found in free text (fi: henkilötietolöydös): the field it was found in, its kind and
/// where it is. The finding never holds the matched value itself, so it can be logged and shown safely.
/// </summary>
/// <param name="Field">The name of the scanned field, e.g. <c>description</c>; must not be null, empty or white space.</param>
/// <param name="Kind">The kind of personal data found.</param>
/// <param name="Start">The zero-based index in the scanned text where the personal data starts; not negative.</param>
/// <param name="Length">The number of characters the personal data spans; positive.</param>
/// <exception cref="ArgumentNullException"><paramref name="Field"/> is null.</exception>
/// <exception cref="ArgumentException"><paramref name="Field"/> is empty or white space, or <paramref name="Kind"/> is
/// not a defined <see cref="PersonalDataKind"/>, or <paramref name="Start"/> is negative, or <paramref name="Length"/>
/// is zero or negative.</exception>
public readonly record struct PersonalDataFinding(string Field, PersonalDataKind Kind, int Start, int Length)
{
    /// <summary>The name of the scanned field, e.g. <c>description</c>.</summary>
    public string Field { get; } = Guard.Against.NullOrBlank(Field);

    /// <summary>The kind of personal data found.</summary>
    public PersonalDataKind Kind { get; } = Guard.Against.EnumOutOfRange(Kind);

    /// <summary>The zero-based index in the scanned text where the personal data starts.</summary>
    public int Start { get; } = Guard.Against.Negative(Start);

    /// <summary>The number of characters the personal data spans.</summary>
    public int Length { get; } = Guard.Against.NegativeOrZero(Length);

    /// <summary>The index just past the personal data (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>
    /// Describes the finding by field, kind and position only, e.g. <c>PhoneNumber in 'description' at 12 (length 14)</c>.
    /// </summary>
    /// <returns>A description that never contains the matched personal data.</returns>
    public override string ToString() => $"{Kind} in '{Field}' at {Start} (length {Length})";
}
