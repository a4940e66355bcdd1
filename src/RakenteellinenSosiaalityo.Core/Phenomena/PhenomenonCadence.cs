using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>How often a region makes a phenomenon-based social report (fi: raportointitiheys).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<PhenomenonCadence>))]
public enum PhenomenonCadence
{
    /// <summary>Once a year (fi: vuosittain; EK 4.1, 5.3).</summary>
    Yearly = 0,
}
