using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using NewsBot.Benchmarks.Storage;
using Npgsql;

namespace NewsBot.Benchmarks.PollCluster;

/// <summary>
/// The instances' database: a fresh PostgreSQL schema on <c>NEWSBOT_TEST_POSTGRES</c> (dropped afterwards) or a SQLite
/// file in the run's folder; read to tell when every feed has been polled.
/// </summary>
internal sealed class PollClusterStorage : IDisposable
{
    private readonly string? _server;
    private readonly string _schema = string.Create(CultureInfo.InvariantCulture, $"bench_poll_{Environment.ProcessId}");
    private readonly string _readConnection;

    private PollClusterStorage(string provider, string folder, string? server)
    {
        _server = server;
        if (server is null)
        {
            Settings = new Dictionary<string, string> { ["Provider"] = "sqlite", ["DataDirectory"] = folder, ["Connection"] = "" };
            _readConnection = new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "newsbot.db"), Mode = SqliteOpenMode.ReadOnly }.ToString();
            return;
        }
        StorageBenchmark.ExecuteOnServer(server, $"DROP SCHEMA IF EXISTS {_schema} CASCADE; CREATE SCHEMA {_schema};");
        _readConnection = new NpgsqlConnectionStringBuilder(server) { SearchPath = $"{_schema},public" }.ToString();
        Settings = new Dictionary<string, string> { ["Provider"] = provider, ["DataDirectory"] = folder, ["Connection"] = _readConnection };
    }

    public IReadOnlyDictionary<string, string> Settings { get; }

    /// <returns>Null when PostgreSQL is asked for and no server is set.</returns>
    public static PollClusterStorage? Create(string provider, string folder)
    {
        if (provider != "postgres")
            return new PollClusterStorage(provider, folder, null);
        return Environment.GetEnvironmentVariable("NEWSBOT_TEST_POSTGRES") is { Length: > 0 } server ? new PollClusterStorage(provider, folder, server) : null;
    }

    /// <summary>How many feeds have been polled (successfully or not), and when the last poll was recorded.</summary>
    public async Task<(int Polled, DateTimeOffset Last)> PolledAsync()
    {
        try
        {
            await using DbConnection connection = _server is null ? new SqliteConnection(_readConnection) : new NpgsqlConnection(_readConnection);
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT count(*), max(last_fetched_at) FROM feed_state WHERE last_fetched_at IS NOT NULL;";
            await using var reader = await command.ExecuteReaderAsync();
            await reader.ReadAsync();
            var count = Convert.ToInt32(reader.GetValue(0), CultureInfo.InvariantCulture);
            var last = reader.IsDBNull(1) ? DateTimeOffset.MinValue : DateTimeOffset.FromUnixTimeMilliseconds(Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture));
            return (count, last);
        }
        catch (DbException)
        {
            // Not created or migrated yet.
            return (0, DateTimeOffset.MinValue);
        }
    }

    public void Dispose()
    {
        if (_server is not null)
            StorageBenchmark.ExecuteOnServer(_server, $"DROP SCHEMA IF EXISTS {_schema} CASCADE;");
    }
}
