using System.Globalization;
using NewsBot.Operations;
using NewsBot.Persistence.Migrations;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Operations;

public sealed class DatabaseBackupTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CopyAsync_WhileAnotherConnectionWrites_ValidMigratedCopyWithEveryEarlierCommit()
    {
        using var folder = await BackupDatabaseFolder.CreateAsync(Cancellation);
        await using (var setup = BackupDatabaseFolder.Open(folder.DatabaseFile))
        {
            await setup.OpenAsync(Cancellation);
            await BackupDatabaseFolder.ScalarAsync(setup, "CREATE TABLE probe (n INTEGER PRIMARY KEY);", Cancellation);
        }
        using var stopWriting = CancellationTokenSource.CreateLinkedTokenSource(Cancellation);
        var committed = 0L;
        var writer = Task.Run(() => WriteInLoopAsync(folder.DatabaseFile, n => Interlocked.Exchange(ref committed, n), stopWriting.Token), Cancellation);
        await FakeDiscordServer.WaitUntilAsync(() => Interlocked.Read(ref committed) >= 200 || writer.IsCompleted, Cancellation);

        var before = Interlocked.Read(ref committed);
        var summary = await DatabaseBackup.CopyAsync(folder.DatabaseFile, folder.BackupFile, Cancellation);
        var after = Interlocked.Read(ref committed);
        await stopWriting.CancelAsync();
        await writer;

        await using var copy = BackupDatabaseFolder.Open(folder.BackupFile);
        await copy.OpenAsync(Cancellation);
        Assert.Equal("ok", await BackupDatabaseFolder.ScalarAsync(copy, "PRAGMA integrity_check;", Cancellation));
        Assert.Equal(SchemaMigrator.LatestVersion, Number(await BackupDatabaseFolder.ScalarAsync(copy, "SELECT MAX(version) FROM schema_version;", Cancellation)));
        var rows = Number(await BackupDatabaseFolder.ScalarAsync(copy, "SELECT COUNT(*) FROM probe;", Cancellation));
        var highest = Number(await BackupDatabaseFolder.ScalarAsync(copy, "SELECT MAX(n) FROM probe;", Cancellation));
        // Every row committed before the copy began is in it, and the copy is one moment: no later row without the earlier ones.
        Assert.InRange(rows, before, after + 1);
        Assert.Equal(rows, highest);
        Assert.Equal("delete", await BackupDatabaseFolder.ScalarAsync(copy, "PRAGMA journal_mode;", Cancellation));
        Assert.Equal("ok", summary.Integrity);
        Assert.Contains(summary.Rows, r => r.Key == "probe" && r.Value == rows);
        Assert.False(File.Exists(folder.BackupFile + ".partial"));
    }

    [Fact]
    public async Task CopyAsync_NoDatabase_ThrowsNamingTheFileAndWritesNothing()
    {
        using var folder = new BackupDatabaseFolder();

        var e = await Assert.ThrowsAsync<BackupException>(() => DatabaseBackup.CopyAsync(folder.DatabaseFile, folder.BackupFile, Cancellation));

        Assert.Contains(folder.DatabaseFile, e.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.BackupFile));
        Assert.False(File.Exists(folder.DatabaseFile));
    }

    private static async Task WriteInLoopAsync(string file, Action<long> committed, CancellationToken cancellationToken)
    {
        await using var connection = BackupDatabaseFolder.Open(file);
        await connection.OpenAsync(cancellationToken);
        await BackupDatabaseFolder.ScalarAsync(connection, "PRAGMA busy_timeout = 5000;", cancellationToken);
        for (var n = 1L; !cancellationToken.IsCancellationRequested; n++)
        {
            await BackupDatabaseFolder.ScalarAsync(connection, $"INSERT INTO probe (n) VALUES ({n});", CancellationToken.None);
            committed(n);
        }
    }

    private static long Number(object? value) => Convert.ToInt64(value, CultureInfo.InvariantCulture);
}
