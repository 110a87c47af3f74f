namespace NewsBot.Tests.Cli;

/// <summary>A usage error names what to change, in one line, with exit 2.</summary>
public sealed class UsageErrorsTests
{
    private const string PressBriefing = "samples/articles/text/press-briefing.txt";

    [Fact]
    public async Task Describe_QuotesWithoutFile_NamesTheMissingArgument()
    {
        var run = await CliRun.ExecuteAsync("quotes");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: quotes: missing <path-or-url>", ErrorLines(run).Single());
    }

    [Fact]
    public async Task Describe_UnknownOptionBeforeTheFile_NamesTheOptionNotTheFile()
    {
        var run = await CliRun.ExecuteAsync("quotes", "--bogus", PressBriefing);

        Assert.Equal(2, run.ExitCode);
        Assert.Equal("error: quotes: unknown option --bogus", ErrorLines(run).Single());
        Assert.DoesNotContain("press-briefing", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Describe_OptionWithoutValueAndNoFeed_NamesBoth()
    {
        var run = await CliRun.ExecuteAsync("digest", "--max-quotes");

        Assert.Equal(2, run.ExitCode);
        Assert.Equal(["error: digest: missing <feed-path-or-url>", "error: digest: --max-quotes needs a value"], ErrorLines(run));
    }

    [Fact]
    public async Task Describe_NegativeNumberAsValue_IsNotTakenForAnOption()
    {
        var run = await CliRun.ExecuteAsync("quotes", PressBriefing, "--max", "-1");

        Assert.Equal(2, run.ExitCode);
        Assert.DoesNotContain("unknown option", run.Error, StringComparison.Ordinal);
        Assert.Contains("--max", run.Error, StringComparison.Ordinal);
    }

    private static List<string> ErrorLines(CliRun run) =>
        [.. run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(l => l.StartsWith("error:", StringComparison.Ordinal))];
}
