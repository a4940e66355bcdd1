namespace RegionSystem.Storage;

/// <summary>An aggregate as read from the store, with the version a change must still find.</summary>
/// <param name="Aggregate">The aggregate, rebuilt from its history through the region's rules.</param>
/// <param name="Version">Starts at 1, one up with every change.</param>
internal sealed record Stored<TAggregate>(TAggregate Aggregate, long Version);
