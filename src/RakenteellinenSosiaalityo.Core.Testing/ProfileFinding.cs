using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Testing;

/// <summary>One thing <see cref="ProfileCheck"/> found in a region profile.</summary>
/// <remarks>Immutable; compares by value. The message names ids and paths only, never free text of the profile.</remarks>
public sealed record ProfileFinding
{
    /// <summary>Creates a finding.</summary>
    /// <param name="severity">How serious it is.</param>
    /// <param name="code">The stable code of the finding, e.g. <c>compilation-never-due</c> (see <see cref="ProfileCheck"/>).</param>
    /// <param name="path">The JSON path in the profile the finding is about, e.g. <c>$.actors[3]</c>.</param>
    /// <param name="message">What was found and what to do, in fi, sv and en.</param>
    /// <exception cref="ArgumentNullException"><paramref name="code"/>, <paramref name="path"/> or <paramref name="message"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="code"/> or <paramref name="path"/> is empty or white space.</exception>
    public ProfileFinding(ProfileFindingSeverity severity, string code, string path, LocalizedText message)
    {
        Severity = severity;
        Code = Guard.Against.NullOrWhiteSpace(code);
        Path = Guard.Against.NullOrWhiteSpace(path);
        Message = Guard.Against.Null(message);
    }

    /// <summary>How serious it is.</summary>
    public ProfileFindingSeverity Severity { get; }

    /// <summary>The stable code of the finding, e.g. <c>compilation-never-due</c>.</summary>
    public string Code { get; }

    /// <summary>The JSON path in the profile the finding is about, e.g. <c>$.actors[3]</c>.</summary>
    public string Path { get; }

    /// <summary>What was found and what to do, in fi, sv and en.</summary>
    public LocalizedText Message { get; }

    /// <summary>The finding in one line in <paramref name="language"/>, e.g. <c>warning idle-actor at $.actors[3]: ...</c>.</summary>
    /// <param name="language">The language of the message and the severity word.</param>
    /// <returns>The line.</returns>
    public string ToString(Language language)
    {
        var severity = (Severity, language) switch
        {
            (ProfileFindingSeverity.Error, Language.Swedish) => "fel",
            (ProfileFindingSeverity.Error, Language.English) => "error",
            (ProfileFindingSeverity.Error, _) => "virhe",
            (_, Language.Swedish) => "varning",
            (_, Language.English) => "warning",
            _ => "varoitus",
        };
        return $"{severity} {Code} @ {Path}: {Message.Get(language)}";
    }

    /// <summary>The finding in one line in English.</summary>
    /// <returns>The line.</returns>
    public override string ToString() => ToString(Language.English);
}
