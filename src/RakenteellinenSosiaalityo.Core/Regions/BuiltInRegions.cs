using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Regions;

/// <summary>
/// The region profiles shipped with the library: the two role models Kymenlaakso and Etelä-Karjala, made from their
/// published implementation plans of structural social work.
/// </summary>
/// <remarks>
/// Each profile is also available as JSON text (<see cref="Json(RegionId)"/>), so that a new region can start from a
/// copy. Profiles are read once and cached; they are immutable, so sharing them is safe.
/// </remarks>
public static class BuiltInRegions
{
    /// <summary>The id of the Kymenlaakso wellbeing region's profile.</summary>
    public static RegionId KymenlaaksoId { get; } = new("kymenlaakso");

    /// <summary>The id of the Etelä-Karjala wellbeing region's profile.</summary>
    public static RegionId EtelaKarjalaId { get; } = new("etela-karjala");

    private static readonly Lazy<RegionProfile> KymenlaaksoProfile = new(() => RegionProfileJson.Load(Json(KymenlaaksoId)));
    private static readonly Lazy<RegionProfile> EtelaKarjalaProfile = new(() => RegionProfileJson.Load(Json(EtelaKarjalaId)));

    /// <summary>The ids of the built-in profiles.</summary>
    public static IReadOnlyList<RegionId> Ids { get; } = [KymenlaaksoId, EtelaKarjalaId];

    /// <summary>
    /// Kymenlaakso wellbeing region (fi: Kymenlaakson hyvinvointialue), from its plan approved by the social services
    /// management group on 15.1.2025. Reporting periods 1.12.–31.5. and 1.6.–30.11.
    /// </summary>
    public static RegionProfile Kymenlaakso => KymenlaaksoProfile.Value;

    /// <summary>
    /// Etelä-Karjala wellbeing region (fi: Etelä-Karjalan hyvinvointialue), from its plan valid 1.1.2025–31.12.2025.
    /// Reporting periods 1.1.–30.6. and 1.7.–31.12. are assumed: the plan names only the compilation months
    /// (January and August); the profile's <see cref="RegionProfile.Assumptions"/> says so.
    /// </summary>
    public static RegionProfile EtelaKarjala => EtelaKarjalaProfile.Value;

    /// <summary>The built-in profile with id <paramref name="id"/>.</summary>
    /// <param name="id">A built-in id: <c>kymenlaakso</c> or <c>etela-karjala</c>.</param>
    /// <returns>The profile.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id, which identifies no region.</exception>
    /// <exception cref="KeyNotFoundException">No built-in profile has that id.</exception>
    public static RegionProfile Get(RegionId id) => TryGet(id, out var profile)
        ? profile
        : throw NotBuiltIn(id);

    /// <summary>Tries to get the built-in profile with id <paramref name="id"/>.</summary>
    /// <param name="id">The profile id.</param>
    /// <param name="profile">The profile when found; null otherwise.</param>
    /// <returns>True when a built-in profile has that id.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id, which identifies no region.</exception>
    public static bool TryGet(RegionId id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out RegionProfile? profile)
    {
        SystemId.NotDefault(id, nameof(id));
        profile = id == KymenlaaksoId ? Kymenlaakso
            : id == EtelaKarjalaId ? EtelaKarjala
            : null;
        return profile is not null;
    }

    // The one refusal of an id no built-in profile has, naming the ones there are.
    private static KeyNotFoundException NotBuiltIn(RegionId id) =>
        new KeyNotFoundException($"There is no built-in region profile '{id}'. The built-in profiles are: {string.Join(", ", Ids)}.");

    /// <summary>The JSON text of the built-in profile with id <paramref name="id"/>, to start a new region's file from.</summary>
    /// <param name="id">A built-in id: <c>kymenlaakso</c> or <c>etela-karjala</c>.</param>
    /// <returns>The profile's JSON text as shipped.</returns>
    /// <exception cref="ArgumentException"><paramref name="id"/> is the default id, which identifies no region.</exception>
    /// <exception cref="KeyNotFoundException">No built-in profile has that id.</exception>
    public static string Json(RegionId id)
    {
        SystemId.NotDefault(id, nameof(id));
        if (!Ids.Contains(id))
        {
            throw NotBuiltIn(id);
        }

        var name = $"RakenteellinenSosiaalityo.Core.Regions.BuiltIn.{id}.json";
        using var stream = typeof(BuiltInRegions).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing from the assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
