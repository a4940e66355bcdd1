using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Collections;
using RakenteellinenSosiaalityo.Core.Processes;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// One workshop of a region's phenomenon-based report (fi: ilmiölähtöisen raportin työpaja), as the profile defines it:
/// its number, purpose, what it collects, its method, and the step of the phenomenon process its sessions belong to.
/// </summary>
/// <remarks>Immutable; compares by value. Numbers run 1, 2, … in the profile (checked when a profile is loaded or validated).</remarks>
public sealed record WorkshopDefinition
{
    /// <summary>Creates a workshop definition.</summary>
    /// <param name="number">The workshop's number, from 1.</param>
    /// <param name="step">The id of the step of <see cref="Regions.RegionProfile.PhenomenonProcess"/> whose actor holds the workshop and under which its sessions are recorded.</param>
    /// <param name="purpose">What the workshop is for.</param>
    /// <param name="collects">What it collects; at least one kind.</param>
    /// <param name="method">How it collects.</param>
    /// <param name="source">The plan section it comes from, or null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="purpose"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="number"/> is below 1, <paramref name="step"/> is the default id, <paramref name="collects"/> is empty or holds an undefined kind, or <paramref name="method"/> is undefined.</exception>
    [JsonConstructor]
    public WorkshopDefinition(int number, StepId step, LocalizedText purpose, IReadOnlyList<WorkshopInputKind> collects, WorkshopMethod method, string? source = null)
    {
        Number = Guard.Against.NegativeOrZero(number);
        Step = SystemId.NotDefault(step, nameof(step));
        Purpose = Guard.Against.Null(purpose);
        var kinds = ValueList.FromValues(collects);
        if (kinds.Count == 0)
        {
            throw new ArgumentException("A workshop collects at least one kind of knowledge.", nameof(collects));
        }

        foreach (var kind in kinds)
        {
            Guard.Against.EnumOutOfRange(kind);
        }

        Collects = kinds;
        Method = Guard.Against.EnumOutOfRange(method);
        Source = source is null ? null : Guard.Against.NullOrBlank(source);
    }

    /// <summary>The workshop's number, from 1.</summary>
    [JsonPropertyName("number")]
    public int Number { get; }

    /// <summary>The id of the phenomenon process step its sessions belong to.</summary>
    [JsonPropertyName("step")]
    public StepId Step { get; }

    /// <summary>What the workshop is for.</summary>
    [JsonPropertyName("purpose")]
    public LocalizedText Purpose { get; }

    /// <summary>What it collects.</summary>
    [JsonPropertyName("collects")]
    public IReadOnlyList<WorkshopInputKind> Collects { get; }

    /// <summary>How it collects.</summary>
    [JsonPropertyName("method")]
    public WorkshopMethod Method { get; }

    /// <summary>The plan section it comes from; null when not recorded.</summary>
    [JsonPropertyName("source")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Source { get; }

    /// <summary>Returns the number, step and method.</summary>
    /// <returns>For example <c>workshop 1 at workshop-1 (workshop)</c>.</returns>
    public override string ToString() => $"workshop {Number} at {Step} ({CamelCase.Of(Method)})";
}
