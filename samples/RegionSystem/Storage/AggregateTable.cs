using Microsoft.Data.Sqlite;
using RegionSystem.Api;

namespace RegionSystem.Storage;

/// <summary>
/// Rows of one kind of aggregate (reports, compilations): each the library's JSON document with its full history, the
/// columns a list filters on, and a version. A change writes only if the version is still the one read, in a
/// transaction; otherwise the caller gets a conflict, never a lost update.
/// </summary>
internal sealed class AggregateTable(Database database, string kind, string region)
{
    /// <summary>The columns a list filters on, derived from the aggregate at each write.</summary>
    /// <param name="Status">The lifecycle status, camelCase.</param>
    /// <param name="PeriodStart">The first day of the reporting period the aggregate belongs to; null for none (a draft).</param>
    public readonly record struct Columns(string Status, string? PeriodStart);

    public StoredDocument? Find(string id)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT version, document FROM aggregates WHERE kind = $kind AND region = $region AND id = $id;";
        Bind(command, id);
        using var reader = command.ExecuteReader();
        return reader.Read() ? new StoredDocument(id, reader.GetInt64(0), reader.GetString(1)) : null;
    }

    /// <summary>Adds a new aggregate at version 1.</summary>
    /// <exception cref="ApiProblemException">An aggregate with the id exists (409).</exception>
    public void Add(string id, Columns columns, string document, string duplicateCode, string duplicateMessage)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO aggregates (kind, id, region, status, period_start, version, document)
            VALUES ($kind, $id, $region, $status, $period, 1, $document);
            """;
        Bind(command, id);
        command.Parameters.AddWithValue("$status", columns.Status);
        command.Parameters.AddWithValue("$period", (object?)columns.PeriodStart ?? DBNull.Value);
        command.Parameters.AddWithValue("$document", document);
        try
        {
            command.ExecuteNonQuery();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19)
        {
            // SQLITE_CONSTRAINT: the primary key is taken.
            throw new ApiProblemException(StatusCodes.Status409Conflict, duplicateCode, duplicateMessage);
        }

        transaction.Commit();
    }

    /// <summary>Replaces the aggregate if it is still at <paramref name="expectedVersion"/>.</summary>
    /// <returns>The new version.</returns>
    /// <exception cref="ApiProblemException">Someone changed it since it was read (409, <c>concurrent-change</c>).</exception>
    public long Replace(string id, long expectedVersion, Columns columns, string document)
    {
        using var connection = database.Open();
        using var transaction = connection.BeginTransaction();
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            UPDATE aggregates SET status = $status, period_start = $period, version = version + 1, document = $document
            WHERE kind = $kind AND region = $region AND id = $id AND version = $expected;
            """;
        Bind(command, id);
        command.Parameters.AddWithValue("$status", columns.Status);
        command.Parameters.AddWithValue("$period", (object?)columns.PeriodStart ?? DBNull.Value);
        command.Parameters.AddWithValue("$document", document);
        command.Parameters.AddWithValue("$expected", expectedVersion);
        if (command.ExecuteNonQuery() != 1)
        {
            throw ApiProblemException.ConcurrentChange(id);
        }

        transaction.Commit();
        return expectedVersion + 1;
    }

    /// <summary>The stored documents, filtered by period (exactly, or up to and including) and status.</summary>
    public IReadOnlyList<StoredDocument> List(string? periodStart = null, string? status = null, string? periodStartUpTo = null, string? periodStartBefore = null)
    {
        using var connection = database.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT id, version, document FROM aggregates
            WHERE kind = $kind AND region = $region
              AND ($period IS NULL OR period_start = $period)
              AND ($status IS NULL OR status = $status)
              AND ($upTo IS NULL OR (period_start IS NOT NULL AND period_start <= $upTo))
              AND ($before IS NULL OR (period_start IS NOT NULL AND period_start < $before))
            ORDER BY period_start, id;
            """;
        Bind(command, id: null);
        command.Parameters.AddWithValue("$period", (object?)periodStart ?? DBNull.Value);
        command.Parameters.AddWithValue("$status", (object?)status ?? DBNull.Value);
        command.Parameters.AddWithValue("$upTo", (object?)periodStartUpTo ?? DBNull.Value);
        command.Parameters.AddWithValue("$before", (object?)periodStartBefore ?? DBNull.Value);
        using var reader = command.ExecuteReader();
        var rows = new List<StoredDocument>();
        while (reader.Read())
        {
            rows.Add(new StoredDocument(reader.GetString(0), reader.GetInt64(1), reader.GetString(2)));
        }

        return rows;
    }

    private void Bind(SqliteCommand command, string? id)
    {
        command.Parameters.AddWithValue("$kind", kind);
        command.Parameters.AddWithValue("$region", region);
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }
    }
}
