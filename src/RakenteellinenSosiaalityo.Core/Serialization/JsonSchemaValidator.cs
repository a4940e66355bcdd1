using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using NodaTime.Text;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>
/// Checks a JSON document against the JSON schema the library ships, reporting every problem with its path.
/// </summary>
/// <remarks>
/// Supports the subset of JSON Schema (2020-12) the library's own schemas use: <c>type</c>, <c>properties</c>,
/// <c>required</c>, <c>additionalProperties: false</c>, <c>items</c>, <c>minItems</c>, <c>enum</c>, <c>const</c>,
/// <c>pattern</c>, <c>minLength</c>, <c>maxLength</c>, <c>minimum</c>, <c>maximum</c>, <c>$ref</c> to <c>#/$defs/…</c>,
/// <c>oneOf</c> whose branches differ by JSON type, and the formats <c>date</c> (YYYY-MM-DD, RFC 3339 full-date), <c>annual-date</c>
/// (MM-DD) and <c>business-id</c> (Y-tunnus). Patterns mean what ECMA-262 says (see <see cref="EcmaPattern"/>); an integer is any number with a whole value (<c>1.0</c>, <c>1e2</c>). Values are never echoed into messages: they may be free text.
/// </remarks>
internal sealed class JsonSchemaValidator
{
    private readonly JsonElement root;
    // Shared by every thread that loads a profile (the validator of the shipped schema is one static instance).
    private readonly ConcurrentDictionary<string, Regex> patterns = new(StringComparer.Ordinal);

    public JsonSchemaValidator(JsonElement schemaRoot) => root = schemaRoot;

    public void Validate(JsonElement value, string path, List<ValidationProblem> problems) => Check(value, root, path, problems);

    private static string KindName(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private static string TypeName(string type) => type switch
    {
        "object" => "an object",
        "array" => "an array",
        "string" => "a string",
        "integer" => "an integer",
        "number" => "a number",
        "boolean" => "a boolean",
        "null" => "null",
        _ => type,
    };

    private static bool HasType(JsonElement value, string type) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => JsonNumber.IsInteger(value),
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        _ => false,
    };

    private static string? FirstType(JsonElement schema) =>
        schema.TryGetProperty("type", out var type) && type.ValueKind == JsonValueKind.String ? type.GetString() : null;

    private JsonElement Resolve(JsonElement schema)
    {
        while (schema.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()!;
            const string prefix = "#/$defs/";
            if (!name.StartsWith(prefix, StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"The library's schema uses an unsupported $ref '{name}'.");
            }

            var target = root.GetProperty("$defs").GetProperty(name[prefix.Length..]);
            // A $ref sits beside annotations only (description), so the target schema is the whole rule.
            schema = target;
        }

        return schema;
    }

    private static bool SameValue(JsonElement a, JsonElement b) => a.ValueKind == b.ValueKind && a.ValueKind switch
    {
        JsonValueKind.String => a.GetString() == b.GetString(),
        JsonValueKind.Number => JsonNumber.Value(a).Equals(JsonNumber.Value(b)),
        JsonValueKind.True or JsonValueKind.False or JsonValueKind.Null => true,
        _ => a.GetRawText() == b.GetRawText(),
    };

    private void Check(JsonElement value, JsonElement schema, string path, List<ValidationProblem> problems)
    {
        schema = Resolve(schema);

        if (schema.TryGetProperty("oneOf", out var branches))
        {
            CheckOneOf(value, branches, path, problems);
            return;
        }

        if (schema.TryGetProperty("type", out var type))
        {
            var type0 = type.GetString()!;
            if (!HasType(value, type0))
            {
                problems.Add(new(path, ValidationRules.WrongType, $"Expected {TypeName(type0)}, found {KindName(value.ValueKind)}."));
                return;
            }
        }

        switch (value.ValueKind)
        {
            case JsonValueKind.Object:
                CheckObject(value, schema, path, problems);
                break;
            case JsonValueKind.Array:
                CheckArray(value, schema, path, problems);
                break;
            case JsonValueKind.String:
                CheckString(value.GetString()!, schema, path, problems);
                break;
            case JsonValueKind.Number:
                CheckNumber(value, schema, path, problems);
                break;
        }

        if (schema.TryGetProperty("enum", out var allowed))
        {
            if (!allowed.EnumerateArray().Any(a => SameValue(a, value)))
            {
                var names = string.Join(", ", allowed.EnumerateArray().Select(a => a.GetRawText()));
                problems.Add(new(path, ValidationRules.InvalidValue, $"The value is not one of the allowed values: {names}."));
            }
        }
    }

    private void CheckOneOf(JsonElement value, JsonElement branches, string path, List<ValidationProblem> problems)
    {
        var types = new List<string>();
        foreach (var branch in branches.EnumerateArray())
        {
            var resolved = Resolve(branch);
            var branchType = FirstType(resolved);
            if (branchType is null)
            {
                throw new InvalidOperationException("The library's schema has a oneOf branch without a type.");
            }

            types.Add(branchType);
            if (HasType(value, branchType))
            {
                Check(value, resolved, path, problems);
                return;
            }
        }

        problems.Add(new(path, ValidationRules.WrongType, $"Expected {string.Join(" or ", types.Select(TypeName))}, found {KindName(value.ValueKind)}."));
    }

