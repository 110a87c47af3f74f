namespace NewsBot.Persistence.Tests;

/// <summary>Issue 14, item 10: a read-only database started and then failed every poll; now it is refused at start-up.</summary>
public sealed class SqliteDatabaseReadOnlyTests : IDisposable
{
    private readonly TestDatabase _test = new();

    public void Dispose() => _test.Dispose();

    [Fact]
    public async Task InitializeAsync_MigratedDatabaseOpenedReadOnly_RefusedAtOnceNamingTheFile()
    {
        var ct = TestContext.Current.CancellationToken;
        await _test.Open().InitializeAsync(ct);
        var readOnly = _test.OpenReadOnly();

        var refused = await Assert.ThrowsAsync<DatabaseUnwritableException>(() => readOnly.InitializeAsync(ct));

        Assert.Contains(readOnly.FilePath, refused.Message, StringComparison.Ordinal);
        Assert.Contains("readonly", refused.Message, StringComparison.Ordinal);
        Assert.Contains("Storage:DataDirectory", refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', refused.Message);
    }

    [Fact]
    public async Task InitializeAsync_DataFolderIsAFile_RefusedNamingTheFile()
    {
        var ct = TestContext.Current.CancellationToken;
        await File.WriteAllTextAsync(Path.Combine(_test.Folder, "blocker"), "not a folder", ct);
        var database = new SqliteDatabase(Microsoft.Extensions.Options.Options.Create(new StorageOptions { DataDirectory = Path.Combine(_test.Folder, "blocker", "data") }));

        var refused = await Assert.ThrowsAsync<DatabaseUnwritableException>(() => database.InitializeAsync(ct));

        Assert.Contains(database.FilePath, refused.Message, StringComparison.Ordinal);
        database.Dispose();
    }
}
