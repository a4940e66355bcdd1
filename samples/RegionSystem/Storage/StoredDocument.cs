namespace RegionSystem.Storage;

/// <summary>One aggregate as stored: the library's JSON document and the version for optimistic concurrency.</summary>
/// <param name="Id">The aggregate's id.</param>
/// <param name="Version">Starts at 1, one up with every change.</param>
/// <param name="Document">The library's JSON document with the full history.</param>
internal sealed record StoredDocument(string Id, long Version, string Document);
