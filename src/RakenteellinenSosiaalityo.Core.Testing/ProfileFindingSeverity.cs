namespace RakenteellinenSosiaalityo.Core.Testing;

/// <summary>How serious a <see cref="ProfileFinding"/> of <see cref="ProfileCheck"/> is.</summary>
public enum ProfileFindingSeverity
{
    /// <summary>The profile works, but something in it is likely a mistake or an unstated assumption.</summary>
    Warning = 1,

    /// <summary>The profile cannot be used as it is: part of the region's year cannot be run.</summary>
    Error = 2,
}
