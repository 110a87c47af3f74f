namespace NewsBot.Tests.Cli.Settings;

/// <summary>Storage:Provider and ConnectionStrings:NewsBot mistakes are one line each, naming the key, with exit 2, before anything connects.</summary>
public sealed class StorageSettingsErrorTests
{
    private const string Article = "samples/articles/text/press-briefing.txt";

    [Fact]
    public async Task Quotes_UnknownStorageProvider_OneLineNamingTheChoices()
    {
        var run = await CliRun.ExecuteAsync(["quotes", Article], new Dictionary<string, string?> { ["Storage:Provider"] = "mysql" });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Storage:Provider must be sqlite or postgres, not \"mysql\"", Lines(run.Error).Single());
    }

    [Fact]
    public async Task Quotes_PostgresWithoutConnectionString_OneLineNamingTheConnectionString()
    {
        var run = await CliRun.ExecuteAsync(["quotes", Article], new Dictionary<string, string?> { ["Storage:Provider"] = "postgres" });

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ConnectionStrings:NewsBot: is required when Storage:Provider is postgres", Lines(run.Error).Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_PostgresWithUnreadableConnectionString_OneLineWithoutThePassword()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:NewsBot"] = "Hots=db;Password=hunter2",
        };

        var run = await CliRun.ExecuteAsync(["quotes", Article], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error: ConnectionStrings:NewsBot: is not a PostgreSQL connection string", Lines(run.Error).Single(), StringComparison.Ordinal);
        Assert.DoesNotContain("hunter2", run.Error, StringComparison.Ordinal);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
