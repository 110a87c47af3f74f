using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsBot.Persistence.Migrations;

namespace NewsBot.Persistence.Tests;

public sealed class SqliteDatabaseTests : IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task InitializeAsync_MissingFolder_CreatesFileAndAppliesEveryMigrationOnce()
    {
        Directory.Delete(_test.Folder);
        var database = _test.Open();

        await database.InitializeAsync(TestContext.Current.CancellationToken);

        Assert.True(File.Exists(database.FilePath));
        Assert.Equal(SchemaMigrator.All.Count, await ScalarAsync(database, "SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal(SchemaMigrator.LatestVersion, await ScalarAsync(database, "SELECT MAX(version) FROM schema_version;"));
    }

    [Fact]
    public async Task InitializeAsync_ReopenedAfterRestart_LeavesSchemaAndDataAlone()
    {
        var ct = TestContext.Current.CancellationToken;
        var first = _test.Open();
        await first.InitializeAsync(ct);
        await ExecuteAsync(first, "INSERT INTO feed_state (feed_url) VALUES ('https://example.invalid/feed');");

        var second = _test.Open();
        await second.InitializeAsync(ct);
        await second.InitializeAsync(ct);

        Assert.Equal(SchemaMigrator.All.Count, await ScalarAsync(second, "SELECT COUNT(*) FROM schema_version;"));
        Assert.Equal(1, await ScalarAsync(second, "SELECT COUNT(*) FROM feed_state;"));
    }

    [Fact]
    public async Task BeginWriteAsync_AnotherProcessHoldsTheWriteLock_GivesUpAfterTheBusyTimeoutNotThirtySeconds()
    {
        var ct = TestContext.Current.CancellationToken;
        using var database = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = _test.Folder, BusyTimeoutMilliseconds = 1000 }));
        await database.InitializeAsync(ct);
        await using var otherProcess = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = database.FilePath, Pooling = false }.ToString());
        await otherProcess.OpenAsync(ct);
        await using (var begin = otherProcess.CreateCommand())
        {
            begin.CommandText = "BEGIN IMMEDIATE;";
            await begin.ExecuteNonQueryAsync(ct);
        }
        var waited = Stopwatch.StartNew();

        var error = await Assert.ThrowsAsync<SqliteException>(async () =>
        {
            await using var write = await database.BeginWriteAsync(ct);
        });

        Assert.Equal(5, error.SqliteErrorCode); // SQLITE_BUSY
        // Microsoft.Data.Sqlite retried on its own for its 30-s command timeout after SQLite's busy_timeout: 31 s in all.
        Assert.InRange(waited.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task OpenAsync_AnyConnection_UsesWalNormalSyncForeignKeysAndBusyTimeout()
    {
        var database = _test.Open();
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);

        Assert.Equal("wal", await TextAsync(connection, "PRAGMA journal_mode;"));
        Assert.Equal("1", await TextAsync(connection, "PRAGMA foreign_keys;"));
        Assert.Equal("1", await TextAsync(connection, "PRAGMA synchronous;"));
        Assert.Equal("5000", await TextAsync(connection, "PRAGMA busy_timeout;"));
    }

    [Fact]
    public async Task BeginWriteAsync_PreviousWriteNotCommitted_RollsItBackAndLetsTheNextWriterIn()
    {
        var ct = TestContext.Current.CancellationToken;
        var database = _test.Open();
        await using (var abandoned = await database.BeginWriteAsync(ct))
        {
            await using var insert = abandoned.CreateCommand("INSERT INTO feed_state (feed_url) VALUES ('https://example.invalid/a');");
            await insert.ExecuteNonQueryAsync(ct);
        }

        await using (var next = await database.BeginWriteAsync(ct))
        {
            await using var insert = next.CreateCommand("INSERT INTO feed_state (feed_url) VALUES ('https://example.invalid/b');");
            await insert.ExecuteNonQueryAsync(ct);
            await next.CommitAsync(ct);
        }

        await using var connection = await database.OpenAsync(ct);
        Assert.Equal("https://example.invalid/b", await TextAsync(connection, "SELECT group_concat(feed_url) FROM feed_state;"));
    }

    private static async Task<long> ScalarAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        return long.Parse(await TextAsync(connection, sql), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task ExecuteAsync(SqliteDatabase database, string sql)
    {
        await using var connection = await database.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }

    private static async Task<string> TextAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(await command.ExecuteScalarAsync(TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture)!;
    }
}
