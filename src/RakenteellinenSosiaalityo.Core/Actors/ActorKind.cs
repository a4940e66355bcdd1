using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Actors;

/// <summary>What kind of actor a profile names (fi: toimijan tyyppi).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<ActorKind>))]
public enum ActorKind
{
    /// <summary>A role that individual people hold, e.g. the unit supervisor or the social care professionals.</summary>
    IndividualRole = 0,

    /// <summary>A working group or network of several people, e.g. the social work network.</summary>
    Group = 1,

    /// <summary>A management body that decides, e.g. a steering or management group.</summary>
    ManagementBody = 2,

    /// <summary>A party outside the region's own organisation, e.g. a university of applied sciences or residents.</summary>
    ExternalParty = 3,
}
