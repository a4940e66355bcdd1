using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The labels people see for what a process step records (fi: kirjausten lajien nimet), in Finnish, Swedish and
/// English, instead of enum names such as <c>Remark</c>.
/// </summary>
public static class RecordLabels
{
    /// <summary>The label of a kind of record, e.g. "esihenkilön huomio" for <see cref="RecordKind.Remark"/>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The label, in lower case.</returns>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined.</exception>
    public static LocalizedText Of(RecordKind kind) => Guard.Against.EnumOutOfRange(kind) switch
    {
        RecordKind.Remark => new("huomio", "anmärkning", "remark"),
        RecordKind.Comment => new("kommentti", "kommentar", "comment"),
        RecordKind.Observation => new("havainto", "observation", "observation"),
        RecordKind.SolutionProposal => new("ratkaisuehdotus", "lösningsförslag", "solution proposal"),
        RecordKind.Assessment => new("arvio", "bedömning", "assessment"),
        RecordKind.Decision => new("päätös", "beslut", "decision"),
        RecordKind.Feedback => new("palaute", "respons", "feedback"),
        _ => new("julkaisu", "publicering", "publication"),
    };
}
