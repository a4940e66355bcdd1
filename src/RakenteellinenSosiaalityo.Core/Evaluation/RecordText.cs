using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Actors;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Evaluation;

/// <summary>Checks the free text of activity records and assessments: not blank, and no personal data.</summary>
internal static class RecordText
{
    public const string RecordSubject = "the activity record";

    public static string Required(string? value, string field, string subject)
    {
        Guard.Against.NullOrBlank(value, field);
        return Private(value, field, subject)!;
    }

    public static string? Optional(string? value, string field, string subject) =>
        value is null ? null : Required(value, field, subject);

    public static string? Private(string? value, string field, string subject)
    {
        var findings = PersonalDataScanner.Scan(value, field);
        return findings.Count == 0 ? value : throw new PersonalDataException(subject, findings);
    }

    public static ValueList<string> List(IReadOnlyList<string>? values, string field, string subject)
    {
        var list = ValueList.From(values, field);
        for (var i = 0; i < list.Count; i++)
        {
            Required(list[i], $"{field}[{i}]", subject);
        }

        return list;
    }

    public static ValueList<PartyReference> Parties(IReadOnlyList<PartyReference>? parties, string field, string subject)
    {
        var list = ValueList.From(parties, field);
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i].External is { } name)
            {
                Label(name, $"{field}[{i}].external", subject);
            }
        }

        return list;
    }

    public static void Label(LocalizedText text, string field, string subject)
    {
        Private(text.Fi, field + ".fi", subject);
        Private(text.Sv, field + ".sv", subject);
        Private(text.En, field + ".en", subject);
    }

    public static ActorId Actor(ActorId value, string name) =>
        value.Value is null ? throw new ArgumentException("The default ActorId names no actor.", name) : value;
}
