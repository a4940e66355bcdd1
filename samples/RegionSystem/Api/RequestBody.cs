using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using RakenteellinenSosiaalityo.Core;
using RakenteellinenSosiaalityo.Core.Privacy;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RegionSystem.Api;

/// <summary>
/// Reads a request body with the API's JSON options (the library's <c>CoreJson.Options</c> plus the sample's request
/// types). Whatever the body holds, the caller gets a 400 with the JSON path and rule, never a raw
/// <see cref="JsonException"/>; messages pass through the privacy redactor.
/// </summary>
internal static class RequestBody
{
    /// <exception cref="ApiProblemException">The body is missing, malformed or refused by a value's rules (400).</exception>
    public static async Task<T> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        T? value;
        try
        {
            value = await JsonSerializer.DeserializeAsync<T>(request.Body, options, request.HttpContext.RequestAborted);
        }
        catch (JsonException e)
        {
            throw ApiProblemException.Invalid([new ValidationProblem(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, RuleOf(e), Reason(e))]);
        }
        catch (ArgumentException e)
        {
            var path = e.ParamName is { Length: > 0 } name ? "$." + char.ToLowerInvariant(name[0]) + name[1..] : "$";
            throw ApiProblemException.Invalid([new ValidationProblem(path, ValidationRules.InvalidValue, PersonalDataScanner.Redact(e.Message))]);
        }
        catch (DomainException e)
        {
            throw ApiProblemException.Invalid([new ValidationProblem("$", e.Code, e.Message)]);
        }

        return value ?? throw ApiProblemException.Invalid([new ValidationProblem("$", ValidationRules.WrongType, "The request needs a JSON object body, not null or nothing.")]);
    }

    /// <summary>Reads the body when there is one; null for an empty body without a JSON content type.</summary>
    /// <exception cref="ApiProblemException">The body is malformed or refused by a value's rules (400).</exception>
    public static async Task<T?> ReadOptionalAsync<T>(HttpRequest request)
        where T : class =>
        request.ContentLength is null or 0 && !request.HasJsonContentType() ? null : await ReadAsync<T>(request);

    private static string RuleOf(JsonException e) =>
        e.Message.Contains("could not be mapped", StringComparison.Ordinal) ? ValidationRules.UnknownProperty
        : e.Message.Contains("missing required properties", StringComparison.Ordinal) ? ValidationRules.MissingProperty
        : e.Message.Contains("could not be converted", StringComparison.Ordinal) ? ValidationRules.WrongType
        : ValidationRules.MalformedJson;

    private static string Reason(JsonException e)
    {
        var reason = e.Message;
        var cut = reason.IndexOf(" Path:", StringComparison.Ordinal);
        return PersonalDataScanner.Redact(cut > 0 ? reason[..cut] : reason);
    }
}
