using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ardalis.GuardClauses;
using RakenteellinenSosiaalityo.Core.Regions;
using RakenteellinenSosiaalityo.Core.Serialization;
using RakenteellinenSosiaalityo.Core.Validation;

namespace RakenteellinenSosiaalityo.Core.Processes;

/// <summary>
/// The JSON document handling every process-driven aggregate shares: writing with the library's options, and reading
/// that never trusts the stored state — the document is read strictly, its header checked, the aggregate rebuilt from
/// its history, and the stored status and steps compared with what the history gives. Every problem becomes a
/// <see cref="ValidationProblem"/> with its path and rule.
/// </summary>
internal static class ProcessDocumentJson
{
    public static string Write<TDocument>(TDocument document)
        where TDocument : ProcessDocument =>
        JsonSerializer.Serialize(document, TypeInfo<TDocument>());

    /// <summary>Reads a document from its JSON text and rebuilds its aggregate; the parameters as for the overload taking a reader.</summary>
    public static bool TryRead<TDocument, T>(
        string json,
        RegionProfile profile,
        int version,
        string what,
        Func<TDocument, List<ValidationProblem>, T?> rebuild,
        Action<T, TDocument, List<ValidationProblem>> compare,
        [NotNullWhen(true)] out T? aggregate,
        out IReadOnlyList<ValidationProblem> problems)
        where TDocument : ProcessDocument
        where T : class, IProcessAggregate
    {
        Guard.Against.Null(json);
        return TryRead(found => DocumentJson.ReadWithoutNulls(json, TypeInfo<TDocument>(), $"a {what}", found), profile, version, what, rebuild, compare, out aggregate, out problems);
    }

    /// <summary>Reads a document with <paramref name="read"/> (which adds a problem for anything it cannot read) and rebuilds its aggregate.</summary>
    /// <param name="read">Reads the document, e.g. from a stream; null when it cannot be read.</param>
    /// <param name="profile">The region profile.</param>
    /// <param name="version">The format version this library reads.</param>
    /// <param name="what">What the document holds, for messages, e.g. <c>report</c>.</param>
    /// <param name="rebuild">Rebuilds the aggregate of a read document, adding any problem of its own (then null); may throw <see cref="LifecycleException"/>.</param>
    /// <param name="compare">Adds a problem for each stored value, beyond status and steps, that differs from the rebuilt one.</param>
    /// <param name="aggregate">The aggregate, when valid.</param>
    /// <param name="problems">Every problem found.</param>
    /// <returns>True when the document is valid.</returns>
    public static bool TryRead<TDocument, T>(
        Func<List<ValidationProblem>, TDocument?> read,
        RegionProfile profile,
        int version,
        string what,
        Func<TDocument, List<ValidationProblem>, T?> rebuild,
        Action<T, TDocument, List<ValidationProblem>> compare,
        [NotNullWhen(true)] out T? aggregate,
        out IReadOnlyList<ValidationProblem> problems)
        where TDocument : ProcessDocument
        where T : class, IProcessAggregate
    {
        Guard.Against.Null(profile);
        aggregate = null;
        var found = new List<ValidationProblem>();
        problems = found;
        var document = read(found);
        if (document is null || !DocumentJson.CheckHeader(document.SchemaVersion, version, document.RegionId, profile, what, found))
        {
            return false;
        }

        T? rebuilt;
        try
        {
            rebuilt = rebuild(document, found);
        }
        catch (LifecycleException e)
        {
            found.Add(new("$.history", e.Code, e.Message));
            return false;
        }

        if (rebuilt is null)
        {
            return false;
        }

        compare(rebuilt, document, found);
        if (rebuilt.Status != document.Status)
        {
            found.Add(new("$.status", ValidationRules.InvalidValue, $"The history leads to status '{rebuilt.Status}', not '{document.Status}'."));
        }

        if (document.PerformedSteps is null)
        {
            found.Add(new("$.performedSteps", ValidationRules.MissingProperty, $"The {what} has no 'performedSteps'; the history leads to [{string.Join(", ", rebuilt.PerformedSteps)}]."));
        }
        else if (!rebuilt.PerformedSteps.SequenceEqual(document.PerformedSteps))
        {
            found.Add(new("$.performedSteps", ValidationRules.InvalidValue, $"The history leads to performed steps [{string.Join(", ", rebuilt.PerformedSteps)}]."));
        }

        if (found.Count > 0)
        {
            return false;
        }

        aggregate = rebuilt;
        return true;
    }

    public static JsonTypeInfo<T> TypeInfo<T>() => (JsonTypeInfo<T>)CoreJson.Options.GetTypeInfo(typeof(T));
}
