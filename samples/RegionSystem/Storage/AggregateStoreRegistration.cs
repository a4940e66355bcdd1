using RakenteellinenSosiaalityo.Core.Regions;

namespace RegionSystem.Storage;

/// <summary>Registers the database and the stores.</summary>
internal static class AggregateStoreRegistration
{
    /// <summary>The database file at <paramref name="path"/>, one <see cref="DocumentStore{TId, TAggregate}"/> per aggregate, and the activity records.</summary>
    public static IServiceCollection AddAggregateStores(this IServiceCollection services, string path)
    {
        services.AddSingleton(new Database(path));
        Add(services, AggregateDocuments.Reports);
        Add(services, AggregateDocuments.Compilations);
        Add(services, AggregateDocuments.PhenomenonReports);
        services.AddSingleton<ActivityRecordStore>();
        return services;
    }

    private static void Add<TId, TAggregate>(IServiceCollection services, AggregateDocument<TId, TAggregate> document)
        where TId : struct =>
        services.AddSingleton<IAggregateStore<TId, TAggregate>>(provider =>
            new DocumentStore<TId, TAggregate>(provider.GetRequiredService<Database>(), provider.GetRequiredService<RegionProfile>(), document));
}
