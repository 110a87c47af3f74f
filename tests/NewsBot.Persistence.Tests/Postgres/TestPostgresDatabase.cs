using Microsoft.Extensions.Time.Testing;
using NewsBot.Persistence.Postgres;
using NewsBot.Testing;
using Npgsql;

namespace NewsBot.Persistence.Tests.Postgres;

/// <summary>
/// A schema of its own on the test server (<see cref="TestPostgres"/>), first on the search path so the stores create and
/// find their tables there; dropped with everything in it on dispose. Skips the test (fails it on CI) without a server.
/// </summary>
internal sealed class TestPostgresDatabase : IDisposable
{
    private readonly List<PostgresDatabase> _opened = [];
    private readonly string _serverConnectionString;

    public TestPostgresDatabase()
    {
        _serverConnectionString = TestPostgres.ConnectionString();
        Schema = "test_" + Guid.NewGuid().ToString("N");
        Execute($"CREATE SCHEMA {Schema};");
        // unaccent lives in public (.ci/postgres creates it there), so public stays on the path.
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { SearchPath = $"{Schema},public" }.ToString();
    }

    public string Schema { get; }

    public string ConnectionString { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    /// <summary>A fresh instance on the same schema, as another process or a restart would have.</summary>
    public PostgresDatabase Open()
    {
        var database = new PostgresDatabase(ConnectionString);
        _opened.Add(database);
        return database;
    }

    public PostgresArticleStore Articles() => new(Open(), Clock);

    public PostgresOutbox Outbox() => new(Open(), Clock);

    public PostgresFeedStateStore FeedStates() => new(Open());

    public PostgresFeedSubscriptionStore FeedSubscriptions() => new(Open());

    public PostgresRetentionStore Retention() => new(Open());

    public PostgresTopicStore Topics() => new(Open(), Clock);

    public PostgresStoryMemory StoryMemory() => new(Open(), Clock);

    /// <summary>Runs raw SQL in the schema, for looking at what the ports do not expose.</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public void Dispose()
    {
        foreach (var database in _opened)
            database.Dispose();
        Execute($"DROP SCHEMA IF EXISTS {Schema} CASCADE;");
    }

    private void Execute(string sql)
    {
        using var connection = new NpgsqlConnection(_serverConnectionString);
        connection.Open();
        using var command = new NpgsqlCommand(sql, connection);
        command.ExecuteNonQuery();
    }
}
