using RakenteellinenSosiaalityo.Core.Collections;

namespace RakenteellinenSosiaalityo.Core.Privacy;

/// <summary>
/// Thrown when free text about client work holds personal data (a personal identity code, a phone number, an e-mail
/// address, a street address or a person's name) where the library does not accept it, e.g. when a social report is submitted.
/// </summary>
/// <remarks>
/// The message and <see cref="Findings"/> name the field and the kind of each finding and its position, never the
/// value. Remove the data, or use <see cref="PersonalDataScanner.Redact"/>, and try again. Code: <c>personal-data</c>.
/// </remarks>
public sealed class PersonalDataException : DomainException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="subject">What held the data, e.g. <c>report R-17</c>.</param>
    /// <param name="findings">The findings; at least one.</param>
    /// <exception cref="ArgumentException"><paramref name="findings"/> is empty.</exception>
    public PersonalDataException(string subject, IEnumerable<PersonalDataFinding> findings)
        : this(subject, ValueList.FromValues(findings))
    {
    }

    private PersonalDataException(string subject, ValueList<PersonalDataFinding> findings)
        : base(Processes.LifecycleRules.PersonalData, BuildMessage(subject, findings))
    {
        Subject = subject;
        Findings = findings;
    }

    /// <summary>What held the data, e.g. <c>report R-17</c>.</summary>
    public string Subject { get; }

    /// <summary>Every finding: field, kind and position, never the value.</summary>
    public IReadOnlyList<PersonalDataFinding> Findings { get; }

    private static string BuildMessage(string subject, ValueList<PersonalDataFinding> findings)
    {
        if (findings.Count == 0)
        {
            throw new ArgumentException("A personal data exception needs at least one finding.", nameof(findings));
        }

        var list = string.Join("; ", findings.Select(f => $"{Describe(f.Kind)} in '{f.Field}' at {f.Start}"));
        return $"The free text of {subject} holds personal data that must not leave client work: {list}. Remove it or redact it (PersonalDataScanner.Redact) and try again.";
    }

    private static string Describe(PersonalDataKind kind) => kind switch
    {
        PersonalDataKind.PersonalIdentityCode => "a personal identity code",
        PersonalDataKind.PhoneNumber => "a phone number",
        PersonalDataKind.StreetAddress => "a street address",
        PersonalDataKind.PersonName => "a person's name",
        _ => "an e-mail address",
    };
}
