using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsBot.Persistence;

namespace NewsBot.Tests.Operations;

/// <summary>A migrated bot database in a folder of its own, deleted afterwards with the backups written beside it.</summary>
internal sealed class BackupDatabaseFolder : IDisposable
{
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "newsbot-backup-" + Guid.NewGuid().ToString("N"));

    public string DatabaseFile => Path.Combine(Folder, StorageOptions.DatabaseFileName);

    public string BackupFile => Path.Combine(Folder, "copy.db");

    public static async Task<BackupDatabaseFolder> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = new BackupDatabaseFolder();
        using var database = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = folder.Folder }));
        await database.InitializeAsync(cancellationToken);
        return folder;
    }

    public static async Task<object?> ScalarAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public static SqliteConnection Open(string file) =>
        new(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ToString());

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(Folder))
            Directory.Delete(Folder, recursive: true);
    }
}
