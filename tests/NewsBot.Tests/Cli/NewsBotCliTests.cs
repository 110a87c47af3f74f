using NewsBot.Cli;
using NewsBot.Cli.Verbs;

namespace NewsBot.Tests.Cli;

public sealed class NewsBotCliTests
{
    [Fact]
    public async Task RunAsync_NoVerb_ExitsWithUsageError()
    {
        var run = await CliRun.ExecuteAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_UnknownVerb_ExitsWithUsageError()
    {
        var run = await CliRun.ExecuteAsync("summarize", "x");

        Assert.Equal(2, run.ExitCode);
        Assert.StartsWith("error:", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("quotes")]
    [InlineData("digest")]
    [InlineData("run")]
    [InlineData("backup")]
    public async Task RunAsync_HelpOnEveryVerb_PrintsUsageAndSucceeds(string verb)
    {
        var run = await CliRun.ExecuteAsync(verb, "--help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains(verb, run.Output, StringComparison.Ordinal);
        Assert.Contains("Usage", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void VerbNames_EveryVerb_TheNameOfTheCommandItBuilds()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null);

        var names = NewsBotCli.Verbs.Select(create => create(context).Name);

        Assert.Equal(NewsBotCli.VerbNames, names);
    }

    [Fact]
    public async Task RunAsync_VerbWithUnknownOption_SameErrorAsAfterAnotherOption()
    {
        // `quotes` first builds only its own command; after `--verbose` every verb is built: the error must not differ.
        var alone = await CliRun.ExecuteAsync("quotes", "--bogus", "samples/articles/text/press-briefing.txt");
        var afterOption = await CliRun.ExecuteAsync("--verbose", "quotes", "--bogus", "samples/articles/text/press-briefing.txt");

        Assert.Equal(2, alone.ExitCode);
        Assert.Equal(afterOption.Error, alone.Error);
    }

    [Fact]
    public async Task RunAsync_Version_PrintsVersion()
    {
        var run = await CliRun.ExecuteAsync("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output);
    }

    [Fact]
    public async Task RunAsync_ConfigFileMissing_ExitsWithUsageErrorNamingIt()
    {
        var run = await CliRun.ExecuteAsync("quotes", "samples/articles/text/press-briefing.txt", "--config", "no-such-settings.json");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-settings.json", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_InvalidSetting_ExitsWithUsageErrorNamingIt()
    {
        var settings = new Dictionary<string, string?> { ["Fetching:TimeoutSeconds"] = "0" };

        var run = await CliRun.ExecuteAsync(["quotes", "samples/articles/text/press-briefing.txt"], settings);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("TimeoutSeconds", run.Error, StringComparison.Ordinal);
    }
}
