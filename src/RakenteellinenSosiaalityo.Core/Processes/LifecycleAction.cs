using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>What one entry of a report's or a compilation's history did (fi: tapahtuma).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<LifecycleAction>))]
public enum LifecycleAction
{
    /// <summary>The subject was created, with its first content (a report's draft).</summary>
    Created = 0,

    /// <summary>The content was changed before it was (re)submitted.</summary>
    Revised = 1,

    /// <summary>A step of the region's process was performed (the first step of a report is submitting it).</summary>
    StepPerformed = 2,

    /// <summary>Something was recorded under a step without completing it, e.g. a supervisor's remark.</summary>
    EntryRecorded = 3,

    /// <summary>The subject was returned to its makers for completion; the process starts again from its first step.</summary>
    ReturnedForCompletion = 4,

    /// <summary>The subject was withdrawn; nothing more can be done to it.</summary>
    Withdrawn = 5,
}
