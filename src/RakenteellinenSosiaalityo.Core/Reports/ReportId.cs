using System.Text.Json.Serialization;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Reports;

/// <summary>
/// The identifier of a social report (fi: raportin tunniste), as the region's system gives it, e.g. <c>R-17</c> or
/// <c>2025-0042</c>: 1–64 ASCII letters, digits, dashes, underscores and dots, starting with a letter or a digit.
/// </summary>
/// <remarks>The default value has a null <see cref="Value"/> and identifies no report.</remarks>
[JsonConverter(typeof(SystemIdJsonConverter<ReportId>))]
public readonly record struct ReportId : ISystemId<ReportId>
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 64;

    /// <summary>Creates a report id.</summary>
    /// <param name="value">The id text, e.g. <c>R-17</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id (see <see cref="IsValid"/>).</exception>
    public ReportId(string value) => Value = SystemId.Check<ReportId>(value, nameof(value));

    static string ISystemId<ReportId>.What => "report";

    static string ISystemId<ReportId>.Rule => SystemId.Description(MaxLength);

    /// <summary>The id text; null only for <c>default(ReportId)</c>.</summary>
    public string Value { get; }

    /// <summary>Whether <paramref name="value"/> is a valid report id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => SystemId.IsValid(value, MaxLength);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static ReportId ISystemId<ReportId>.Of(string value) => new(value);
}
