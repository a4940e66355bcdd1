using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>What one entry of a compilation's history did (fi: koosteen käsittelytapahtuma).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<CompilationEventKind>))]
public enum CompilationEventKind
{
    /// <summary>A step of the region's compilation process was performed; the first entry performs the first step and creates the compilation.</summary>
    StepPerformed = 0,

    /// <summary>One entry or one decision was recorded under a step, e.g. one of the network's solution proposals (EK 5.3).</summary>
    EntryRecorded = 1,

    /// <summary>A decided action was marked done or cancelled.</summary>
    ActionStatusChanged = 2,
}