    private void CheckObject(JsonElement value, JsonElement schema, string path, List<ValidationProblem> problems)
    {
        schema.TryGetProperty("properties", out var properties);
        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var propertyPath = JsonPath.Property(path, property.Name);
            if (!seen.Add(property.Name))
            {
                problems.Add(new(propertyPath, ValidationRules.DuplicateProperty, "The property appears more than once in the object; keep one."));
                continue;
            }

            if (properties.ValueKind == JsonValueKind.Object && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                Check(property.Value, propertySchema, propertyPath, problems);
            }
            else if (closed)
            {
                var known = properties.ValueKind == JsonValueKind.Object
                    ? string.Join(", ", properties.EnumerateObject().Select(p => p.Name))
                    : string.Empty;
                problems.Add(new(propertyPath, ValidationRules.UnknownProperty, $"Unknown property.{Spelling.Hint(property.Name, properties.ValueKind == JsonValueKind.Object ? properties.EnumerateObject().Select(p => p.Name) : [])} The allowed properties here are: {known}. Check the spelling: an unknown property is an error so that no rule is silently dropped."));
            }
        }

        if (schema.TryGetProperty("required", out var required))
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()!))
            {
                if (!value.TryGetProperty(name, out _))
                {
                    var rule = name == "fi" ? ValidationRules.MissingFinnish : ValidationRules.MissingProperty;
                    var message = name == "fi"
                        ? "The label has no Finnish text: add \"fi\"; Finnish is required, Swedish and English are optional."
                        : $"The required property '{name}' is missing.";
                    problems.Add(new(JsonPath.Property(path, name), rule, message));
                }
            }
        }
    }

    private void CheckArray(JsonElement value, JsonElement schema, string path, List<ValidationProblem> problems)
    {
        if (schema.TryGetProperty("minItems", out var minItems) && value.GetArrayLength() < minItems.GetInt32())
        {
            problems.Add(new(path, ValidationRules.InvalidValue, $"The list needs at least {minItems.GetInt32()} item(s)."));
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                Check(item, items, JsonPath.Index(path, index++), problems);
            }
        }
    }

    private void CheckString(string text, JsonElement schema, string path, List<ValidationProblem> problems)
    {
        var isFinnish = path.EndsWith(".fi", StringComparison.Ordinal);
        if (schema.TryGetProperty("minLength", out var minLength) && text.Length < minLength.GetInt32())
        {
            problems.Add(new(path, isFinnish ? ValidationRules.MissingFinnish : ValidationRules.InvalidValue, "The text is empty."));
            return;
        }

        if (schema.TryGetProperty("maxLength", out var maxLength) && text.Length > maxLength.GetInt32())
        {
            problems.Add(new(path, ValidationRules.InvalidValue, $"The text is longer than {maxLength.GetInt32()} characters."));
            return;
        }

        if (schema.TryGetProperty("pattern", out var pattern) && !Pattern(pattern.GetString()!).IsMatch(text))
        {
            var description = schema.TryGetProperty("description", out var d) ? " " + d.GetString() : string.Empty;
            var rule = isFinnish ? ValidationRules.MissingFinnish : ValidationRules.InvalidValue;
            problems.Add(new(path, rule, pattern.GetString() == "\\S" ? "The text is only white space." : $"The value does not have the required form.{description}"));
            return;
        }

        if (schema.TryGetProperty("format", out var format))
        {
            CheckFormat(text, format.GetString()!, path, problems);
        }
    }

    private static void CheckFormat(string text, string format, string path, List<ValidationProblem> problems)
    {
        switch (format)
        {
            case "date":
                if (!IsoDate.TryParse(text, out _))
                {
                    problems.Add(new(path, ValidationRules.InvalidDate, "Not a calendar date in the form YYYY-MM-DD (e.g. 2025-12-31); check that the day exists in that month."));
                }

                break;
            case "annual-date":
                if (!AnnualDatePattern.Iso.Parse(text).Success)
                {
                    problems.Add(new(path, ValidationRules.InvalidDate, "Not a day of the year in the form MM-DD (e.g. 12-01); check that the day exists in that month (30 February does not)."));
                }

                break;
            case "business-id":
                if (!BusinessId.TryParse(text, out _, out var error))
                {
                    // The message names the form and the check digit; it echoes the id, which is an organisation's public number.
                    problems.Add(new(path, ValidationRules.InvalidBusinessId, error));
                }

                break;
            default:
                throw new InvalidOperationException($"The library's schema uses an unsupported format '{format}'.");
        }
    }

    private static void CheckNumber(JsonElement value, JsonElement schema, string path, List<ValidationProblem> problems)
    {
        if (schema.TryGetProperty("const", out var constant) && !SameValue(constant, value))
        {
            problems.Add(new(path, ValidationRules.InvalidValue, $"The value must be {constant.GetRawText()}."));
        }

        var number = JsonNumber.Value(value);
        if (schema.TryGetProperty("minimum", out var minimum) && number < minimum.GetDouble())
        {
            problems.Add(new(path, ValidationRules.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The value must be at least {minimum.GetDouble()}.")));
        }

        if (schema.TryGetProperty("maximum", out var maximum) && number > maximum.GetDouble())
        {
            problems.Add(new(path, ValidationRules.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The value must be at most {maximum.GetDouble()}.")));
        }
    }

    private Regex Pattern(string pattern) => patterns.GetOrAdd(pattern, EcmaPattern.Create);
}
