using RakenteellinenSosiaalityo.Core.Regions;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;
using RakenteellinenSosiaalityo.Core.Periods;

namespace RakenteellinenSosiaalityo.Core.Compilations;

/// <summary>
/// The identifier of a compilation (fi: koosteen tunniste): the region's id and the first day of the period compiled,
/// e.g. <c>etela-karjala-2025-07-01</c>, so that one region has one compilation per reporting period.
/// </summary>
/// <remarks>
/// 1–128 ASCII letters, digits, dashes, underscores and dots, starting with a letter or a digit. The default value has
/// a null <see cref="Value"/> and identifies no compilation.
/// </remarks>
[JsonConverter(typeof(SystemIdJsonConverter<CompilationId>))]
public readonly record struct CompilationId : ISystemId<CompilationId>
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Creates a compilation id.</summary>
    /// <param name="value">The id text, e.g. <c>etela-karjala-2025-07-01</c>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id (see <see cref="IsValid"/>).</exception>
    public CompilationId(string value) => Value = SystemId.Check<CompilationId>(value, nameof(value));

    static string ISystemId<CompilationId>.What => "compilation";

    static string ISystemId<CompilationId>.Rule => SystemId.Description(MaxLength);

    /// <summary>The id text; null only for <c>default(CompilationId)</c>.</summary>
    public string Value { get; }

    /// <summary>The id of the compilation of <paramref name="period"/> in region <paramref name="regionId"/>.</summary>
    /// <param name="regionId">The region profile's id, e.g. <c>etela-karjala</c>.</param>
    /// <param name="period">The reporting period compiled.</param>
    /// <returns>For example <c>etela-karjala-2025-07-01</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="regionId"/> is the default id, or the id made is not valid.</exception>
    public static CompilationId For(RegionId regionId, ReportingPeriod period)
    {
        SystemId.NotDefault(regionId, nameof(regionId));
        return new CompilationId($"{regionId}-{period.Start.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture)}");
    }

    /// <summary>Whether <paramref name="value"/> is a valid compilation id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => SystemId.IsValid(value, MaxLength);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static CompilationId ISystemId<CompilationId>.Of(string value) => new(value);
}
