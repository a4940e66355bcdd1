using System.Text.Json;
using RakenteellinenSosiaalityo.Core.Serialization;

namespace RakenteellinenSosiaalityo.Core.Validation;

/// <summary>
/// The one rule "each listed once" of the model's lists (months, audiences, sources…), run on typed values by the
/// constructors and on raw JSON by the loader, with the same paths and messages.
/// </summary>
internal static class DistinctItems
{
    /// <summary>Reports each item that repeats an earlier one at <c>path[i]</c>; null items (malformed in a document) are skipped.</summary>
    public static void Check<T>(IReadOnlyList<T?> items, string path, string what, List<ValidationProblem> problems)
    {
        var seen = new HashSet<T>();
        for (var i = 0; i < items.Count; i++)
        {
            if (items[i] is { } item && !seen.Add(item))
            {
                problems.Add(new(JsonPath.Index(path, i), ValidationRules.InvalidValue, $"The {what} is already listed; list each {what} once."));
            }
        }
    }

    /// <summary>The whole numbers of a JSON array (null for an item that is not one); empty for anything but an array.</summary>
    public static IReadOnlyList<int?> Int32s(JsonElement array) =>
        array.ValueKind != JsonValueKind.Array
            ? []
            : array.EnumerateArray().Select(item => JsonNumber.TryGetInt32(item, out var n) ? n : (int?)null).ToList();

    /// <summary>The strings of a JSON array (null for an item that is not one); empty for anything but an array.</summary>
    public static IReadOnlyList<string?> Strings(JsonElement array) =>
        array.ValueKind != JsonValueKind.Array
            ? []
            : array.EnumerateArray().Select(item => item.ValueKind == JsonValueKind.String ? item.GetString() : null).ToList();

    /// <summary>The throwing wrapper of a constructor: the first problem as an <see cref="ArgumentException"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="problems"/> is not empty.</exception>
    public static void ThrowIfAny(List<ValidationProblem> problems, string parameterName)
    {
        if (problems.Count > 0)
        {
            throw new ArgumentException($"{parameterName}: {problems[0].Message}", parameterName);
        }
    }
}
