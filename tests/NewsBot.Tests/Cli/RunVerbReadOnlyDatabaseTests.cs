using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;
using NewsBot.Persistence;
using NewsBot.Testing.FakeDiscord;

namespace NewsBot.Tests.Cli;

/// <summary>Issue 14, item 10: a read-only database started and then failed every poll; now <c>run</c> stops at once with one line.</summary>
public sealed class RunVerbReadOnlyDatabaseTests : IDisposable
{
    // SQLite opens a file whose header asks for a newer write format (byte 18 above 2) read-only, whoever runs it: a
    // read-only file or mount would not bite here, as tests may run as root.
    private const int WriteVersionOffset = 18;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "newsbot-readonly-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
            Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task Run_ReadOnlyDatabase_StopsAtStartWithOneLineAndExitOne()
    {
        var ct = TestContext.Current.CancellationToken;
        var file = await CreateReadOnlyDatabaseAsync(ct);
        await using var fake = await FakeDiscordServer.StartAsync(cancellationToken: ct);
        var settings = new Dictionary<string, string?>(fake.Settings) { ["Storage:DataDirectory"] = _folder };

        var run = await CliRun.ExecuteAsync(["run"], settings);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.Error.Trim().Split('\n'));
        Assert.StartsWith("error: the database " + file + " cannot be written", line, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
        Assert.Equal(0, fake.Gateway.Count("ready"));
    }

    /// <summary>A migrated database (as a bot left it), then marked for a newer write format.</summary>
    private async Task<string> CreateReadOnlyDatabaseAsync(CancellationToken ct)
    {
        using (var database = new SqliteDatabase(Options.Create(new StorageOptions { DataDirectory = _folder })))
        {
            await database.InitializeAsync(ct);
        }
        // Closing the last connection checkpoints the WAL into the file, so the header below is the one SQLite reads.
        SqliteConnection.ClearAllPools();
        var file = Path.Combine(_folder, StorageOptions.DatabaseFileName);
        Assert.False(File.Exists(file + "-wal"));
        var bytes = await File.ReadAllBytesAsync(file, ct);
        bytes[WriteVersionOffset] = 3;
        await File.WriteAllBytesAsync(file, bytes, ct);
        return file;
    }
}
