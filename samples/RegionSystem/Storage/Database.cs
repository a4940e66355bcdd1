using Microsoft.Data.Sqlite;

namespace RegionSystem.Storage;

/// <summary>
/// The SQLite file: created if missing, in WAL mode (readers never wait for the writer), every change in a transaction
/// committed before the response goes out (synchronous FULL: an acknowledged change survives a crash of the process
/// and of the machine).
/// </summary>
internal sealed class Database
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS aggregates (
            kind TEXT NOT NULL,
            id TEXT NOT NULL,
            region TEXT NOT NULL,
            status TEXT NOT NULL,
            period_start TEXT NULL,
            version INTEGER NOT NULL,
            document TEXT NOT NULL,
            PRIMARY KEY (kind, id)
        );
        CREATE INDEX IF NOT EXISTS aggregates_period ON aggregates (kind, region, period_start, status);
        CREATE TABLE IF NOT EXISTS activity_records (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            region TEXT NOT NULL,
            year INTEGER NOT NULL,
            document TEXT NOT NULL
        );
        CREATE INDEX IF NOT EXISTS activity_records_year ON activity_records (region, year);
        """;

    private readonly string connectionString;

    public Database(string path)
    {
        Path = System.IO.Path.GetFullPath(path);
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // Seconds a command waits for another connection's write lock before SQLITE_BUSY.
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The full path of the database file.</summary>
    public string Path { get; }

    /// <summary>Creates the file and the tables if missing and switches the file to WAL.</summary>
    public void Initialize()
    {
        var directory = System.IO.Path.GetDirectoryName(Path);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        using var connection = Open();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, Schema);
    }

    /// <summary>Opens a pooled connection with the per-connection settings.</summary>
    public SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON;");
        return connection;
    }

    /// <summary>Runs <c>PRAGMA integrity_check</c>: "ok" when the file is sound.</summary>
    public string IntegrityCheck()
    {
        using var connection = Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA integrity_check;";
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
