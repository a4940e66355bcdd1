using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>Whether a report concerns a negative or a positive phenomenon (fi: kielteinen tai myönteinen ilmiö), EK 5.3.</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ReportPolarity>))]
public enum ReportPolarity
{
    /// <summary>A problem or a grievance (fi: epäkohta, kielteinen ilmiö).</summary>
    Negative = 0,

    /// <summary>A good practice or a positive development (fi: myönteinen ilmiö).</summary>
    Positive = 1,
}
