using System.Globalization;
using NodaTime;
using NodaTime.Text;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RegionSystem.Api;

/// <summary>How the API answers with a stored aggregate, and reads the few query and header values it takes.</summary>
internal static class Responses
{
    /// <summary>The library's JSON document as is, with the version as the entity tag.</summary>
    public static IResult Document(HttpContext http, string json, long version, int status = StatusCodes.Status200OK)
    {
        http.Response.Headers.ETag = Tag(version);
        return Results.Text(json, "application/json; charset=utf-8", System.Text.Encoding.UTF8, status);
    }

    /// <summary>The entity tag of a version: <c>"3"</c>.</summary>
    public static string Tag(long version) => $"\"{version.ToString(CultureInfo.InvariantCulture)}\"";

    /// <summary>Refuses the change when the caller sent <c>If-Match</c> with another version than the stored one.</summary>
    /// <exception cref="ApiProblemException">The versions differ (409, <c>concurrent-change</c>).</exception>
    public static void CheckIfMatch(HttpRequest request, string id, long version)
    {
        var expected = request.Headers.IfMatch.ToString();
        if (expected.Length > 0 && expected != "*" && expected != Tag(version))
        {
            throw ApiProblemException.ConcurrentChange(id);
        }
    }

    /// <summary>A date from the query (ISO, e.g. <c>2025-03-15</c>), or null when absent.</summary>
    /// <exception cref="ApiProblemException">Present but not a date (400).</exception>
    public static LocalDate? Date(HttpRequest request, string name)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        var parsed = LocalDatePattern.Iso.Parse(text);
        return parsed.Success ? parsed.Value : throw Invalid(name, ValidationRules.InvalidDate, $"'{name}' must be a date like 2025-03-15.");
    }

    /// <summary>The language from the query: <c>fi</c> (default), <c>sv</c> or <c>en</c>.</summary>
    /// <exception cref="ApiProblemException">Another value (400).</exception>
    public static Language Language(HttpRequest request) => request.Query["language"].ToString() switch
    {
        "" or "fi" => RakenteellinenSosiaalityo.Core.Text.Language.Finnish,
        "sv" => RakenteellinenSosiaalityo.Core.Text.Language.Swedish,
        "en" => RakenteellinenSosiaalityo.Core.Text.Language.English,
        _ => throw Invalid("language", ValidationRules.InvalidValue, "'language' must be fi, sv or en."),
    };

    /// <summary>An enum value from the query by its camelCase JSON name, or null when absent.</summary>
    /// <exception cref="ApiProblemException">Not a name of the enum (400).</exception>
    public static TEnum? Enum<TEnum>(HttpRequest request, string name)
        where TEnum : struct, System.Enum
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }

        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (CamelCase.Of(value) == text)
            {
                return value;
            }
        }

        throw Invalid(name, ValidationRules.InvalidValue,
            $"'{name}' must be one of {string.Join(", ", System.Enum.GetValues<TEnum>().Select(v => CamelCase.Of(v)))}.");
    }

    private static ApiProblemException Invalid(string name, string rule, string message) =>
        ApiProblemException.Invalid([new ValidationProblem($"query.{name}", rule, message)]);
}
