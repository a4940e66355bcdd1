using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>Turns the serializer's exceptions into validation problems with a path, a rule and no personal data.</summary>
internal static class DocumentJson
{
    /// <summary>A problem for text that is not well-formed JSON, with its line and position.</summary>
    public static ValidationProblem Malformed(JsonException e) =>
        new(JsonPath.Root, ValidationRules.MalformedJson, $"The text is not well-formed JSON{Where(e)}: {Reason(e)}");

    /// <summary>A problem for any exception the serializer threw while reading a document into the library's types.</summary>
    public static ValidationProblem Problem(JsonException e)
    {
        var message = e.Message;
        var rule = e.InnerException?.GetType().Name == "JsonReaderException" ? ValidationRules.MalformedJson
            : message.Contains("could not be mapped", StringComparison.Ordinal) ? ValidationRules.UnknownProperty
            : message.Contains("missing required properties", StringComparison.Ordinal) ? ValidationRules.MissingProperty
            : message.Contains("could not be converted", StringComparison.Ordinal) || e.InnerException is not null ? ValidationRules.WrongType
            : ValidationRules.MalformedJson;
        return rule == ValidationRules.MalformedJson
            ? Malformed(e)
            : new(string.IsNullOrEmpty(e.Path) ? JsonPath.Root : e.Path, rule, $"{Reason(e)}{Where(e)}.");
    }

    private static string Where(JsonException e) =>
        e.LineNumber is { } line ? $" at line {line + 1}, position {(e.BytePositionInLine ?? 0) + 1}" : string.Empty;

    private static string Reason(JsonException e)
    {
        var reason = e.Message;
        foreach (var tail in new[] { " Path:", " LineNumber:" })
        {
            var cut = reason.IndexOf(tail, StringComparison.Ordinal);
            if (cut > 0)
            {
                reason = reason[..cut];
            }
        }

        return PersonalDataScanner.Redact(reason.TrimEnd('.', ' ', '|'));
    }
}
