using RakenteellinenSosiaalityo.Core.Regions;
using System.Globalization;
using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// The identifier of a phenomenon-based social report (fi: ilmiölähtöisen raportin tunniste), e.g.
/// <c>etela-karjala-phenomenon-2025</c> (<see cref="For"/>) or one the region's system gives.
/// </summary>
/// <remarks>
/// 1–128 ASCII letters, digits, dashes, underscores and dots, starting with a letter or a digit. The default value has
/// a null <see cref="Value"/> and identifies no phenomenon report.
/// </remarks>
[JsonConverter(typeof(SystemIdJsonConverter<PhenomenonReportId>))]
public readonly record struct PhenomenonReportId : ISystemId<PhenomenonReportId>
{
    /// <summary>The longest id accepted.</summary>
    public const int MaxLength = 128;

    /// <summary>Creates a phenomenon report id.</summary>
    /// <param name="value">The id text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="value"/> is not a valid id (see <see cref="IsValid"/>).</exception>
    public PhenomenonReportId(string value) => Value = SystemId.Check<PhenomenonReportId>(value, nameof(value));

    static string ISystemId<PhenomenonReportId>.What => "phenomenon report";

    static string ISystemId<PhenomenonReportId>.Rule => SystemId.Description(MaxLength);

    /// <summary>The id text; null only for <c>default(PhenomenonReportId)</c>.</summary>
    public string Value { get; }

    /// <summary>The id of region <paramref name="regionId"/>'s phenomenon report of <paramref name="year"/> (the cadence is yearly).</summary>
    /// <param name="regionId">The region profile's id.</param>
    /// <param name="year">The year.</param>
    /// <returns>For example <c>etela-karjala-phenomenon-2025</c>.</returns>
    /// <exception cref="ArgumentException"><paramref name="regionId"/> is the default id, or the id made is not valid.</exception>
    public static PhenomenonReportId For(RegionId regionId, int year)
    {
        SystemId.NotDefault(regionId, nameof(regionId));
        return new PhenomenonReportId($"{regionId}-phenomenon-{year.ToString(CultureInfo.InvariantCulture)}");
    }

    /// <summary>Whether <paramref name="value"/> is a valid phenomenon report id.</summary>
    /// <param name="value">The text to check.</param>
    /// <returns>True when <paramref name="value"/> can be passed to the constructor.</returns>
    public static bool IsValid(string? value) => SystemId.IsValid(value, MaxLength);

    /// <summary>Returns the id text, or an empty string for the default value.</summary>
    /// <returns>The id text.</returns>
    public override string ToString() => Value ?? string.Empty;

    static PhenomenonReportId ISystemId<PhenomenonReportId>.Of(string value) => new(value);
}
