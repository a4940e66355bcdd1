using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>Where a decided action stands (fi: toimenpiteen tila).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ActionStatus>))]
public enum ActionStatus
{
    /// <summary>Decided, not yet done (fi: avoin).</summary>
    Open = 0,

    /// <summary>Done (fi: tehty); final.</summary>
    Done = 1,

    /// <summary>Cancelled, will not be done (fi: peruttu); final.</summary>
    Cancelled = 2,
}
