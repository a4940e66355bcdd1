using System.Text.Json.Serialization;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Text;

namespace RakenteellinenSosiaalityo.Core.Phenomena;

/// <summary>
/// One thing a workshop session collected (fi: työpajan tuotos): what kind of knowledge, from which service, the text,
/// and, for a description of a client case, whether the person recording it has anonymized it.
/// </summary>
/// <remarks>Immutable; compares by value. The text passes the privacy guard when the session is recorded.</remarks>
public sealed record WorkshopInput
{
    /// <summary>Creates an input.</summary>
    /// <param name="kind">What kind of knowledge it is.</param>
    /// <param name="text">The knowledge, in words.</param>
    /// <param name="serviceId">The service it concerns, an id of the profile's services; null when it concerns the services together.</param>
    /// <param name="caseDescription">Whether it describes a client case (fi: asiakastapauksen kuvaus).</param>
    /// <param name="anonymized">Whether the person recording it has anonymized it; a case description must be.</param>
    /// <exception cref="ArgumentException"><paramref name="kind"/> is undefined, <paramref name="text"/> is empty, or <paramref name="serviceId"/> is the default id.</exception>
    [JsonConstructor]
    public WorkshopInput(WorkshopInputKind kind, string text, ServiceId? serviceId = null, bool caseDescription = false, bool anonymized = false)
    {
        Kind = Guard.Against.EnumOutOfRange(kind);
        Text = Guard.Against.NullOrBlank(text);
        ServiceId = serviceId is { } service ? SystemId.NotDefault(service, nameof(serviceId)) : null;
        CaseDescription = caseDescription;
        Anonymized = anonymized;
    }

    /// <summary>What kind of knowledge it is.</summary>
    [JsonPropertyName("kind")]
    public WorkshopInputKind Kind { get; }

    /// <summary>The knowledge, in words.</summary>
    [JsonPropertyName("text")]
    public string Text { get; }

    /// <summary>The service it concerns; null when the services together.</summary>
    [JsonPropertyName("serviceId")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public ServiceId? ServiceId { get; }

    /// <summary>Whether it describes a client case.</summary>
    [JsonPropertyName("caseDescription")]
    public bool CaseDescription { get; }

    /// <summary>Whether the person recording it has marked it anonymized.</summary>
    [JsonPropertyName("anonymized")]
    public bool Anonymized { get; }

    /// <summary>Returns the kind, the service and the length of the text, never the text.</summary>
    /// <returns>For example <c>howItShows child-welfare (120 characters)</c>.</returns>
    public override string ToString() => $"{Kind} {ServiceId?.Value ?? "all services"} ({Text.Length} characters)";
}
