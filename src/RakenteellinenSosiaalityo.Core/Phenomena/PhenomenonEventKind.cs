using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>What one entry of a phenomenon report's history did (fi: tapahtuma).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PhenomenonEventKind>))]
public enum PhenomenonEventKind
{
    /// <summary>The phenomenon was chosen: the first step of the phenomenon process, with the selection.</summary>
    Chosen = 0,

    /// <summary>A workshop session was recorded under its workshop's step.</summary>
    WorkshopRecorded = 1,

    /// <summary>The report's text was written or edited, with the prevalence computed from the compilations.</summary>
    Written = 2,

    /// <summary>A step of the phenomenon process was performed, with what it recorded, decided and to whom it went.</summary>
    StepPerformed = 3,

    /// <summary>One entry or one decision was recorded under a step, e.g. feedback received.</summary>
    EntryRecorded = 4,

    /// <summary>A decided action was marked done or cancelled, under the step that decided it.</summary>
    ActionStatusChanged = 5,
}
