namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Marks the converter of an id type (<see cref="SystemIdJsonConverter{T}"/>), so that a document's string that the
/// converter refuses is reported as an invalid value (the id's rule), not as a wrong type.
/// </summary>
internal interface ISystemIdJsonConverter;
