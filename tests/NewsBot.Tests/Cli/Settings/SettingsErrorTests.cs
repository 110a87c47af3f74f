namespace NewsBot.Tests.Cli.Settings;

/// <summary>Every settings mistake is one line per setting, naming its key, with exit 2.</summary>
public sealed class SettingsErrorTests
{
    private const string Article = "samples/articles/text/press-briefing.txt";

    [Fact]
    public async Task Quotes_WordForANumber_OneLineNamingTheKeyAndExitsTwo()
    {
        var run = await CliRun.ExecuteAsync(["quotes", Article], new Dictionary<string, string?> { ["Polling:IntervalMinutes"] = "often" });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Polling:IntervalMinutes: \"often\" is not a whole number", Lines(run.Error).Single());
    }

    [Fact]
    public async Task Quotes_SeveralBadValues_OneLineForEach()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Polling:IntervalMinutes"] = "often",
            ["Fetching:AllowPrivateAddresses"] = "maybe",
            ["Digests:MaxQuotesPerStory"] = "lots",
        };

        var run = await CliRun.ExecuteAsync(["quotes", Article], settings);

        Assert.Equal(2, run.ExitCode);
        var lines = Lines(run.Error);
        Assert.Equal(3, lines.Count);
        Assert.Contains("error: Polling:IntervalMinutes: \"often\" is not a whole number", lines);
        Assert.Contains("error: Fetching:AllowPrivateAddresses: \"maybe\" is not true or false", lines);
        Assert.Contains(lines, l => l.StartsWith("error: Digests:MaxQuotesPerStory: \"lots\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Quotes_OutOfRange_NamesTheKeyAndTheRangeNotTheClass()
    {
        var run = await CliRun.ExecuteAsync(["quotes", Article], new Dictionary<string, string?> { ["Polling:IntervalMinutes"] = "2" });

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: Polling:IntervalMinutes: must be between 5 and 1440, not 2", Lines(run.Error).Single());
    }

    [Fact]
    public async Task Quotes_RangeAndConversionErrorsInDifferentSections_AllReported()
    {
        var settings = new Dictionary<string, string?> { ["Polling:IntervalMinutes"] = "2", ["Fetching:TimeoutSeconds"] = "soon" };

        var run = await CliRun.ExecuteAsync(["quotes", Article], settings);

        Assert.Equal(2, run.ExitCode);
        var lines = Lines(run.Error);
        Assert.Equal(2, lines.Count);
        Assert.Contains(lines, l => l.StartsWith("error: Polling:IntervalMinutes: must be between 5", StringComparison.Ordinal));
        Assert.Contains("error: Fetching:TimeoutSeconds: \"soon\" is not a whole number", lines);
        Assert.DoesNotContain("Options", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Quotes_MalformedJson_FileLineAndColumn()
    {
        var folder = Directory.CreateTempSubdirectory("newsbot-settings-").FullName;
        var file = Path.Combine(folder, "appsettings.json");
        await File.WriteAllTextAsync(file, "{\n  \"Polling\": {\n    \"IntervalMinutes\": 15,,\n  }\n}\n", TestContext.Current.CancellationToken);

        var run = await CliRun.ExecuteAsync(["quotes", Path.Combine(NewsBot.Testing.TestPaths.RepositoryRoot, Article), "--config", file]);

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith($"error: {file}:3:", Lines(run.Error).Single(), StringComparison.Ordinal);
        Assert.Contains("not valid JSON", run.Error, StringComparison.Ordinal);
    }

    private static List<string> Lines(string text) => [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];
}
