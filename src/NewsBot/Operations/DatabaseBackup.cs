using Microsoft.Data.Sqlite;

namespace NewsBot.Operations;

/// <summary>
/// An online copy of the bot's SQLite database through SQLite's backup API: one read transaction over the source, so the copy
/// is the database as of one commit (the WAL's committed pages included) while the bot keeps writing. The copy is written
/// beside the target and moved into place only when complete, and left in rollback-journal mode: one self-contained file.
/// </summary>
internal static class DatabaseBackup
{
    /// <summary>Copies <paramref name="databaseFile"/> to <paramref name="target"/>, replacing it if it exists (the caller asks first).</summary>
    public static async Task<BackupSummary> CopyAsync(string databaseFile, string target, CancellationToken cancellationToken)
    {
        if (!File.Exists(databaseFile))
            throw new BackupException($"no database at {databaseFile} (check Storage:DataDirectory)");
        var partial = target + ".partial";
        File.Delete(partial);
        try
        {
            await WriteCopyAsync(databaseFile, partial, cancellationToken);
            var summary = await BackupSummary.ReadAsync(partial, cancellationToken);
            File.Move(partial, target, overwrite: true);
            return summary with { File = target };
        }
        finally
        {
            File.Delete(partial);
        }
    }

    private static async Task WriteCopyAsync(string databaseFile, string partial, CancellationToken cancellationToken)
    {
        // The source is opened read-write (never created) like the bot's own connections: a read-only WAL reader may need
        // to create the -shm file, which read-only mode cannot.
        await using var source = await OpenAsync(databaseFile, SqliteOpenMode.ReadWrite, cancellationToken);
        await using var copy = await OpenAsync(partial, SqliteOpenMode.ReadWriteCreate, cancellationToken);
        source.BackupDatabase(copy);
        await using var command = copy.CreateCommand();
        command.CommandText = "PRAGMA journal_mode = DELETE;";
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal static async Task<SqliteConnection> OpenAsync(string file, SqliteOpenMode mode, CancellationToken cancellationToken)
    {
        // Unpooled, so closing the connection closes the file and the copy can be moved at once.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "PRAGMA busy_timeout = 5000;";
            await command.ExecuteNonQueryAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }
}
