using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace RegionSystem.Storage;

/// <summary>Healthy when the database file opens and answers.</summary>
internal sealed class DatabaseHealthCheck(Database database) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1;";
        command.ExecuteScalar();
        return Task.FromResult(HealthCheckResult.Healthy());
    }
}
