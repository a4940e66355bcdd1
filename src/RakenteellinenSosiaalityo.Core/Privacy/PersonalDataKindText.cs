using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>The people-facing names of <see cref="PersonalDataKind"/> values in Finnish, Swedish and English (fi: henkilötiedon laji).</summary>
public static class PersonalDataKindText
{
    /// <summary>
    /// The name of <paramref name="value"/> to show to people, e.g. in a report or a listing: the same text as
    /// <see cref="PersonalDataLabels.Of(PersonalDataKind)"/>, the one home of these names.
    /// </summary>
    /// <param name="value">A defined value.</param>
    /// <returns>The name in fi, sv and en.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this PersonalDataKind value) => Enum.IsDefined(value)
        ? PersonalDataLabels.Of(value)
        : throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined PersonalDataKind value.");
}
