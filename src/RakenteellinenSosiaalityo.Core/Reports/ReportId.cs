using System.Text.Json;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>
/// The identifier of a social report (fi: raportin tunniste), as the region's system gives it, e.g. <c>R-17</c> or
/// <c>2025-0042</c>: 1–64 ASCII letters, digits, dashes, underscores and dots, starting with a letter or a digit.
/// </summary>
/// <remarks>The default value has a null <see cref="Value"/> and identifies no report.</remarks>
[JsonConverter(typeof(ReportIdJsonConverter))]
public readonly record struct ReportId
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Creates a report id.</summary>
    /// <param name="value">The id text, e.g. <c>R-17</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id (see <see cref="IsValid"/>).</exception>
    public ReportId(string value)
    {
        Guard.Against.Null(value);
        if (!IsValid(value))
        {
            throw new ArgumentException($"A report id is {Description}.", nameof(value));
        }

        Value = value;
    }

    internal static readonly string Description = SystemId.Description(MaxLength);

    /// <summary>The id text; null only for <c>default(ReportId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid report id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => SystemId.IsValid(value, MaxLength);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;
}

/// <summary>Writes a <see cref="ReportId"/> as a JSON string.</summary>
internal sealed class ReportIdJsonConverter : JsonConverter<ReportId>
{
    public override ReportId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.TokenType == JsonTokenType.String ? reader.GetString() : null;
        return ReportId.IsValid(text) ? new ReportId(text!) : throw new JsonException($"A report id must be a string of {ReportId.Description}.");
    }

    public override void Write(Utf8JsonWriter writer, ReportId value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.Value);
}
