using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>Where a report or a compilation is in its region's process (fi: käsittelyn tila).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<LifecycleStatus>))]
public enum LifecycleStatus
{
    /// <summary>Created, its first step not yet performed (a report not yet submitted).</summary>
    Draft = 0,

    /// <summary>The first step is performed; the process's completion step is not.</summary>
    InProcess = 1,

    /// <summary>The completion step is performed (a report is ready for compilation). Steps that do not lead to the completion step may still be pending.</summary>
    Completed = 2,

    /// <summary>Returned to its makers for completion; the first step must be performed again.</summary>
    Returned = 3,

    /// <summary>Withdrawn; final.</summary>
    Withdrawn = 4,
}
