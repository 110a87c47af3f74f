using NewsBot.Tests.Operations;

namespace NewsBot.Tests.Cli;

public sealed class BackupVerbTests
{
    private static CancellationToken Cancellation => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Backup_NewFile_WritesCopyAndPrintsSizeAndTableCounts()
    {
        using var folder = await BackupDatabaseFolder.CreateAsync(Cancellation);

        var run = await CliRun.ExecuteAsync(["backup", folder.BackupFile], Settings(folder));

        Assert.Equal(0, run.ExitCode);
        Assert.True(File.Exists(folder.BackupFile));
        Assert.StartsWith(folder.BackupFile + ": 0.", run.Output, StringComparison.Ordinal);
        Assert.Contains("integrity ok", run.Output, StringComparison.Ordinal);
        Assert.Contains("\n  topics: 0", run.Output, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task Backup_ExistingFileWithoutForce_RefusesWithOneLineAndKeepsIt()
    {
        using var folder = await BackupDatabaseFolder.CreateAsync(Cancellation);
        await File.WriteAllTextAsync(folder.BackupFile, "keep me", Cancellation);

        var run = await CliRun.ExecuteAsync(["backup", folder.BackupFile], Settings(folder));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--force", Assert.Single(run.Error.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.Equal("keep me", await File.ReadAllTextAsync(folder.BackupFile, Cancellation));
    }

    [Fact]
    public async Task Backup_ExistingFileWithForce_ReplacesIt()
    {
        using var folder = await BackupDatabaseFolder.CreateAsync(Cancellation);
        await File.WriteAllTextAsync(folder.BackupFile, "old", Cancellation);

        var run = await CliRun.ExecuteAsync(["backup", folder.BackupFile, "--force"], Settings(folder));

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("SQLite format 3", await File.ReadAllTextAsync(folder.BackupFile, Cancellation), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Backup_NoDatabase_ExitsOneNamingTheDataFolderSetting()
    {
        using var folder = new BackupDatabaseFolder();

        var run = await CliRun.ExecuteAsync(["backup", folder.BackupFile], Settings(folder));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Storage:DataDirectory", Assert.Single(run.Error.Trim().Split('\n')), StringComparison.Ordinal);
        Assert.False(File.Exists(folder.BackupFile));
    }

    private static Dictionary<string, string?> Settings(BackupDatabaseFolder folder) => new() { ["Storage:DataDirectory"] = folder.Folder };
}
