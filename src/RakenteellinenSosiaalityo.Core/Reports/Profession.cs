using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>The profession of a report's author (fi: ammattinimike): who may make a social report (K 4.3, EK 5.3).</summary>
[JsonConverter(typeof(CamelCaseEnumConverter<Profession>))]
public enum Profession
{
    /// <summary>Social worker (fi: sosiaalityöntekijä).</summary>
    SocialWorker = 0,

    /// <summary>Social instructor (fi: sosiaaliohjaaja).</summary>
    SocialInstructor = 1,

    /// <summary>School curator (fi: koulukuraattori).</summary>
    SchoolCurator = 2,

    /// <summary>Crisis worker (fi: kriisityöntekijä), EK 5.3.</summary>
    CrisisWorker = 3,

    /// <summary>Another social care professional; <see cref="ReportAuthor.OtherProfession"/> says which.</summary>
    Other = 4,
}
