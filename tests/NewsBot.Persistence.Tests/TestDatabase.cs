using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace NewsBot.Persistence.Tests;

/// <summary>A database file in its own temporary folder, deleted with the folder on dispose.</summary>
internal sealed class TestDatabase : IDisposable
{
    private readonly List<SqliteDatabase> _opened = [];

    public TestDatabase()
    {
        Directory.CreateDirectory(Folder);
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "newsbot-persistence-" + Guid.NewGuid().ToString("N"));

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 3, 2, 7, 0, 0, TimeSpan.Zero));

    /// <summary>A fresh instance on the same file, as after a process restart.</summary>
    public SqliteDatabase Open()
    {
        var database = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = Folder }));
        _opened.Add(database);
        return database;
    }

    /// <summary>A fresh instance that may only read the file (as a read-only file or mount would allow).</summary>
    public SqliteDatabase OpenReadOnly()
    {
        var database = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = Folder }), SqliteOpenMode.ReadOnly);
        _opened.Add(database);
        return database;
    }

    public SqliteArticleStore Articles() => new(Open(), Clock);

    public SqliteOutbox Outbox() => new(Open(), Clock);

    public SqliteFeedStateStore FeedStates() => new(Open());

    public SqliteFeedSubscriptionStore FeedSubscriptions() => new(Open());

    public SqliteRetentionStore Retention() => new(Open());

    public SqliteTopicStore Topics() => new(Open(), Clock);

    /// <summary>Runs raw SQL, for looking at what the ports do not expose.</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await Open().OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public void Dispose()
    {
        foreach (var database in _opened)
        {
            // Pooled connections keep the file open; release them so the folder can be deleted.
            using (var connection = new SqliteConnection(database.ConnectionString))
                SqliteConnection.ClearPool(connection);
            database.Dispose();
        }
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
