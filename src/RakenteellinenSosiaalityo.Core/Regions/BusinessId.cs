using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;

namespace RakenteellinenSosiaalityo.Core.Regions;

/// <summary>
/// A Finnish business id (fi: Y-tunnus, sv: FO-nummer), e.g. <c>3221311-5</c>: seven digits, a dash and a check digit.
/// </summary>
/// <remarks>
/// The check digit is computed from the seven digits with the weights 7, 9, 10, 5, 8, 4, 2: the weighted sum modulo
/// 11 gives 0 for check digit 0; 1 is never issued; any other remainder r gives check digit 11 − r. Only the
/// canonical form <c>NNNNNNN-N</c> is accepted (no spaces, no older six-digit forms). The default value has a null
/// <see cref="Value"/> and is not a valid id.
/// </remarks>
[JsonConverter(typeof(BusinessIdJsonConverter))]
public readonly record struct BusinessId
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2];

    private BusinessId(string value) => Value = value;

    /// <summary>The id in canonical form <c>NNNNNNN-N</c>; null only for <c>default(BusinessId)</c>.</summary>
    public string Value { get; }

    /// <summary>Parses a business id.</summary>
    /// <param name="text">The id in the form <c>NNNNNNN-N</c>.</param>
    /// <returns>The business id.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is null.</exception>
    /// <exception cref="FormatException"><paramref name="text"/> is not of the form <c>NNNNNNN-N</c>, or its check digit is wrong.</exception>
    public static BusinessId Parse(string text)
    {
        Guard.Against.Null(text);
        return TryParse(text, out var id, out var error) ? id : throw new FormatException(error);
    }

    /// <summary>Tries to parse a business id.</summary>
    /// <param name="text">The id in the form <c>NNNNNNN-N</c>.</param>
    /// <param name="id">The business id when parsing succeeds; the default value otherwise.</param>
    /// <returns>True when <paramref name="text"/> is a valid business id.</returns>
    public static bool TryParse([NotNullWhen(true)] string? text, out BusinessId id) => TryParse(text, out id, out _);

    /// <summary>Computes the check digit of the seven digits of a business id.</summary>
    /// <param name="sevenDigits">The seven digits before the dash.</param>
    /// <returns>The check digit 0–9, or null when no valid business id has these seven digits (remainder 1).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="sevenDigits"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="sevenDigits"/> is not exactly seven ASCII digits.</exception>
    public static int? CheckDigit(string sevenDigits)
    {
        Guard.Against.Null(sevenDigits);
        if (sevenDigits.Length != 7 || !sevenDigits.All(char.IsAsciiDigit))
        {
            throw new ArgumentException("A business id has exactly seven digits before its check digit.", nameof(sevenDigits));
        }

        var sum = 0;
        for (var i = 0; i < 7; i++)
        {
            sum += (sevenDigits[i] - '0') * Weights[i];
        }

        var remainder = sum % 11;
        return remainder switch
        {
            0 => 0,
            1 => null,
            _ => 11 - remainder,
        };
    }

    /// <summary>Returns the id in canonical form, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    internal static bool TryParse(string? text, out BusinessId id, out string error)
    {
        id = default;
        if (text is null || text.Length != 9 || text[7] != '-' || !text.AsSpan(0, 7).ToString().All(char.IsAsciiDigit) || !char.IsAsciiDigit(text[8]))
        {
            error = "A business id (Y-tunnus) has the form NNNNNNN-N: seven digits, a dash and a check digit.";
            return false;
        }

        var expected = CheckDigit(text[..7]);
        if (expected is null)
        {
            error = $"No business id (Y-tunnus) can start with the digits {text[..7]}: their weighted sum leaves remainder 1.";
            return false;
        }

        if (text[8] - '0' != expected)
        {
            error = $"The check digit of business id (Y-tunnus) {text} is wrong: it should be {expected}.";
            return false;
        }

        id = new BusinessId(text);
        error = string.Empty;
        return true;
    }
}

/// <summary>Reads and writes a <see cref="BusinessId"/> as a JSON string.</summary>
internal sealed class BusinessIdJsonConverter : JsonConverter<BusinessId>
{
    public override BusinessId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return BusinessId.TryParse(text, out var id, out var error) ? id : throw new JsonException(error);
    }

    public override void Write(Utf8JsonWriter writer, BusinessId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
