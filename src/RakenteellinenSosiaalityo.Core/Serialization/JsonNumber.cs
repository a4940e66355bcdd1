using System.Text.Json;

namespace RakenteellinenSosiaalityo.Core.Serialization;

/// <summary>The one rule for JSON numbers: an integer is any number whose value is whole (JSON Schema), however it is written.</summary>
internal static class JsonNumber
{
    /// <summary>Whether <paramref name="value"/> is a number with a whole value (<c>1</c>, <c>1.0</c>, <c>1e2</c>).</summary>
    public static bool IsInteger(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number
        && (value.TryGetInt64(out _)
            || (value.TryGetDecimal(out var d) && d == decimal.Truncate(d))
            || (value.TryGetDouble(out var x) && double.IsFinite(x) && Math.Floor(x) == x)
            || !double.IsFinite(Value(value)));

    /// <summary>The number's value as a double; too large a magnitude is an infinity, never an exception.</summary>
    public static double Value(JsonElement value) =>
        value.TryGetDouble(out var x) ? x : value.GetRawText().StartsWith('-') ? double.NegativeInfinity : double.PositiveInfinity;

    /// <summary>Reads a whole number in the range of <see cref="int"/>, however it is written.</summary>
    public static bool TryGetInt32(JsonElement value, out int result)
    {
        result = 0;
        if (value.ValueKind != JsonValueKind.Number)
        {
            return false;
        }

        if (value.TryGetInt32(out result))
        {
            return true;
        }

        if (value.TryGetDecimal(out var d) && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue)
        {
            result = (int)d;
            return true;
        }

        return false;
    }
}
