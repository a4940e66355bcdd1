using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>The people-facing names of <see cref="CommunicationAudience"/> values in Finnish, Swedish and English (fi: viestinnän kohderyhmä).</summary>
public static class CommunicationAudienceText
{
    /// <summary>The name of <paramref name="value"/> to show to people, e.g. in an evaluation's explanation.</summary>
    /// <param name="value">A defined value.</param>
    /// <returns>The name in fi, sv and en.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="value"/> is not a defined value.</exception>
    public static LocalizedText Label(this CommunicationAudience value) => value switch
    {
        CommunicationAudience.Internal => new("sisäinen", "intern", "internal"),
        CommunicationAudience.DecisionMakers => new("päättäjät", "beslutsfattare", "decision makers"),
        CommunicationAudience.External => new("ulkoinen", "extern", "external"),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "Not a defined CommunicationAudience value."),
    };
}
