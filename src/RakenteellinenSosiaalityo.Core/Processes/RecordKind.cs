using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>What a process step records when it is performed (fi: kirjaus), e.g. the supervisor's remark or the network's solution proposals.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<RecordKind>))]
public enum RecordKind
{
    /// <summary>A remark on the report, e.g. the supervisor's (fi: esihenkilön huomio).</summary>
    Remark = 0,

    /// <summary>A comment of a group that processes the report or compilation (fi: kommentti).</summary>
    Comment = 1,

    /// <summary>An observation or view of the situation, recorded as a separate entry (fi: havainto).</summary>
    Observation = 2,

    /// <summary>A solution or action proposal (fi: ratkaisuehdotus, toimenpide-ehdotus).</summary>
    SolutionProposal = 3,

    /// <summary>An assessment of the report or compilation (fi: arvio).</summary>
    Assessment = 4,

    /// <summary>A decision: an action, who is responsible for it and when it is followed up (fi: päätös).</summary>
    Decision = 5,

    /// <summary>Feedback given to those who produced the knowledge (fi: palaute).</summary>
    Feedback = 6,

    /// <summary>Where and to whom the result was communicated or published, e.g. the Moodle platform (fi: julkaisu).</summary>
    Publication = 7,
}
