namespace RakenteellinenSosiaalityo.Core.Text;

/// <summary>
/// A language a user-visible label can be written in. Finnish is the language of the plans and is always present;
/// Swedish is Finland's other national language; English serves everyone else.
/// </summary>
public enum Language
{
    /// <summary>Finnish (fi), the language every label must have.</summary>
    Finnish = 0,

    /// <summary>Swedish (sv).</summary>
    Swedish = 1,

    /// <summary>English (en).</summary>
    English = 2,
}
