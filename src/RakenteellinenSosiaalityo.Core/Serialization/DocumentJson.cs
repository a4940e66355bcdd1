using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>Turns the serializer's exceptions into validation problems with a path, a rule and no personal data.</summary>
internal static class DocumentJson
{
    /// <summary>A problem for text that is not well-formed JSON, with its line and position.</summary>
    public static ValidationProblem Malformed(JsonException e) =>
        new(JsonPath.Root, ValidationRules.MalformedJson, $"The text is not well-formed JSON{Where(e)}: {Reason(e)}");

    /// <summary>
    /// Parses JSON text strictly (no comments, no trailing commas); text that is not well-formed JSON becomes a
    /// <see cref="ValidationRules.MalformedJson"/> problem with its line and position, and null is returned.
    /// </summary>
    public static JsonDocument? Parse(string json, List<ValidationProblem> problems)
    {
        try
        {
            return JsonDocument.Parse(json, new JsonDocumentOptions { AllowTrailingCommas = false, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            problems.Add(Malformed(e));
            return null;
        }
    }

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

    /// <summary>
    /// Reads a document of <typeparamref name="T"/>, turning every failure of the serializer (malformed JSON, unknown or
    /// missing property, wrong type, a value a constructor refuses, a domain rule such as the privacy guard, null) into a problem; null when it cannot be read.
    /// </summary>
    public static T? Read<T>(string json, JsonTypeInfo<T> typeInfo, string what, List<ValidationProblem> problems)
        where T : class
    {
        try
        {
            var document = JsonSerializer.Deserialize(json, typeInfo);
            if (document is null)
            {
                problems.Add(new(JsonPath.Root, ValidationRules.WrongType, $"Expected {what} object, found null."));
            }

            return document;
        }
        catch (JsonException e)
        {
            problems.Add(Problem(e));
        }
        catch (ArgumentException e)
        {
            problems.Add(new(JsonPath.Root, ValidationRules.InvalidValue, $"A value of the document is invalid ({e.ParamName ?? "unnamed"}): {PersonalDataScanner.Redact(e.Message)}"));
        }
        catch (DomainException e)
        {
            // E.g. personal data where a value refuses it: the message names the field and kind, never the value.
            problems.Add(new(JsonPath.Root, e.Code, e.Message));
        }

        return null;
    }

    /// <summary>Checks the header every region-bound document has: its format version and the region it belongs to.</summary>
    /// <returns>True when both are right.</returns>
    public static bool CheckHeader(int schemaVersion, int currentVersion, string regionId, RegionProfile profile, string what, List<ValidationProblem> problems)
    {
        var count = problems.Count;
        if (schemaVersion != currentVersion)
        {
            problems.Add(new("$.schemaVersion", ValidationRules.UnsupportedSchemaVersion, $"This library reads {what} format version {currentVersion}, not {schemaVersion}."));
        }

        if (regionId != profile.Id)
        {
            problems.Add(new("$.regionId", ValidationRules.InvalidValue, $"The {what} follows the process of region '{PersonalDataScanner.Redact(regionId)}', not '{profile.Id}'; read it with that region's profile."));
        }

        return problems.Count == count;
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
